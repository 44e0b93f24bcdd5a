/**
 * The one restore step per record kind. Stored data is untrusted (hand-edited, written by an older or
 * newer build, half-written), so every record read from a backend goes through `restoreX(raw)`, which
 * validates it with valibot, fills defaults for missing fields, keeps unknown extra fields, and either
 * returns a record the app can trust or `undefined`. A bad optional field is reset to its default and a
 * record that cannot be saved that way is dropped; either way `report` is told what and why.
 */
import * as v from 'valibot';
import type { AccountState } from '../core/account/model.ts';
import { STATE_VERSION } from '../core/account/model.ts';
import { accountProblem as checkAccount } from '../core/account/state-file.ts';
import { TERMINAL_HISTORY_LIMIT, type DraftRecord, type LessonProgress, type SettingsRecord, type TerminalHistoryRecord, type WorkspaceRecord } from '../app/ports.ts';

/** What the restore step left out: a whole record, or one field reset to its default. */
export interface RestoreProblem {
  /** `record` when the whole record was dropped, else the field that was reset. */
  dropped: 'record' | string;
  reason: string;
}

/** Receives every problem a restore met. */
export type RestoreReport = (problem: RestoreProblem) => void;


const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmptyString = v.pipe(v.string(), v.nonEmpty('expected a non-empty string'));
const stepStatus = v.picklist(['pending', 'passed', 'passed-with-help'], 'expected "pending", "passed" or "passed-with-help"');

/** Lesson progress. Only `lessonId` is required; everything else has a default. */
export const PROGRESS_SCHEMA = v.looseObject({
  lessonId: nonEmptyString,
  stepIndex: v.optional(count, 0),
  status: v.optional(v.record(v.string(), stepStatus), () => ({})),
  hintsUsed: v.optional(v.record(v.string(), count), () => ({})),
  answers: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer())), () => ({})),
  revealed: v.optional(v.record(v.string(), v.boolean()), () => ({})),
  stepTimes: v.optional(v.record(v.string(), v.looseObject({ startedAt: v.string(), passedAt: v.optional(v.string()) })), () => ({})),
  startedAt: v.optional(v.string(), ''),
  completedAt: v.optional(v.string()),
  updatedAt: v.optional(v.string(), ''),
});

const plainObject = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object');

const WORKSPACE_SCHEMA = v.looseObject({
  id: nonEmptyString,
  account: plainObject,
  stepStart: v.optional(plainObject),
  actingAs: v.optional(v.string(), 'root'),
  revision: v.optional(count, 0),
  updatedAt: v.optional(v.string(), ''),
});

const DRAFT_SCHEMA = v.looseObject({ id: nonEmptyString, text: v.string(), updatedAt: v.optional(v.string(), '') });

const TERMINAL_SCHEMA = v.looseObject({ workspaceId: nonEmptyString, lines: v.optional(v.array(v.string()), () => []) });

const SETTINGS_SCHEMA = v.looseObject({
  theme: v.optional(v.picklist(['system', 'light', 'dark'], 'expected "system", "light" or "dark"'), 'system'),
  showCliEcho: v.optional(v.boolean(), true),
});

/** The default settings. */
export function defaultSettings(): SettingsRecord {
  return { theme: 'system', showCliEcho: true };
}

/** `progress[0].status["step 1"]`-style path of an issue, under a prefix. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line naming the field and what was wrong with it. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = issuePath(issue, prefix);
  let message = issue.message;
  if (issue.kind === 'schema' && issue.input === undefined) message = 'missing';
  // valibot's own wording ("Invalid type: Expected string but received 5") in the lab's style; custom messages stay.
  else if (message.startsWith('Invalid ') && issue.expected) message = `expected ${issue.expected}, got ${issue.received}`;
  return path ? `${path}: ${message}` : message;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Parse with a schema whose optional fields have defaults. When the strict parse fails, each top-level
 * field named by an issue is reset (removed, so its default applies) and reported; when that still fails
 * (a required field is bad), the record is dropped.
 */
