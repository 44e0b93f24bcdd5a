/** Helpers for tests of operations: a fresh account at a fixed time and a one-line call. */
import { createAccount } from './create.ts';
import { fixedEnv, type Env } from './env.ts';
import { invoke, type CallResult } from './invoke.ts';
import type { AccountState } from './model.ts';
import type { ServiceName } from './operation.ts';
import type { CallAs } from './principals.ts';

/** The instant tests start at. */
export const T0 = Date.parse('2026-01-15T10:00:00Z');

/** A fresh account and a fixed environment. */
export function newLab(): { state: AccountState; env: Env } {
  return { state: createAccount({ createdAt: T0 }), env: fixedEnv(T0) };
}

/** Call an operation as root (or as `as`) through the CLI route. */
export function call(
  lab: { state: AccountState; env: Env },
  service: ServiceName,
  operation: string,
  params: Record<string, unknown> = {},
  as: CallAs = { kind: 'root' },
  via: 'console' | 'cli' | 'api' = 'cli',
): Promise<CallResult> {
  return invoke(lab.state, { service, operation, params, as, via }, lab.env);
}

/** The error code of a failed call (or 'OK'). */
export function codeOf(r: CallResult): string {
  return r.ok ? 'OK' : r.error.code;
}
