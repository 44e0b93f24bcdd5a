/**
 * Building a lesson's or the sandbox's workspace. Kept apart from LabApp so the account, the command
 * line, the engine and the grader load only when a lesson or the sandbox opens, not with the catalog.
 */
import { createAccount } from '../core/account/create.ts';
import type { Env } from '../core/account/env.ts';
import type { Lesson } from '../lessons/loader.ts';
import { buildStartState } from '../lessons/start-state.ts';
import { loadLesson } from './lesson-source.ts';
import { LessonPlayer } from './lesson-player.svelte.ts';
import type { LabStore } from './ports.ts';
import { Workspace } from './workspace.svelte.ts';

/** Open a lesson: its saved workspace and progress, or a fresh start; or say why it cannot open. */
export async function openLessonSession(lessonId: string, store: LabStore, env: Env): Promise<{ workspace: Workspace; player: LessonPlayer } | { error: string }> {
  const { lesson, problems } = await loadLesson(lessonId);
  if (!lesson) {
    const broken = problems.length > 0 && problems[0]?.message !== 'no such lesson';
    return { error: broken ? `This lesson cannot be loaded: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}` : `There is no lesson called "${lessonId}".` };
  }
  return openLoadedLessonSession(lesson, store, env);
}

/** Open a lesson already loaded (a class pack's custom lesson): its saved workspace and progress, or a fresh start. */
export async function openLoadedLessonSession(lesson: Lesson, store: LabStore, env: Env): Promise<{ workspace: Workspace; player: LessonPlayer }> {
  const id = `lesson:${lesson.id}`;
  const saved = await store.getWorkspace(id);
  const record = saved ?? { account: await buildStartState(lesson.start, env.realNow()), actingAs: 'root', revision: 0 };
  const workspace = new Workspace(id, record, store, env);
  const player = new LessonPlayer(lesson, workspace, store, await store.getProgress(lesson.id));
  return { workspace, player };
}

/** Open the sandbox: its saved account, or a fresh one. */
export async function openSandboxWorkspace(id: string, store: LabStore, env: Env): Promise<Workspace> {
  const saved = await store.getWorkspace(id);
  return new Workspace(id, saved ?? { account: createAccount({ createdAt: env.realNow() }), actingAs: 'root', revision: 0 }, store, env);
}

/** A fresh account for starting the sandbox over. */
export function freshAccount(env: Env) {
  return createAccount({ createdAt: env.realNow() });
}
