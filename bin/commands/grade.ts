/**
 * `iam-lab grade LESSON_ID --state STATE.json [--answer QUESTION=N ...]` (contract: DESIGN.md): grade an
 * account file against every step of a lesson. Prints `{ lesson, passed, steps: [{ id, passed, checks:
 * [{ label, passed, message }] }] }`; exit 0 whatever the result, 2 when the lesson or file is unknown
 * or bad.
 *
 * Answers to questions are not part of an account. They come from an optional top-level `"answers"`
 * object of the state file (`{ "iam-scope": 1 }`: question id → index of the chosen option, from 0) and
 * from `--answer ID=N` options (which win). A question with no answer fails as unanswered.
 */
import { nowMs, systemEnv } from '../../src/core/account/env.ts';
import { parseStateFile } from '../../src/core/account/state-file.ts';
import { allPassed, gradeChecks } from '../../src/lessons/grader.ts';
import { InputError, printJson, readText, type CommandIO } from '../io.ts';
import { loadLessonDir } from '../lesson-files.ts';
import { lessonById, takeStateOption } from './lessons.ts';

export const GRADE_USAGE = 'usage: iam-lab grade LESSON_ID --state STATE.json [--answer QUESTION_ID=N ...]';

/** The `answers` object of a state file, checked: question id → option index. */
function answersIn(text: string, path: string): Record<string, number> {
  const data = JSON.parse(text) as Record<string, unknown>;
  const answers = data.answers;
  if (answers === undefined) return {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new InputError(`${path}: answers: expected an object of question id → option number`);
  const out: Record<string, number> = {};
  for (const [id, n] of Object.entries(answers)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InputError(`${path}: answers.${id}: expected an option number (0 or more)`);
    out[id] = n;
  }
  return out;
}

export async function gradeCommand(args: string[], io: CommandIO): Promise<number> {
  const { statePath, rest } = takeStateOption(args, GRADE_USAGE);
  const given: Record<string, number> = {};
  const ids: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--answer' || a.startsWith('--answer=')) {
      const value = a === '--answer' ? rest[++i] : a.slice('--answer='.length);
      const m = /^([a-z0-9-]+)=(\d+)$/.exec(value ?? '');
      if (!m) throw new InputError(`--answer expects QUESTION_ID=N (N the option number, from 0); ${GRADE_USAGE}`);
      given[m[1] as string] = Number(m[2]);
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}; ${GRADE_USAGE}`);
    else ids.push(a);
  }
  if (ids.length !== 1) throw new InputError(GRADE_USAGE);
  const { lessons } = loadLessonDir();
  const lesson = lessonById(lessons, ids[0] as string);
  const text = readText(statePath);
  const parsed = parseStateFile(text);
  if (!parsed.ok) throw new InputError(`${statePath}: ${parsed.message}`);
  const answers = { ...answersIn(text, statePath), ...given };
  const input = { state: parsed.state, nowMs: nowMs(parsed.state, systemEnv), answers };
  const steps = lesson.steps.map((step) => {
    const results = gradeChecks(step.checks, input);
    return { id: step.id, passed: allPassed(results), checks: results.map((r) => ({ label: r.label, passed: r.passed, message: r.message })) };
  });
  printJson(io, { lesson: lesson.id, passed: steps.every((s) => s.passed), steps });
  return 0;
}
