/**
 * Prove a lesson solvable: from its start account, every step's checks fail before the step and pass
 * after its solution; every alternative route passes; every wrong answer fails with the expected
 * message. This is what `iam-lab lessons check` and `npm test` run.
 */
import { fixedEnv, nowMs, type Env } from '../core/account/env.ts';
import type { AccountState } from '../core/account/model.ts';
import { allPassed, gradeChecks } from './grader.ts';
import type { Lesson, LessonStep } from './loader.ts';
import { replayActions, type ReplayTools } from './replay.ts';
import { buildStartState } from './start-state.ts';
import type { CheckResult } from './types.ts';

/** The simulated instant every lesson starts at when checked (so checks of ages are reproducible). */
export const LESSON_EPOCH = Date.parse('2026-03-02T09:00:00Z');

/** One problem found while checking a lesson: lesson, step, what. */
export interface LessonCheckProblem {
  lesson: string;
  step?: string;
  message: string;
}

const clone = (s: AccountState): AccountState => structuredClone(s);

function failing(results: readonly CheckResult[]): string {
  return results
    .filter((r) => !r.passed)
    .map((r) => `"${r.label}" (${r.message})`)
    .join('; ');
}

async function checkStep(lesson: Lesson, step: LessonStep, before: AccountState, answersBefore: Record<string, number>, env: Env, tools: ReplayTools, problems: LessonCheckProblem[]): Promise<{ state: AccountState; answers: Record<string, number> } | undefined> {
  const at = (message: string): void => void problems.push({ lesson: lesson.id, step: step.id, message });
  const grade = (state: AccountState, answers: Record<string, number>) => gradeChecks(step.checks, { state, nowMs: nowMs(state, env), answers });

  if (allPassed(grade(before, answersBefore))) at('its checks already pass before the step: the step teaches nothing');

  for (const alt of step.alternatives) {
    const state = clone(before);
    const answers = { ...answersBefore };
    const r = await replayActions(state, alt.actions, env, answers, tools);
    if (!r.ok) at(`alternative "${alt.name}": action ${r.failure?.index ?? '?'} failed: ${r.failure?.output ?? ''}`);
    else if (!allPassed(grade(state, answers))) at(`alternative "${alt.name}" is correct but fails: ${failing(grade(state, answers))}`);
  }
  for (const wrong of step.wrong) {
    const state = clone(before);
    const answers = { ...answersBefore };
    await replayActions(state, wrong.actions, env, answers, tools);
    const results = grade(state, answers);
    if (allPassed(results)) at(`wrong answer "${wrong.name}" passes the step`);
    else if (!results.some((r) => !r.passed && r.message.includes(wrong.expectFailing))) {
      at(`wrong answer "${wrong.name}" fails, but not with "${wrong.expectFailing}": ${failing(results)}`);
    }
  }

  const state = clone(before);
  const answers = { ...answersBefore };
  const r = await replayActions(state, step.solution, env, answers, tools);
  if (!r.ok) {
    at(`solution action ${r.failure?.index ?? '?'} failed: ${r.failure?.output ?? ''}`);
    return undefined;
  }
  const results = grade(state, answers);
  if (!allPassed(results)) {
    at(`after its solution these checks still fail: ${failing(results)}`);
    return undefined;
  }
  return { state, answers };
}

/** Check one lesson end to end. Returns the problems found (none: the lesson is proven solvable). */
export async function checkLesson(lesson: Lesson, tools: ReplayTools): Promise<LessonCheckProblem[]> {
  const problems: LessonCheckProblem[] = [];
  const env = fixedEnv(LESSON_EPOCH);
  let state: AccountState;
  try {
    state = await buildStartState(lesson.start, LESSON_EPOCH);
  } catch (e) {
    return [{ lesson: lesson.id, message: `start.yaml: ${(e as Error).message}` }];
  }
  let answers: Record<string, number> = {};
  for (const step of lesson.steps) {
    const next = await checkStep(lesson, step, state, answers, env, tools, problems);
    if (!next) break;
    state = next.state;
    answers = next.answers;
  }
  return problems;
}
