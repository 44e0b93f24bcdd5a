/** What the lesson page shows, computed from the player's state (pure; the components only render it). */
import type { StepGrade } from '../machines/lesson-machine.ts';
import type { LessonStep, SolutionAction } from '../lessons/loader.ts';
import type { QuestionCheck } from '../lessons/types.ts';

/** The checklist: visible checks with their results (unknown until graded). */
export function checklist(step: LessonStep, grade: StepGrade | undefined): { label: string; state: 'passed' | 'failed' | 'unknown'; message: string }[] {
  return step.checks
    .map((check, i) => ({ check, result: grade?.checks[i] }))
    .filter(({ check }) => !check.hidden && check.kind !== 'question')
    .map(({ check, result }) => ({
      label: check.label,
      state: result === undefined ? 'unknown' : result.passed ? 'passed' : 'failed',
      message: result && !result.passed ? result.message : '',
    }));
}

/** The first failing hidden check's message: the learner is told something is off, and what. */
export function hiddenProblem(grade: StepGrade | undefined): string | undefined {
  const failing = grade?.checks.find((c) => c.hidden && !c.passed);
  return failing?.message;
}

/** The question checks of a step. */
export function questionsOf(step: LessonStep): QuestionCheck[] {
  return step.checks.filter((c): c is QuestionCheck => c.kind === 'question');
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
