/** Counts read from one lesson's saved progress (pure; shared by the catalog, the progress page and import merging). */
import type { LessonProgress } from './ports.ts';

/** Steps passed (with or without help); 0 when there is no progress yet. */
export function stepsPassed(progress: LessonProgress | undefined): number {
  return progress ? Object.values(progress.status).filter((s) => s !== 'pending').length : 0;
}

/** Steps passed only with help (a revealed solution); 0 when there is no progress yet. */
export function stepsWithHelp(progress: LessonProgress | undefined): number {
  return progress ? Object.values(progress.status).filter((s) => s === 'passed-with-help').length : 0;
}

/** Hints shown over the whole lesson; 0 when there is no progress yet. */
export function hintsUsedTotal(progress: LessonProgress | undefined): number {
  return progress ? Object.values(progress.hintsUsed).reduce((a, b) => a + b, 0) : 0;
}
