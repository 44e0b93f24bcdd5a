import { describe, expect, it } from 'vitest';
import { STATE_VERSION } from '../core/account/model.ts';
import { restoreDraft, restoreProgress, restoreSettings, restoreTerminalHistory, restoreWorkspace, type RestoreProblem } from './restore.ts';
import { progress, workspace } from './test-helpers.ts';

function collect() {
  const problems: RestoreProblem[] = [];
  return { problems, report: (p: RestoreProblem) => void problems.push(p) };
}

describe('restoreWorkspace', () => {
  it('passes a valid record through, keeping unknown fields and filling defaults', () => {
    const { id, account } = workspace('sandbox');
    const { problems, report } = collect();
    const restored = restoreWorkspace({ id, account, fromALaterBuild: { x: 1 } }, report);
    expect(restored).toEqual({ id, account, actingAs: 'root', revision: 0, updatedAt: '', fromALaterBuild: { x: 1 } });
    expect(problems).toEqual([]);
  });

  it('rejects an invalid account, naming the field, instead of handing it to the app', () => {
    const w = workspace('sandbox');
    w.account.users.bob = { userName: 'bob' } as never;
    const { problems, report } = collect();
    expect(restoreWorkspace(w, report)).toBeUndefined();
    expect(problems).toEqual([{ dropped: 'record', reason: 'account.users.bob.userId: missing' }]);
  });

  it('rejects an account written by a newer IAM Lab', () => {
    const w = workspace('sandbox');
    w.account.version = STATE_VERSION + 1;
    const { problems, report } = collect();
    expect(restoreWorkspace(w, report)).toBeUndefined();
    expect(problems[0]?.reason).toMatch(/^account: written by a newer IAM Lab/);
  });

  it('rejects records with no account or no id, and values that are not records', () => {
    for (const raw of [{ id: 'x' }, { account: workspace('x').account }, null, 'text', [1], 42]) {
      const { problems, report } = collect();
      expect(restoreWorkspace(raw, report)).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]?.dropped).toBe('record');
    }
    const { problems, report } = collect();
    restoreWorkspace({ id: 'x' }, report);
    expect(problems[0]?.reason).toBe('account: missing');
  });

  it('drops only a broken step-start account, and resets bad optional fields', () => {
    const w = { ...workspace('sandbox', 4), stepStart: { version: 1 }, actingAs: 7 };
    const { problems, report } = collect();
    const restored = restoreWorkspace(w, report);
    expect(restored).toMatchObject({ id: 'sandbox', revision: 4, actingAs: 'root' });
    expect(restored && 'stepStart' in restored).toBe(false);
    expect(problems.map((p) => p.dropped).sort()).toEqual(['actingAs', 'stepStart']);
    expect(problems.find((p) => p.dropped === 'stepStart')?.reason).toMatch(/^stepStart\.accountId: /);
  });
});

describe('restoreProgress', () => {
  it('fills every default from a bare lesson id', () => {
    expect(restoreProgress({ lessonId: 'groups' })).toEqual({ lessonId: 'groups', stepIndex: 0, status: {}, hintsUsed: {}, answers: {}, revealed: {}, stepTimes: {}, startedAt: '', updatedAt: '' });
  });

  it('keeps a valid record as it is', () => {
    const p = { ...progress('groups', ['a', 'b']), hintsUsed: { a: 1 }, revealed: { b: true }, stepTimes: { a: { startedAt: 's', passedAt: 'p' } }, completedAt: 'c' };
    expect(restoreProgress(structuredClone(p))).toEqual(p);
  });

  it('resets a bad field to its default and says so', () => {
    const { problems, report } = collect();
    const restored = restoreProgress({ ...progress('groups', ['a']), stepIndex: -1, hintsUsed: { a: 'many' } }, report);
    expect(restored).toMatchObject({ lessonId: 'groups', stepIndex: 0, hintsUsed: {}, status: { a: 'passed' } });
    expect(problems).toEqual([
      { dropped: 'stepIndex', reason: expect.stringMatching(/^stepIndex: /) },
      { dropped: 'hintsUsed', reason: 'hintsUsed.a: expected number, got "many" (reset to its default)' },
    ]);
  });

  it('drops a record without a usable lesson id', () => {
    const { problems, report } = collect();
    expect(restoreProgress({ lessonId: '', status: {} }, report)).toBeUndefined();
    expect(problems).toEqual([{ dropped: 'record', reason: 'lessonId: expected a non-empty string' }]);
  });
});

describe('the other record kinds', () => {
  it('restores drafts, terminal history and settings', () => {
    expect(restoreDraft({ id: 'a', text: 'x' })).toEqual({ id: 'a', text: 'x', updatedAt: '' });
    expect(restoreDraft({ id: 'a' })).toBeUndefined();
    expect(restoreTerminalHistory({ workspaceId: 'w', lines: ['a', 2] })).toEqual({ workspaceId: 'w', lines: [] });
    expect(restoreTerminalHistory({ workspaceId: 'w', lines: Array.from({ length: 600 }, (_, i) => `${i}`) })?.lines[0]).toBe('100');
    expect(restoreSettings(undefined)).toEqual({ theme: 'system', showCliEcho: true });
    const { problems, report } = collect();
    expect(restoreSettings({ theme: 'neon', showCliEcho: false }, report)).toEqual({ theme: 'system', showCliEcho: false });
    expect(problems).toEqual([{ dropped: 'theme', reason: 'theme: expected "system", "light" or "dark" (reset to its default)' }]);
    expect(restoreSettings('garbage')).toEqual({ theme: 'system', showCliEcho: true });
  });
});
