/**
 * Checks a progress file (untrusted JSON from the learner's disk) before anything is merged: its size,
 * JSON syntax, format marker, version and every record, naming the field of each problem
 * (`progress[1].status.create-user: expected "pending", "passed" or "passed-with-help"`).
 */
import * as v from 'valibot';
import type { LessonProgress } from '../app/ports.ts';
import { describeIssue, PROGRESS_SCHEMA } from './restore.ts';

/** The largest progress file accepted (bytes of JSON text). */
export const MAX_IMPORT_BYTES = 1_000_000;
/** At most this many problems are listed. */
const MAX_PROBLEMS = 20;

const FILE_SCHEMA = v.looseObject({
  format: v.literal('iam-lab-progress', 'expected "iam-lab-progress" (is this an IAM Lab progress file?)'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string()),
  progress: v.array(PROGRESS_SCHEMA),
});

/** The checked progress records, or the problems found. */
export type ProgressFileCheck = { ok: true; progress: LessonProgress[] } | { ok: false; problems: string[] };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Check a progress file: its text, or the value parsed from it. Never throws. */
export function validateProgressFile(data: unknown, maxVersion: number): ProgressFileCheck {
  let value: unknown = data;
  if (typeof data === 'string') {
    if (byteLength(data) > MAX_IMPORT_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; a progress file is far smaller`] };
    try {
      value = JSON.parse(data);
    } catch (e) {
      return { ok: false, problems: [`not valid JSON (${(e as Error).message})`] };
    }
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(data);
    } catch {
      return { ok: false, problems: ['not JSON data'] };
    }
    if (text === undefined) return { ok: false, problems: ['expected a JSON object'] };
    if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; a progress file is far smaller`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: ['expected a JSON object with "format", "version" and "progress"'] };
  const version = (value as Record<string, unknown>).version;
  if (typeof version === 'number' && version > maxVersion) {
    return { ok: false, problems: [`version: written by a newer IAM Lab (version ${version}); this one reads progress files up to version ${maxVersion}`] };
  }
  const parsed = v.safeParse(FILE_SCHEMA, value);
  if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, MAX_PROBLEMS).map((i) => describeIssue(i)) };
  const seen = new Map<string, number>();
  const problems: string[] = [];
  parsed.output.progress.forEach((p, i) => {
    const first = seen.get(p.lessonId);
    if (first !== undefined) problems.push(`progress[${i}].lessonId: "${p.lessonId}" is also progress[${first}]`);
    else seen.set(p.lessonId, i);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, progress: parsed.output.progress };
}
