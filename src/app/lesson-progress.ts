/** Counts read from one lesson's saved progress (pure; shared by the catalog, the progress page and import merging). */
import type { LessonProgress } from './ports.ts';

/** Steps passed (with or without help); 0 when there is no progress yet. */
export function stepsPassed(progress: LessonProgress | undefined): number {
  return progress ? Object.values(progress.status).filter((s) => s !== 'pending').length : 0;
}
