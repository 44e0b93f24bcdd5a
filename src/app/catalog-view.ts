/** How the catalog describes a learner's progress through a lesson. */
import type { CatalogEntry } from './lesson-source.ts';
import type { LessonProgress } from './ports.ts';

/** The status line of a lesson card. */
export function lessonStatus(entry: CatalogEntry, progress: LessonProgress | undefined): { kind: 'new' | 'started' | 'done'; label: string } {
  if (!progress) return { kind: 'new', label: 'Not started' };
  const passed = Object.values(progress.status).filter((s) => s !== 'pending').length;
  if (progress.completedAt || passed >= entry.steps) return { kind: 'done', label: 'Completed' };
  return { kind: 'started', label: `${passed} of ${entry.steps} steps done` };
}
