import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSource, parseClassPack, parseClassPackText, PACK_FORMAT } from './class-pack.ts';
import { allCompleted, classRows, completionCodeOf } from './class-pack-view.ts';
import { verifyCode } from './class-verify.ts';
import { decodeCompletion } from './completion-code.ts';
import type { LessonProgress } from './ports.ts';

const builtIn = [
  { id: 'iam-essentials', title: 'IAM essentials', steps: 3 },
  { id: 'secure-root', title: 'Lock down the root user', steps: 3 },
];

/** A real lesson's files, renamed to a custom id (and optionally changed). */
function customFiles(id: string, change: (files: Record<string, string>) => void = () => {}): Record<string, string> {
  const dir = join(process.cwd(), 'lessons', '01-iam-essentials');
  const files: Record<string, string> = {
    'lesson.md': readFileSync(join(dir, 'lesson.md'), 'utf8').replace(/^id: iam-essentials$/m, `id: ${id}`).replace(/^title: .*$/m, 'title: <img src=x onerror=alert(1)> Our own tour'),
    'start.yaml': readFileSync(join(dir, 'start.yaml'), 'utf8'),
  };
  for (const f of readdirSync(join(dir, 'steps'))) files[`steps/${f}`] = readFileSync(join(dir, 'steps', f), 'utf8');
  change(files);
  return files;
}

const pack = (over: Record<string, unknown> = {}) => ({ format: PACK_FORMAT, version: 1, title: 'IAM 101', lessons: ['iam-essentials', 'secure-root'], settings: { hideRevealSolution: true }, ...over });

describe('parseClassPack', () => {
  it('loads built-in lessons in order with their settings', () => {
    const r = parseClassPack(pack(), builtIn);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.pack.lessons.map((l) => [l.kind, l.id, l.steps])).toEqual([['builtin', 'iam-essentials', 3], ['builtin', 'secure-root', 3]]);
    expect(r.pack.settings.hideRevealSolution).toBe(true);
  });

  it('defaults the settings', () => {
    const r = parseClassPack(pack({ settings: undefined }), builtIn);
    expect(r.ok && r.pack.settings).toEqual({ hideRevealSolution: false });
  });

  it('loads a custom lesson through the lesson loader, as data (its title is only text)', () => {
    const r = parseClassPack(pack({ lessons: ['secure-root', { files: customFiles('our-tour') }] }), builtIn);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const custom = r.pack.lessons[1];
    expect(custom?.kind).toBe('custom');
    expect(custom?.id).toBe('our-tour');
    expect(custom?.title).toBe('<img src=x onerror=alert(1)> Our own tour');
    expect(custom?.kind === 'custom' && custom.lesson.steps.length).toBe(3);
  });

  it.each([
    [{ format: 'other' }, /^format: /],
    [{ title: '' }, /^title: /],
    [{ lessons: [] }, /^lessons: /],
    [{ lessons: ['No Such'] }, /^lessons\.0/],
    [{ lessons: ['iam-essentials', 'nope'] }, /^lessons\.1: there is no built-in lesson "nope"/],
    [{ lessons: ['secure-root', 'secure-root'] }, /^lessons\.1: "secure-root" is listed twice/],
    [{ settings: { hideRevealSolution: 'yes' } }, /^settings\.hideRevealSolution: /],
    [{ lessons: [{ files: { 'script.js': 'alert(1)' } }] }, /^lessons\.0\.files/],
  ])('names the field of a problem: %j', (over, message) => {
    const r = parseClassPack(pack(over), builtIn);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => message.test(p)), r.problems.join('\n')).toBe(true);
  });

  it('names the file and field of a broken custom lesson, and refuses a built-in id', () => {
    const broken = parseClassPack(pack({ lessons: [{ files: customFiles('x-tour', (f) => (f['lesson.md'] = (f['lesson.md'] as string).replace(/^minutes: .*$/m, 'minutes: many'))) }] }), builtIn);
    expect(!broken.ok && broken.problems.join('\n')).toMatch(/lessons\.0\.files\.lesson\.md: minutes/);
    const clash = parseClassPack(pack({ lessons: [{ files: customFiles('secure-root') }] }), builtIn);
    expect(!clash.ok && clash.problems.join('\n')).toMatch(/already used/);
  });

  it('says when the text is not JSON', () => {
    expect(parseClassPackText('{ nope', builtIn)).toMatchObject({ ok: false, problems: [expect.stringMatching(/not valid JSON/)] });
  });
});

describe('packSource', () => {
  const base = 'https://lab.example/iam/index.html';
  it('takes same-site paths and inline packs only', () => {
    expect(packSource('?pack=packs/week1.json', base)).toEqual({ url: 'https://lab.example/iam/packs/week1.json' });
    expect(packSource('?packdata=%7B%7D', base)).toEqual({ text: '{}' });
    expect(packSource('?pack=https://evil.example/p.json', base)).toMatchObject({ error: expect.stringMatching(/same site/) });
    expect(packSource('?pack=//evil.example/p.json', base)).toMatchObject({ error: expect.any(String) });
    expect(packSource('', base)).toBeUndefined();
  });
});

describe('class view and verify', () => {
  const r = parseClassPack(pack(), builtIn);
  if (!r.ok) throw new Error('fixture');
  const p = r.pack;
  const progress = (id: string, over: Partial<LessonProgress>): LessonProgress => ({ lessonId: id, stepIndex: 0, status: {}, hintsUsed: {}, answers: {}, revealed: {}, stepTimes: {}, startedAt: 't', updatedAt: 't', ...over });
  const records = {
    'iam-essentials': progress('iam-essentials', { status: { a: 'passed', b: 'passed-with-help', c: 'passed' }, hintsUsed: { a: 2 }, revealed: { b: true }, completedAt: '2026-11-30T10:00:00.000Z' }),
    'secure-root': progress('secure-root', { status: { a: 'passed' } }),
  };

  it('rows show state, steps and help', () => {
    const rows = classRows(p, records);
    expect(rows.map((x) => [x.state, x.passed, x.hints, x.revealed, x.completedOn])).toEqual([['completed', 3, 2, 1, '2026-11-30'], ['in-progress', 1, 0, 0, undefined]]);
    expect(allCompleted(rows)).toBe(false);
  });

  it('the code carries what the rows say, and the verify page reads it with names', () => {
    const code = completionCodeOf(p, classRows(p, records));
    const decoded = decodeCompletion(code);
    expect(decoded.ok && decoded.data.lessons).toEqual([{ completed: true, day: '2026-11-30', hints: 2, revealed: 1 }, { completed: false, hints: 0, revealed: 0 }]);
    const v = verifyCode(code, p);
    expect(v.ok && [v.completed, v.total, v.packMatches, v.lessons[0]?.title]).toEqual([1, 2, true, 'IAM essentials']);
    const other = parseClassPack(pack({ title: 'Another class' }), builtIn);
    const v2 = verifyCode(code, other.ok ? other.pack : undefined);
    expect(v2.ok && [v2.packMatches, v2.lessons[0]?.title]).toEqual([false, 'Lesson 1']);
  });
});
