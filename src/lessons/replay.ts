/**
 * Replay a step's actions (CLI commands, raw API requests, console actions, time passing, answers)
 * against an account, as a learner would do them. The command line and the Query API runner are handed
 * in, so this module stays free of the CLI's details (and of Node).
 */
import { DAY_MS, advanceClock, nowMs, type Env } from '../core/account/env.ts';
import { invoke } from '../core/account/invoke.ts';
import type { AccountState } from '../core/account/model.ts';
import type { CallAs } from '../core/account/principals.ts';
import type { SolutionAction } from './loader.ts';
import { PlaceholderError, fillText, fillValue } from './placeholders.ts';

/** What one command or request printed, and whether it succeeded. */
export interface ToolOutcome {
  ok: boolean;
  output: string;
}

/** The command line and the Query API, as the lab provides them. */
export interface ReplayTools {
  cli(line: string, state: AccountState, as: CallAs, env: Env): Promise<ToolOutcome>;
  api(query: string, state: AccountState, as: CallAs, env: Env): Promise<ToolOutcome>;
}

/** The result of replaying a list of actions. */
export interface ReplayResult {
  ok: boolean;
  /** One line per action: what ran and how it ended. */
  log: string[];
  /** The first action that failed, with its output. */
  failure?: { index: number; output: string };
}

/**
 * Resolve an `as` of a lesson file: `root` (default), `user/NAME`, an access key id (placeholders such as
 * `{{key:deploy-bot:2}}` are filled first), or `session/ROLE` (the newest unexpired session of that role —
 * its ASIA key is not known when the lesson is written).
 */
export function resolveAs(state: AccountState, as: string | undefined, env: Env): CallAs | string {
  if (as === undefined || as === 'root') return { kind: 'root' };
  if (as.startsWith('user/')) return { kind: 'user', userName: as.slice('user/'.length).split('/').pop() ?? '' };
  if (/^A[KS]IA[A-Z2-7]{16}$/.test(as)) return { kind: 'accessKey', accessKeyId: as };
  if (as.startsWith('session/')) {
    const role = as.slice('session/'.length).toLowerCase();
    const now = nowMs(state, env);
    const session = [...state.sessions].reverse().find((s) => s.roleName.toLowerCase() === role && Date.parse(s.expiration) > now);
    return session ? { kind: 'accessKey', accessKeyId: session.accessKeyId } : `no active session of role ${role} to act as`;
  }
  return `cannot act as "${as}"`;
}

/** Replay actions in order; stop at the first that fails. Answers to questions go into `answers`. */
export async function replayActions(
  state: AccountState,
  actions: readonly SolutionAction[],
  env: Env,
  answers: Record<string, number>,
  tools: ReplayTools,
): Promise<ReplayResult> {
  const log: string[] = [];
  for (const [index, action] of actions.entries()) {
    if ('advanceDays' in action) {
      advanceClock(state, action.advanceDays * DAY_MS);
      log.push(`time passes: ${action.advanceDays} days`);
      continue;
    }
    if ('answer' in action) {
      answers[action.answer.id] = action.answer.option;
      log.push(`answer ${action.answer.id}: option ${action.answer.option}`);
      continue;
    }
    let outcome: ToolOutcome;
    let label: string;
    try {
      const as = resolveAs(state, action.as === undefined ? undefined : await fillText(action.as, state, env), env);
      if (typeof as === 'string') return { ok: false, log, failure: { index, output: as } };
      if ('cli' in action) {
        label = await fillText(action.cli, state, env);
        outcome = await tools.cli(label, state, as, env);
      } else if ('api' in action) {
        const query = await fillText(action.api, state, env);
        label = `API ${query}`;
        outcome = await tools.api(query, state, as, env);
      } else {
        const c = action.console;
        label = `console ${c.service}:${c.operation}`;
        const params = (await fillValue(c.params ?? {}, state, env)) as Record<string, unknown>;
        const r = await invoke(state, { service: c.service, operation: c.operation, params, as, via: 'console' }, env);
        outcome = r.ok ? { ok: true, output: JSON.stringify(r.value ?? {}) } : { ok: false, output: `${r.error.code}: ${r.error.message}` };
      }
    } catch (e) {
      if (e instanceof PlaceholderError) return { ok: false, log, failure: { index, output: e.message } };
      throw e;
    }
    if (action.fails !== undefined) {
      // An action meant to fail (a denied call, a rejected password): it must fail, with that error.
      const asExpected = !outcome.ok && outcome.output.includes(action.fails);
      log.push(`${asExpected ? 'ok  ' : 'FAIL'} ${label} (expected to fail with ${action.fails})`);
      if (!asExpected) return { ok: false, log, failure: { index, output: outcome.ok ? `succeeded, but should fail with ${action.fails}: ${outcome.output}` : outcome.output } };
      continue;
    }
    log.push(`${outcome.ok ? 'ok  ' : 'FAIL'} ${label}`);
    if (!outcome.ok) return { ok: false, log, failure: { index, output: outcome.output } };
  }
  return { ok: true, log };
}
