/**
 * The class view's rows and the learner's completion code, computed from a pack and the learner's
 * progress. Pure.
 */
import type { ClassPack } from './class-pack.ts';
import { encodeCompletion, type LessonResult } from './completion-code.ts';
import { hintsUsedTotal, stepsPassed } from './lesson-progress.ts';
import type { LessonProgress } from './ports.ts';

/** One row of the class view. */
export interface ClassRow {
  id: string;
  title: string;
  custom: boolean;
  steps: number;
  passed: number;
  state: 'not-started' | 'in-progress' | 'completed';
  /** `YYYY-MM-DD` (UTC) when completed. */
  completedOn?: string;
  hints: number;
  revealed: number;
}

/** The class view's rows, in the pack's order. */
export function classRows(pack: ClassPack, progress: Readonly<Record<string, LessonProgress>>): ClassRow[] {
  return pack.lessons.map((l) => {
    const p = progress[l.id];
    const passed = stepsPassed(p);
    const row: ClassRow = {
      id: l.id,
      title: l.title,
      custom: l.kind === 'custom',
      steps: l.steps,
      passed: Math.min(passed, l.steps),
      state: p?.completedAt ? 'completed' : p ? 'in-progress' : 'not-started',
      hints: hintsUsedTotal(p),
      revealed: p ? Object.values(p.revealed).filter(Boolean).length : 0,
    };
    if (p?.completedAt) row.completedOn = p.completedAt.slice(0, 10);
    return row;
  });
}

/** The completion code for the rows as they are now. */
export function completionCodeOf(pack: ClassPack, rows: readonly ClassRow[]): string {
  const lessons: LessonResult[] = rows.map((r) => (r.state === 'completed' ? { completed: true, day: r.completedOn, hints: r.hints, revealed: r.revealed } : { completed: false, hints: r.hints, revealed: r.revealed }));
  return encodeCompletion({ pack: pack.fingerprint, lessons });
}

/** Whether every lesson of the pack is completed. */
export const allCompleted = (rows: readonly ClassRow[]): boolean => rows.length > 0 && rows.every((r) => r.state === 'completed');
