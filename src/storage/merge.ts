/**
 * How imported progress is merged: per lesson, keep whichever record has more passed steps (a step
 * solved with help counts as passed); on a tie keep the newer `updatedAt`; on a full tie keep what is
 * already here.
 */
import type { ImportChange, LessonProgress } from '../app/ports.ts';
import { stepsPassed } from '../app/lesson-progress.ts';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Whether the incoming record should replace the existing one. */
export function incomingWins(existing: LessonProgress | undefined, incoming: LessonProgress): boolean {
  if (!existing) return true;
  const a = stepsPassed(existing);
  const b = stepsPassed(incoming);
  if (a !== b) return b > a;
  return time(incoming.updatedAt) > time(existing.updatedAt);
}

/** What importing `incoming` over `existing` does, lesson by lesson (in the incoming order). */
export function planImport(existing: readonly LessonProgress[], incoming: readonly LessonProgress[]): ImportChange[] {
  const here = new Map(existing.map((p) => [p.lessonId, p]));
  return incoming.map((p) => {
    const current = here.get(p.lessonId);
    const change: ImportChange = {
      lessonId: p.lessonId,
      action: !current ? 'add' : incomingWins(current, p) ? 'replace' : 'keep',
      incomingPassed: stepsPassed(p),
    };
    if (current) change.existingPassed = stepsPassed(current);
    return change;
  });
}
