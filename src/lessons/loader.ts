/**
 * Load lessons from their files (`NN-id/lesson.md`, `NN-id/start.yaml`, `NN-id/steps/NN-step.md`),
 * given as a map of path → text so the same loader serves the browser (bundled files) and Node (disk).
 * Lessons are data: nothing is executed; Markdown stays text for the UI to render and sanitize.
 */
import * as v from 'valibot';
import { FileFormatError, parseYamlData, splitFrontMatter } from './front-matter.ts';
import { describeIssues, lessonFrontSchema, stepFrontSchema } from './schema.ts';
import { startSpecSchema, type StartSpec } from './start-spec.ts';
import type { Check } from './types.ts';

/** A replayable solution action (see schema.ts). */
export type SolutionAction = v.InferOutput<typeof stepFrontSchema>['solution'][number];

/** One step of a lesson. */
export interface LessonStep {
  id: string;
  title: string;
  /** The step's text (Markdown, untrusted: sanitize before showing). */
  text: string;
  checks: Check[];
  hints: [string, string, string];
  solution: SolutionAction[];
  why: string;
  alternatives: { name: string; actions: SolutionAction[] }[];
  wrong: { name: string; actions: SolutionAction[]; expectFailing: string }[];
  file: string;
}

/** A whole lesson. */
export interface Lesson {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  prerequisites: string[];
  teaches: string[];
  intro: string;
  start: StartSpec;
  steps: LessonStep[];
  /** The folder, e.g. `03-create-users`; its number sets the order. */
  folder: string;
}

/** A problem with a lesson file: which file, which field, what. */
export interface LessonProblem {
  file: string;
  message: string;
}

function readFront<T>(file: string, text: string, schema: v.GenericSchema<unknown, T>, problems: LessonProblem[]): { data: T; body: string } | undefined {
  try {
    const { data, body } = splitFrontMatter(text);
    const r = v.safeParse(schema, data);
    if (!r.success) {
      for (const m of describeIssues(r.issues)) problems.push({ file, message: m });
      return undefined;
    }
    return { data: r.output, body };
  } catch (e) {
    if (e instanceof FileFormatError) {
      problems.push({ file, message: e.line !== undefined ? `line ${e.line}: ${e.message}` : e.message });
      return undefined;
    }
    throw e;
  }
}

function readStart(file: string, text: string | undefined, problems: LessonProblem[]): StartSpec | undefined {
  if (text === undefined) return {};
  try {
    const r = v.safeParse(startSpecSchema, parseYamlData(text) ?? {});
    if (r.success) return r.output;
    for (const m of describeIssues(r.issues)) problems.push({ file, message: m });
  } catch (e) {
    if (!(e instanceof FileFormatError)) throw e;
    problems.push({ file, message: e.line !== undefined ? `line ${e.line}: ${e.message}` : e.message });
  }
  return undefined;
}

/** Load every lesson found in `files`. Lessons with problems are left out and their problems listed. */
export function loadLessons(files: Readonly<Record<string, string>>): { lessons: Lesson[]; problems: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const folders = [...new Set(Object.keys(files).map((p) => p.split('/')[0] as string))].filter((f) => /^\d+-/.test(f)).sort();
  const lessons: Lesson[] = [];
  const seenIds = new Set<string>();
  for (const folder of folders) {
    const before = problems.length;
    const lessonFile = `${folder}/lesson.md`;
    const lessonText = files[lessonFile];
    if (lessonText === undefined) {
      problems.push({ file: lessonFile, message: 'missing: every lesson folder needs a lesson.md' });
      continue;
    }
    const front = readFront(lessonFile, lessonText, lessonFrontSchema, problems);
    const start = readStart(`${folder}/start.yaml`, files[`${folder}/start.yaml`], problems);
    const stepFiles = Object.keys(files)
      .filter((p) => p.startsWith(`${folder}/steps/`) && p.endsWith('.md'))
      .sort();
    if (stepFiles.length === 0) problems.push({ file: `${folder}/steps/`, message: 'a lesson needs at least one step file' });
    const steps: LessonStep[] = [];
    const stepIds = new Set<string>();
    for (const file of stepFiles) {
      const step = readFront(file, files[file] as string, stepFrontSchema, problems);
      if (!step) continue;
      const d = step.data;
      if (stepIds.has(d.id)) problems.push({ file, message: `id: "${d.id}" is used by another step of this lesson` });
      stepIds.add(d.id);
      const questionIds = d.checks.filter((c) => c.kind === 'question').map((c) => (c as { id: string }).id);
      if (new Set(questionIds).size !== questionIds.length) problems.push({ file, message: 'checks: two questions share an id' });
      steps.push({
        id: d.id,
        title: d.title,
        text: step.body,
        checks: d.checks as Check[],
        hints: d.hints as [string, string, string],
        solution: d.solution,
        why: d.why,
        alternatives: d.alternatives ?? [],
        wrong: d.wrong ?? [],
        file,
      });
    }
    if (front && seenIds.has(front.data.id)) problems.push({ file: lessonFile, message: `id: "${front.data.id}" is used by another lesson` });
    if (!front || !start || problems.length > before) continue;
    seenIds.add(front.data.id);
    lessons.push({
      id: front.data.id,
      title: front.data.title,
      summary: front.data.summary,
      minutes: front.data.minutes,
      prerequisites: front.data.prerequisites ?? [],
      teaches: front.data.teaches ?? [],
      intro: front.body,
      start,
      steps,
      folder,
    });
  }
  return { lessons, problems };
}
