/** Builders shared by the storage tests (not shipped: only *.test.ts files import this). */
import { createAccount } from '../core/account/create.ts';
import type { LessonProgress, WorkspaceRecord } from '../app/ports.ts';

export const T0 = Date.parse('2026-01-15T10:00:00Z');

/** A valid workspace record with a fresh account. */
export function workspace(id: string, revision = 0): WorkspaceRecord {
  return { id, account: createAccount({ createdAt: T0 }), actingAs: 'root', revision, updatedAt: '2026-01-15T10:00:00.000Z' };
}

/** Progress with the given steps passed. */
export function progress(lessonId: string, passed: string[], updatedAt = '2026-02-01T00:00:00.000Z'): LessonProgress {
  return {
    lessonId,
    stepIndex: passed.length,
    status: Object.fromEntries(passed.map((s) => [s, 'passed' as const])),
    hintsUsed: {},
    answers: {},
    revealed: {},
    stepTimes: {},
    startedAt: '2026-01-20T00:00:00.000Z',
    updatedAt,
  };
}

let counter = 0;
/** A database name no other test uses. */
export function uniqueName(prefix = 'iam-lab-test'): string {
  counter++;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
