/** What the account panel shows: who one can act as, the clock, and the event history in words. */
import type { AccountEvent, AccountState } from '../core/account/model.ts';
import { isoTime } from '../core/account/env.ts';

/** One identity the learner can act as. */
export interface IdentityChoice {
  value: string;
  label: string;
}

/** Root, every user, and every active access key or session key, as choices. */
export function identityChoices(state: AccountState, nowMs: number): IdentityChoice[] {
  const out: IdentityChoice[] = [{ value: 'root', label: 'Root user (signed in to the console)' }];
  for (const user of Object.values(state.users).sort((a, b) => a.userName.localeCompare(b.userName))) {
    out.push({ value: `user/${user.userName}`, label: `IAM user ${user.userName}` });
    for (const key of user.accessKeys) if (key.status === 'Active') out.push({ value: key.accessKeyId, label: `${user.userName}'s access key ${key.accessKeyId}` });
  }
  for (const key of state.root.accessKeys) if (key.status === 'Active') out.push({ value: key.accessKeyId, label: `Root access key ${key.accessKeyId}` });
  for (const s of state.sessions) if (Date.parse(s.expiration) > nowMs) out.push({ value: s.accessKeyId, label: `Role session ${s.roleName}/${s.sessionName}` });
  return out;
}

/** One row of the event history. */
export interface EventRow {
  id: string;
  time: string;
  who: string;
  what: string;
  allowed: boolean;
  detail: string;
  via: string;
}

function whoOf(e: AccountEvent): string {
  if (e.identity.type === 'Root') return e.identity.accessKeyId ? `root (key ${e.identity.accessKeyId})` : 'root';
  if (e.identity.type === 'IAMUser') return e.identity.accessKeyId ? `${e.identity.userName} (key ${e.identity.accessKeyId})` : (e.identity.userName ?? e.identity.arn);
  if (e.identity.type === 'AssumedRole') return e.identity.arn.split(':assumed-role/')[1] ?? e.identity.arn;
  return 'anonymous';
}

/** The history, newest first. */
export function eventRows(state: AccountState, limit = 200): EventRow[] {
  return state.events
    .slice(-limit)
    .reverse()
    .map((e) => ({
      id: e.eventId,
      time: e.eventTime,
      who: whoOf(e),
      what: `${e.eventSource.split('.')[0]}:${e.eventName}`,
      allowed: e.allowed,
      detail: e.allowed ? '' : `${e.errorCode ?? 'Error'}: ${e.errorMessage ?? ''}`,
      via: e.via,
    }));
}

/** The simulated date for display (`2026-03-02 09:00 UTC`). */
export function clockLabel(nowMs: number): string {
  return isoTime(nowMs).replace('T', ' ').slice(0, 16) + ' UTC';
}
