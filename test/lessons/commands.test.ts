/** `iam-lab lessons list|check|start` and `iam-lab grade`, run in-process through bin/main.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratch } from '../cli/harness.ts';

const { dir } = scratch('iam-lab-lessons-');

interface Graded {
  lesson: string;
  passed: boolean;
  steps: { id: string; passed: boolean; checks: { label: string; passed: boolean; message: string }[] }[];
}

describe('iam-lab lessons', () => {
  it('list prints id, title and number of steps for each lesson', async () => {
    const r = await run('lessons', 'list');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; title: string; steps: number }[];
    expect(list).toHaveLength(10);
    expect(Object.keys(list[0]!).sort()).toEqual(['id', 'steps', 'title']);
    expect(list.find((l) => l.id === 'rotate-keys')?.steps).toBe(5);
  });

  it('check ID replays one lesson and says so', async () => {
    const r = await run('lessons', 'check', 'groups');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok {3}groups \(3 steps/);
  });

  it('exits 2 naming the lessons when the id is unknown', async () => {
    const r = await run('lessons', 'check', 'no-such-lesson');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown lesson "no-such-lesson"');
  });

  it('start writes a state file that aws and grade read', async () => {
    const state = join(dir, 'root.json');
    expect((await run('lessons', 'start', 'secure-root', '--state', state)).code).toBe(0);
    const before = JSON.parse((await run('grade', 'secure-root', '--state', state)).out) as Graded;
    expect(before.passed).toBe(false);
    expect(before.steps.map((s) => s.passed)).toEqual([false, false, false]);
    expect(before.steps[1]!.checks[0]).toEqual({ label: 'The root user has no access keys', passed: false, message: 'The root user has 1 access key; it should have exactly 0.' });

    expect((await run('aws', '--state', state, 'iam', 'delete-access-key', '--access-key-id', 'AKIAROOTKEYEXAMPLE23')).code).toBe(0);
    const after = JSON.parse((await run('grade', 'secure-root', '--state', state, '--answer', 'root-items=0')).out) as Graded;
    expect(after.steps.map((s) => s.passed)).toEqual([true, true, false]);
  });

  it('grade reads answers from the state file, and --answer wins', async () => {
    const state = join(dir, 'essentials.json');
    await run('lessons', 'start', 'iam-essentials', '--state', state);
    const file = JSON.parse(readFileSync(state, 'utf8')) as Record<string, unknown>;
    writeFileSync(state, JSON.stringify({ ...file, answers: { 'iam-scope': 1 } }));
    const graded = JSON.parse((await run('grade', 'iam-essentials', '--state', state)).out) as Graded;
    const question = graded.steps[0]!.checks.find((c) => c.label === 'You know where IAM lives');
    expect(question?.passed).toBe(true);
    const overridden = JSON.parse((await run('grade', 'iam-essentials', '--state', state, '--answer', 'iam-scope=0')).out) as Graded;
    expect(overridden.steps[0]!.checks.find((c) => c.label === 'You know where IAM lives')?.passed).toBe(false);
  });

  it('grade exits 2 for a missing or malformed state file', async () => {
    expect((await run('grade', 'groups', '--state', join(dir, 'missing.json'))).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"something-else"}');
    const r = await run('grade', 'groups', '--state', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('format');
  });
});
