/**
 * The instructor's verify page: read a completion code and say what it claims, with lesson names when
 * the instructor has loaded the same class pack. Pure.
 */
import type { ClassPack } from './class-pack.ts';
import { decodeCompletion } from './completion-code.ts';

/** One lesson as the verify page shows it. */
export interface VerifiedLesson {
  position: number;
  title: string;
  completed: boolean;
  day?: string;
  hints: number;
  revealed: number;
}

/** The verify page's reading of a code. */
export type Verification =
  | { ok: true; lessons: VerifiedLesson[]; completed: number; total: number; packMatches: boolean | undefined }
  | { ok: false; error: string };

/** Read a code; `pack` (when loaded) gives lesson names and is checked against the code's fingerprint. */
export function verifyCode(code: string, pack: ClassPack | undefined): Verification {
  const r = decodeCompletion(code);
  if (!r.ok) return r;
  const packMatches = pack ? pack.fingerprint === r.data.pack && pack.lessons.length === r.data.lessons.length : undefined;
  const lessons = r.data.lessons.map((l, i) => {
    const out: VerifiedLesson = { position: i + 1, title: packMatches && pack ? (pack.lessons[i]?.title ?? `Lesson ${i + 1}`) : `Lesson ${i + 1}`, completed: l.completed, hints: l.hints, revealed: l.revealed };
    if (l.day) out.day = l.day;
    return out;
  });
  return { ok: true, lessons, completed: lessons.filter((l) => l.completed).length, total: lessons.length, packMatches };
}
