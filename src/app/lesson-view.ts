/** What the lesson page shows, computed from the player's state (pure; the components only render it). */
import type { StepGrade } from '../machines/lesson-machine.ts';
import type { LessonStep, SolutionAction } from '../lessons/loader.ts';
import type { QuestionCheck } from '../lessons/types.ts';
import type { LessonProgress, StepStatusRecord } from './ports.ts';

/** The state of one checklist item: graded passed or failed, or not graded yet. */
export type CheckState = 'passed' | 'failed' | 'unknown';

/** One line of the step's checklist. */
export interface ChecklistItem {
  /** Stable key: the check's position in the step. */
  key: number;
  label: string;
  state: CheckState;
  /** What is still missing (failed items only). */
  message: string;
  /** The question's id when the item is a question check. */
  questionId?: string;
}

/** Words a screen reader hears after an item's label, by its state. */
export const CHECK_STATE_WORDS: Readonly<Record<CheckState, string>> = { passed: 'done', failed: 'not yet', unknown: 'not checked yet' };

/**
 * The checklist: every visible check with its result, questions included (an unanswered question is an
 * item too, so the learner sees it is part of the step). Hidden checks are never listed.
 */
export function checklist(step: LessonStep, grade: StepGrade | undefined, answers: Readonly<Record<string, number>> = {}): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  step.checks.forEach((check, i) => {
    if (check.hidden) return;
    const result = grade?.checks[i];
    const item: ChecklistItem = {
      key: i,
      label: check.label,
      state: result === undefined ? 'unknown' : result.passed ? 'passed' : 'failed',
      message: result && !result.passed ? result.message : '',
    };
    if (check.kind === 'question') {
      item.questionId = check.id;
      // Not graded yet but plainly unanswered: say so rather than show a bare dot.
      if (result === undefined && answers[check.id] === undefined) item.message = 'Answer the question.';
    }
    items.push(item);
  });
  return items;
}

/**
 * The first failing hidden check's message, once every listed check passes: the learner, seeing all
 * green, is told something is still off, and what. While a listed check fails, its own message says
 * what is missing; an "Almost" then would greet a learner who has done nothing yet.
 */
export function hiddenProblem(grade: StepGrade | undefined): string | undefined {
  if (grade?.checks.some((c) => !c.hidden && !c.passed)) return undefined;
  const failing = grade?.checks.find((c) => c.hidden && !c.passed);
  return failing?.message;
}

/** The question checks of a step. */
export function questionsOf(step: LessonStep): QuestionCheck[] {
  return step.checks.filter((c): c is QuestionCheck => c.kind === 'question');
}

/** Feedback under a question once it is answered and graded: the failure message when it is wrong. */
export function questionFeedback(step: LessonStep, grade: StepGrade | undefined, answers: Readonly<Record<string, number>>, questionId: string): { ok: boolean; message: string } | undefined {
  const i = step.checks.findIndex((c) => c.kind === 'question' && c.id === questionId);
  const result = grade?.checks[i];
  if (i < 0 || result === undefined || answers[questionId] === undefined) return undefined;
  return result.passed ? { ok: true, message: 'Right.' } : { ok: false, message: result.message };
}

/** The names of the hint tiers, in the order they are shown. */
export const HINT_TIER_NAMES = ['Nudge', 'Concept', 'Near answer'] as const;

/** The hints shown so far, each with its tier's name. */
export function shownHints(step: LessonStep, shown: number): { tier: string; text: string }[] {
  return step.hints.slice(0, Math.max(0, shown)).map((text, i) => ({ tier: HINT_TIER_NAMES[i] ?? `Hint ${i + 1}`, text }));
}

/** The label of the hint button, or undefined when every tier is shown. */
export function hintButtonLabel(shown: number): string | undefined {
  if (shown >= HINT_TIER_NAMES.length) return undefined;
  return `Show a hint: ${(HINT_TIER_NAMES[shown] ?? '').toLowerCase()}`;
}

/** A solution action in words, as the reveal panel shows it. */
export function describeAction(action: SolutionAction): string {
  const as = 'as' in action && action.as !== undefined && action.as !== 'root' ? ` (as ${action.as})` : '';
  if ('cli' in action) return `${action.cli}${as}`;
  if ('api' in action) return `API request: ${action.api}${as}`;
  if ('console' in action) {
    const params = Object.entries(action.console.params ?? {}).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
    return `Console: ${action.console.operation}${params ? ` (${params})` : ''}${as}`;
  }
  if ('advanceDays' in action) return `Let ${action.advanceDays} days pass (account panel → clock).`;
  return `Answer the question "${action.answer.id}" with option ${action.answer.option + 1}.`;
}

/** How the solution is shown: each action in words, and whether it is typed in the terminal. */
export function solutionLines(step: LessonStep): { text: string; kind: 'cli' | 'other' }[] {
  return step.solution.map((action) => {
    if ('answer' in action) {
      const q = questionsOf(step).find((c) => c.id === action.answer.id);
      const option = q?.options[action.answer.option];
      if (q && option !== undefined) return { text: `Answer “${q.prompt}” with: ${option}`, kind: 'other' };
    }
    return { text: describeAction(action), kind: 'cli' in action ? 'cli' : 'other' };
  });
}

/** One entry of the steps list beside the lesson. */
export interface StepListItem {
  id: string;
  title: string;
  /** `done`: passed; `current`: being worked on; `locked`: not reached yet. */
  state: 'done' | 'current' | 'locked';
  withHelp: boolean;
}

/** The steps of a lesson as done, current or locked. On the intro no step is current; when complete all are done. */
export function stepsList(steps: readonly Pick<LessonStep, 'id' | 'title'>[], status: Readonly<Record<string, StepStatusRecord>>, current: number | undefined): StepListItem[] {
  return steps.map((s, i) => {
    const st = status[s.id] ?? 'pending';
    const state = i === current ? 'current' : st !== 'pending' ? 'done' : current !== undefined && i < current ? 'done' : 'locked';
    return { id: s.id, title: s.title, state, withHelp: st === 'passed-with-help' };
  });
}

/** A duration in words: "under a minute", "7 min", "1 h 5 min". */
export function durationLabel(ms: number): string {
  if (!Number.isFinite(ms) || ms < 60_000) return 'under a minute';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The summary shown when a lesson is complete. */
export interface LessonSummary {
  steps: number;
  hintsUsed: number;
  solvedWithHelp: number;
  /** Time from the lesson's start to its completion, in words. */
  timeTaken: string;
}

/** Summarize a finished (or nearly finished) lesson from its progress. `nowIso` stands in for a missing completion time. */
export function lessonSummary(stepIds: readonly string[], progress: LessonProgress, nowIso: string): LessonSummary {
  const end = Date.parse(progress.completedAt ?? nowIso);
  const start = Date.parse(progress.startedAt);
  return {
    steps: stepIds.length,
    hintsUsed: stepIds.reduce((n, id) => n + (progress.hintsUsed[id] ?? 0), 0),
    solvedWithHelp: stepIds.filter((id) => progress.status[id] === 'passed-with-help').length,
    timeTaken: durationLabel(end - start),
  };
}
