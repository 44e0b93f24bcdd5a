/**
 * `iam-lab lessons list|check|start` (contract: DESIGN.md).
 * - `list`: JSON array of `{ id, title, steps }`.
 * - `check [ID]`: validate every lesson file and replay each lesson's solutions, alternatives and wrong
 *   answers from its start account; one line per problem naming lesson, step and check; exit 1 on any.
 * - `start LESSON_ID --state STATE.json`: write the lesson's start account to STATE.json.
 */
import { writeFileSync } from 'node:fs';
import { systemEnv } from '../../src/core/account/env.ts';
import { serializeState } from '../../src/core/account/state-file.ts';
import { checkLesson } from '../../src/lessons/check-lesson.ts';
import { cliReplayTools } from '../../src/lessons/cli-tools.ts';
import type { Lesson } from '../../src/lessons/loader.ts';
import { buildStartState } from '../../src/lessons/start-state.ts';
import { InputError, printJson, type CommandIO } from '../io.ts';
import { loadLessonDir } from '../lesson-files.ts';

export const LESSONS_USAGE = 'usage: iam-lab lessons list | lessons check [LESSON_ID] | lessons start LESSON_ID --state STATE.json';

/** Find a lesson by id, or throw an InputError listing the ids there are. */
export function lessonById(lessons: readonly Lesson[], id: string): Lesson {
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) throw new InputError(`unknown lesson "${id}"; the lessons are: ${lessons.map((l) => l.id).join(', ')}`);
  return lesson;
}

/** Read `--state FILE` (or `--state=FILE`) and the other words of the arguments. */
export function takeStateOption(args: readonly string[], usage: string): { statePath: string; rest: string[] } {
  let statePath: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--state') {
      statePath = args[++i];
      if (statePath === undefined) throw new InputError(`--state needs a file; ${usage}`);
    } else if (a.startsWith('--state=')) statePath = a.slice('--state='.length);
    else rest.push(a);
  }
  if (statePath === undefined || statePath === '') throw new InputError(`--state STATE.json is required; ${usage}`);
  return { statePath, rest };
}

async function check(ids: string[], io: CommandIO): Promise<number> {
  if (ids.length > 1) throw new InputError(LESSONS_USAGE);
  const { lessons, problems } = loadLessonDir();
  let failures = 0;
  for (const p of problems) {
    io.stdout(`FAIL ${p.file}: ${p.message}\n`);
    failures++;
  }
  const chosen = ids[0] === undefined ? lessons : [lessonById(lessons, ids[0])];
  for (const lesson of chosen) {
    const started = performance.now();
    const found = await checkLesson(lesson, cliReplayTools);
    const ms = Math.round(performance.now() - started);
    if (found.length === 0) io.stdout(`ok   ${lesson.id} (${lesson.steps.length} steps, ${ms} ms)\n`);
    for (const p of found) io.stdout(`FAIL ${p.lesson}${p.step !== undefined ? ` step ${p.step}` : ''}: ${p.message}\n`);
    failures += found.length;
  }
  io.stdout(failures === 0 ? `${chosen.length} lesson${chosen.length === 1 ? '' : 's'} proven solvable\n` : `${failures} problem${failures === 1 ? '' : 's'} found\n`);
  return failures === 0 ? 0 : 1;
}

async function start(args: string[], io: CommandIO): Promise<number> {
  const { statePath, rest } = takeStateOption(args, LESSONS_USAGE);
  if (rest.length !== 1 || (rest[0] as string).startsWith('-')) throw new InputError(LESSONS_USAGE);
  const { lessons } = loadLessonDir();
  const lesson = lessonById(lessons, rest[0] as string);
  // Built on the real clock, so key ages read right in `iam-lab aws` calls that follow.
  const state = await buildStartState(lesson.start, systemEnv.realNow());
  try {
    writeFileSync(statePath, serializeState(state));
  } catch (e) {
    throw new InputError(`${statePath}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  io.stderr(`${lesson.id}: start account written to ${statePath}\n`);
  return 0;
}

export async function lessonsCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'list': {
      if (rest.length > 0) throw new InputError(LESSONS_USAGE);
      const { lessons } = loadLessonDir();
      printJson(
        io,
        lessons.map((l) => ({ id: l.id, title: l.title, steps: l.steps.length })),
      );
      return 0;
    }
    case 'check':
      return check(rest, io);
    case 'start':
      return start(rest, io);
    default:
      throw new InputError(LESSONS_USAGE);
  }
}
