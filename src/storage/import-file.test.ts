import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, validateProgressFile } from './import-file.ts';
import { progress } from './test-helpers.ts';

const file = (over: Record<string, unknown> = {}) => ({ format: 'iam-lab-progress', version: 1, exportedAt: '2026-03-01T00:00:00.000Z', progress: [progress('groups', ['a'])], ...over });

function problems(data: unknown): string[] {
  const r = validateProgressFile(data, 1);
  return r.ok ? [] : r.problems;
}

describe('validateProgressFile', () => {
  it('accepts an export, as text or as parsed JSON', () => {
    expect(validateProgressFile(JSON.stringify(file()), 1)).toEqual({ ok: true, progress: [progress('groups', ['a'])] });
    expect(validateProgressFile(file(), 1)).toMatchObject({ ok: true });
  });

  it('names the bad field', () => {
    const bad = file({ progress: [progress('groups', ['a']), { ...progress('roles', []), status: { 'assume-it': 'done' } }] });
    expect(problems(bad)).toEqual(['progress[1].status["assume-it"]: expected "pending", "passed" or "passed-with-help"']);
    expect(problems(file({ progress: [{ stepIndex: 1 }] }))).toEqual(['progress[0].lessonId: missing']);
    expect(problems(file({ progress: [{ lessonId: 'g', hintsUsed: { a: -1 } }] }))[0]).toMatch(/^progress\[0\]\.hintsUsed\.a: /);
    expect(problems(file({ progress: 'all of it' }))).toEqual(['progress: expected Array, got "all of it"']);
    expect(problems(file({ format: 'iam-lab-state' }))).toEqual(['format: expected "iam-lab-progress" (is this an IAM Lab progress file?)']);
    expect(problems(file({ version: 'one' }))).toEqual(['version: expected number, got "one"']);
  });

  it('refuses malformed text, other shapes, newer versions, duplicates and huge files', () => {
    expect(problems('{"format": ')[0]).toMatch(/^not valid JSON/);
    expect(problems('[1,2]')).toEqual(['expected a JSON object with "format", "version" and "progress"']);
    expect(problems(JSON.stringify(file({ version: 2 })))).toEqual(['version: written by a newer IAM Lab (version 2); this one reads progress files up to version 1']);
    expect(problems(file({ progress: [progress('g', []), progress('h', []), progress('g', ['a'])] }))).toEqual(['progress[2].lessonId: "g" is also progress[0]']);
    const huge = JSON.stringify(file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) }));
    expect(problems(huge)[0]).toMatch(/larger than 1 MB/);
    expect(problems(JSON.parse(huge))[0]).toMatch(/larger than 1 MB/);
  });
});
