import { describe, expect, it } from 'vitest';
import { fixedEnv } from '../core/account/env.ts';
import { loadLessonDir } from '../../bin/lesson-files.ts';
import { buildStartState } from '../lessons/start-state.ts';
import { LessonPlayer } from './lesson-player.svelte.ts';
import { createMemoryStore } from '../storage/index.ts';
import type { LessonProgress } from './ports.ts';
import { Workspace } from './workspace.svelte.ts';

const T = Date.parse('2026-06-01T12:00:00Z');
const secureRoot = () => {
  const lesson = loadLessonDir().lessons.find((l) => l.id === 'secure-root');
  if (!lesson) throw new Error('secure-root lesson missing');
  return lesson;
};

async function play(progress?: LessonProgress) {
  const lesson = secureRoot();
  const store = createMemoryStore();
  const ws = new Workspace(`lesson:${lesson.id}`, { account: await buildStartState(lesson.start, T), actingAs: 'root', revision: 0 }, store, fixedEnv(T));
  const player = new LessonPlayer(lesson, ws, store, progress, () => new Date(T));
  return { lesson, store, ws, player };
}

/** Wait until the player is not grading. */
async function settled(player: LessonPlayer): Promise<void> {
  for (let i = 0; i < 200 && player.snapshot.matches({ step: 'checking' }); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('LessonPlayer', () => {
  it('grades answers and account changes, moves on, and records progress', async () => {
    const { player, ws, store } = await play();
    expect(player.snapshot.value).toBe('intro');
    player.send({ type: 'START' });
    expect(player.step?.id).toBe('read-status');
    player.answer('root-items', 1);
    await settled(player);
    expect(player.snapshot.matches({ step: 'active' })).toBe(true);
    expect(player.snapshot.context.lastGrade?.checks[0]).toMatchObject({ passed: false });
    player.answer('root-items', 0);
    await settled(player);
    expect(player.snapshot.matches({ step: 'passed' })).toBe(true);
    expect((await store.getProgress('secure-root'))?.status['read-status']).toBe('passed');
    player.send({ type: 'NEXT' });
    expect(player.step?.id).toBe('delete-root-keys');

    // Deleting root's key from the console: the player re-grades by itself.
    await ws.call('iam', 'DeleteAccessKey', { AccessKeyId: ws.account.root.accessKeys[0]!.accessKeyId });
    await settled(player);
    expect(player.snapshot.matches({ step: 'passed' })).toBe(true);
    expect(player.progress).toMatchObject({ stepIndex: 1, status: { 'read-status': 'passed', 'delete-root-keys': 'passed' } });
    expect(player.progress.stepTimes['delete-root-keys']?.passedAt).toBeDefined();
  });

  it('counts a step as solved with help after the solution is revealed', async () => {
    const { player } = await play();
    player.send({ type: 'START' });
    player.send({ type: 'REVEAL' });
    player.send({ type: 'CONFIRM_REVEAL' });
    player.answer('root-items', 0);
    await settled(player);
    expect(player.progress.status['read-status']).toBe('passed-with-help');
    expect(player.progress.revealed['read-status']).toBe(true);
  });

  it('resumes at the saved step', async () => {
    const { player } = await play({ lessonId: 'secure-root', stepIndex: 1, status: { 'read-status': 'passed' }, hintsUsed: {}, answers: {}, revealed: {}, stepTimes: {}, startedAt: '', updatedAt: '' });
    expect(player.step?.id).toBe('delete-root-keys');
  });

  it('restarts the lesson from its start account', async () => {
    const { player, ws } = await play();
    player.send({ type: 'START' });
    await ws.call('iam', 'CreateUser', { UserName: 'someone' });
    await player.restartLesson();
    expect(ws.account.users).toEqual({});
    expect(ws.account.root.accessKeys).toHaveLength(1);
  });
});
