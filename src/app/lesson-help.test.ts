import { describe, expect, it } from 'vitest';
import { fixedEnv } from '../core/account/env.ts';
import { loadLessonDir } from '../../bin/lesson-files.ts';
import { buildStartState } from '../lessons/start-state.ts';
import { LessonPlayer } from './lesson-player.svelte.ts';
import { createMemoryStore } from '../storage/index.ts';
import { Workspace } from './workspace.svelte.ts';

const T = Date.parse('2026-06-01T12:00:00Z');

async function settled(player: LessonPlayer): Promise<void> {
  for (let i = 0; i < 200 && player.snapshot.matches({ step: 'checking' }); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('solved with help', () => {
  it('still counts when the solution was revealed before the lesson was reopened', async () => {
    const lesson = loadLessonDir().lessons.find((l) => l.id === 'secure-root');
    if (!lesson) throw new Error('secure-root lesson missing');
    const store = createMemoryStore();
    const open = async () => {
      const ws = new Workspace(`lesson:${lesson.id}`, { account: await buildStartState(lesson.start, T), actingAs: 'root', revision: 0 }, store, fixedEnv(T));
      return new LessonPlayer(lesson, ws, store, await store.getProgress(lesson.id), () => new Date(T));
    };
    const first = await open();
    first.send({ type: 'START' });
    const stepId = first.step?.id ?? '';
    first.send({ type: 'REVEAL' });
    first.send({ type: 'CONFIRM_REVEAL' });
    expect((await store.getProgress(lesson.id))?.revealed[stepId]).toBe(true);
    first.dispose();

    // Reopened: the machine starts fresh, the progress remembers the reveal.
    const second = await open();
    if (second.snapshot.value === 'intro') second.send({ type: 'START' });
    expect(second.step?.id).toBe(stepId);
    expect(second.snapshot.context.solutionRevealed).toBe(false);
    second.answer('root-items', 0);
    await settled(second);
    expect(second.snapshot.matches({ step: 'passed' })).toBe(true);
    expect(second.progress.status[stepId]).toBe('passed-with-help');
    expect((await store.getProgress(lesson.id))?.status[stepId]).toBe('passed-with-help');
    second.dispose();
  });

  it('does not mark a step passed without a reveal as helped', async () => {
    const lesson = loadLessonDir().lessons.find((l) => l.id === 'secure-root');
    if (!lesson) throw new Error('secure-root lesson missing');
    const store = createMemoryStore();
    const ws = new Workspace(`lesson:${lesson.id}`, { account: await buildStartState(lesson.start, T), actingAs: 'root', revision: 0 }, store, fixedEnv(T));
    const player = new LessonPlayer(lesson, ws, store, undefined, () => new Date(T));
    player.send({ type: 'START' });
    player.answer('root-items', 0);
    await settled(player);
    expect(player.progress.status[player.step?.id ?? '']).toBe('passed');
    player.dispose();
  });
});
