/**
 * What an operation may ask of the world: the real time (the simulated clock runs ahead of it by the
 * account's offset). Injected, so tests and lesson replays are deterministic.
 */
import type { AccountState } from './model.ts';

/** The outside world as the account sees it. */
export interface Env {
  /** Real time in epoch milliseconds. */
  realNow(): number;
}

/** The environment of the running process. */
export const systemEnv: Env = { realNow: () => Date.now() };

/** An environment frozen at one instant (tests, replays). */
export function fixedEnv(isoOrMs: string | number): Env {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : Date.parse(isoOrMs);
  return { realNow: () => ms };
}

/** The simulated time of the account, in epoch milliseconds. */
export function nowMs(state: AccountState, env: Env): number {
  return env.realNow() + state.clockOffsetMs;
}

/** The simulated time as AWS prints it: ISO 8601 with seconds, in UTC (`2024-01-31T12:00:00+00:00`). */
export function isoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

/** Move the simulated clock forward (never backward). */
export function advanceClock(state: AccountState, ms: number): void {
  if (ms > 0) state.clockOffsetMs += ms;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
