/**
 * Class packs: an instructor's JSON file naming a class's lessons in order (built-in lesson ids and/or
 * custom lessons in the lesson format, as a map of file path → text) and its settings. A pack is untrusted
 * data: it is validated with valibot (every problem names its field), custom lessons go through the same
 * loader as built-in ones (data only: nothing in a pack is executed, and its Markdown is sanitized when
 * shown, like every lesson's).
 *
 * ```json
 * { "format": "iam-lab-class-pack", "version": 1, "title": "IAM 101",
 *   "lessons": ["iam-essentials", { "files": { "lesson.md": "…", "start.yaml": "…", "steps/01-x.md": "…" } }],
 *   "settings": { "hideRevealSolution": true } }
 * ```
 */
import * as v from 'valibot';
import { loadLessons, type Lesson } from '../lessons/loader.ts';
import { describeIssues } from '../lessons/schema.ts';
import { packFingerprint } from './completion-code.ts';

/** The pack file's `format` value. */
export const PACK_FORMAT = 'iam-lab-class-pack';
/** Limits that keep a hostile pack from exhausting the tab. */
const MAX_LESSONS = 50;
const MAX_FILE_CHARS = 100_000;

const filesSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^(lesson\.md|start\.yaml|steps\/[A-Za-z0-9._-]+\.md)$/, 'a file must be lesson.md, start.yaml or steps/NAME.md')), v.pipe(v.string(), v.maxLength(MAX_FILE_CHARS))),
  v.check((files) => Object.keys(files).length <= 40, 'at most 40 files in a lesson'),
);

const packSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(1),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'the pack needs a title'), v.maxLength(120)),
  lessons: v.pipe(
    v.array(v.union([v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'a lesson id is lowercase letters, digits and dashes')), v.object({ files: filesSchema })], 'a lesson is a built-in lesson id or { "files": { … } }')),
    v.minLength(1, 'the pack needs at least one lesson'),
    v.maxLength(MAX_LESSONS),
  ),
  settings: v.optional(v.object({ hideRevealSolution: v.optional(v.boolean(), false) }), { hideRevealSolution: false }),
});

/** Settings an instructor can set for a class. */
export interface PackSettings {
  /** Hide the "Reveal the solution" button in the class's lessons. */
  hideRevealSolution: boolean;
}

/** A lesson of a pack. */
export type PackLesson = { kind: 'builtin'; id: string; title: string; steps: number } | { kind: 'custom'; id: string; title: string; steps: number; lesson: Lesson };

/** A loaded, valid class pack. */
export interface ClassPack {
  title: string;
  lessons: PackLesson[];
  settings: PackSettings;
  /** See `packFingerprint`: ties completion codes to this pack. */
  fingerprint: number;
}

/** What a pack needs to know of the built-in lessons. */
export interface KnownLesson {
  id: string;
  title: string;
  steps: number;
}

/** Validate and load a pack (already parsed from JSON). Problems name the field, e.g. `lessons.2.files: …`. */
export function parseClassPack(data: unknown, builtIn: readonly KnownLesson[]): { ok: true; pack: ClassPack } | { ok: false; problems: string[] } {
  const r = v.safeParse(packSchema, data);
  if (!r.success) return { ok: false, problems: describeIssues(r.issues) };
  const problems: string[] = [];
  const lessons: PackLesson[] = [];
  const seen = new Set<string>();
  r.output.lessons.forEach((entry, i) => {
    if (typeof entry === 'string') {
      const known = builtIn.find((l) => l.id === entry);
      if (!known) problems.push(`lessons.${i}: there is no built-in lesson "${entry}"`);
      else if (seen.has(entry)) problems.push(`lessons.${i}: "${entry}" is listed twice`);
      else lessons.push({ kind: 'builtin', id: known.id, title: known.title, steps: known.steps });
      seen.add(entry);
      return;
    }
    const folder = `${String(i + 1).padStart(2, '0')}-custom`;
    const files = Object.fromEntries(Object.entries(entry.files).map(([path, text]) => [`${folder}/${path}`, text]));
    const loaded = loadLessons(files);
    for (const p of loaded.problems) problems.push(`lessons.${i}.files.${p.file.slice(folder.length + 1)}: ${p.message}`);
    const lesson = loaded.lessons[0];
    if (!lesson) {
      if (loaded.problems.length === 0) problems.push(`lessons.${i}.files: no lesson found`);
      return;
    }
    if (builtIn.some((l) => l.id === lesson.id) || seen.has(lesson.id)) {
      problems.push(`lessons.${i}.files.lesson.md: id "${lesson.id}" is already used by another lesson; give the custom lesson its own id`);
      return;
    }
    seen.add(lesson.id);
    lessons.push({ kind: 'custom', id: lesson.id, title: lesson.title, steps: lesson.steps.length, lesson });
  });
  if (problems.length > 0) return { ok: false, problems };
  const title = r.output.title;
  return { ok: true, pack: { title, lessons, settings: { hideRevealSolution: r.output.settings.hideRevealSolution }, fingerprint: packFingerprint(title, lessons.map((l) => l.id)) } };
}

/** Parse a pack from text (a file, a fetched URL, a URL parameter). */
export function parseClassPackText(text: string, builtIn: readonly KnownLesson[]): { ok: true; pack: ClassPack } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`(file): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parseClassPack(data, builtIn);
}

/**
 * Where to load a pack from, given the page's query string: `?pack=PATH` (a path on this site only) or
 * `?packdata=JSON` (the pack itself, URL-encoded). Undefined when neither is given; an error for a
 * pack URL on another site.
 */
export function packSource(search: string, base: string): { url: string } | { text: string } | { error: string } | undefined {
  const q = new URLSearchParams(search);
  const inline = q.get('packdata');
  if (inline) return { text: inline };
  const path = q.get('pack');
  if (!path) return undefined;
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { error: 'The pack address is not a valid address.' };
  }
  if (url.origin !== new URL(base).origin) return { error: 'A class pack must be on this same site (IAM Lab loads nothing from other sites). Ask your instructor for the file and open it instead.' };
  return { url: url.href };
}