function restoreWith<S extends v.GenericSchema>(schema: S, raw: unknown, required: readonly string[], report?: RestoreReport): v.InferOutput<S> | undefined {
  const first = v.safeParse(schema, raw);
  if (first.success) return first.output;
  const fatal = (issues: readonly v.BaseIssue<unknown>[]) => {
    report?.({ dropped: 'record', reason: issues.map((i) => describeIssue(i)).join('; ') });
    return undefined;
  };
  if (!isObject(raw)) return fatal(first.issues);
  const repaired: Record<string, unknown> = { ...raw };
  const reset = new Map<string, string>();
  for (const issue of first.issues) {
    const top = issue.path?.[0]?.key;
    if (typeof top !== 'string' || required.includes(top)) return fatal(first.issues);
    delete repaired[top];
    if (!reset.has(top)) reset.set(top, describeIssue(issue));
  }
  const second = v.safeParse(schema, repaired);
  if (!second.success) return fatal(second.issues);
  for (const [field, reason] of reset) report?.({ dropped: field, reason: `${reason} (reset to its default)` });
  return second.output;
}

/** Why an account value is not a valid account (naming the field under `field`), or undefined. */
export function accountProblem(account: unknown, field = 'account'): string | undefined {
  if (!isObject(account)) return `${field}: expected an object`;
  const version = typeof account.version === 'number' ? account.version : STATE_VERSION;
  if (version > STATE_VERSION) return `${field}: written by a newer IAM Lab (version ${version}); this one reads accounts up to version ${STATE_VERSION}`;
  return checkAccount(account, field, version);
}

/** A lesson's progress, or undefined when it cannot be trusted. */
export function restoreProgress(raw: unknown, report?: RestoreReport): LessonProgress | undefined {
  return restoreWith(PROGRESS_SCHEMA, raw, ['lessonId'], report);
}

/** A workspace whose account (and step-start account, if any) passes the state file's validation. */
export function restoreWorkspace(raw: unknown, report?: RestoreReport): WorkspaceRecord | undefined {
  const record = restoreWith(WORKSPACE_SCHEMA, raw, ['id', 'account'], report);
  if (!record) return undefined;
  const problem = accountProblem(record.account);
  if (problem) {
    report?.({ dropped: 'record', reason: problem });
    return undefined;
  }
  const out = { ...record, account: record.account as unknown as AccountState, stepStart: undefined as AccountState | undefined };
  if (record.stepStart !== undefined) {
    const stepProblem = accountProblem(record.stepStart, 'stepStart');
    if (stepProblem) report?.({ dropped: 'stepStart', reason: `${stepProblem} (the step-start account was dropped)` });
    else out.stepStart = record.stepStart as unknown as AccountState;
  }
  if (out.stepStart === undefined) delete out.stepStart;
  return out;
}

/** An editor draft. */
export function restoreDraft(raw: unknown, report?: RestoreReport): DraftRecord | undefined {
  return restoreWith(DRAFT_SCHEMA, raw, ['id', 'text'], report);
}

/** A terminal history (the newest TERMINAL_HISTORY_LIMIT lines). */
export function restoreTerminalHistory(raw: unknown, report?: RestoreReport): TerminalHistoryRecord | undefined {
  const record = restoreWith(TERMINAL_SCHEMA, raw, ['workspaceId'], report);
  if (!record) return undefined;
  return record.lines.length > TERMINAL_HISTORY_LIMIT ? { ...record, lines: record.lines.slice(-TERMINAL_HISTORY_LIMIT) } : record;
}

/** Settings: always a usable value (bad fields fall back to their defaults). */
export function restoreSettings(raw: unknown, report?: RestoreReport): SettingsRecord {
  if (raw === undefined) return defaultSettings();
  return restoreWith(SETTINGS_SCHEMA, raw, [], report) ?? defaultSettings();
}
