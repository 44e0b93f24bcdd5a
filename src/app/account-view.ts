/** What the account panel shows: who one can act as and what that means, the clock, and the event history in words. */
import type { AccountEvent, AccountState } from '../core/account/model.ts';
import { isoTime } from '../core/account/env.ts';
import { callAsOf } from './acting-as.ts';

/** One identity the learner can act as. */
export interface IdentityChoice {
  /** `root`, `user/NAME`, or an access key id (AKIA… of a user or root, ASIA… of a role session). */
  value: string;
  label: string;
  kind: 'root' | 'user' | 'key' | 'session';
}

/** Root, every user, and every active access key or live session key, as choices. */
export function identityChoices(state: AccountState, nowMs: number): IdentityChoice[] {
  const out: IdentityChoice[] = [{ value: 'root', label: 'Root user (signed in to the console)', kind: 'root' }];
  for (const user of Object.values(state.users).sort((a, b) => a.userName.localeCompare(b.userName))) {
    out.push({ value: `user/${user.userName}`, label: `IAM user ${user.userName}`, kind: 'user' });
    for (const key of user.accessKeys) if (key.status === 'Active') out.push({ value: key.accessKeyId, label: `${user.userName}'s access key ${key.accessKeyId}`, kind: 'key' });
  }
  for (const key of state.root.accessKeys) if (key.status === 'Active') out.push({ value: key.accessKeyId, label: `Root access key ${key.accessKeyId}`, kind: 'key' });
  for (const s of state.sessions) if (Date.parse(s.expiration) > nowMs) out.push({ value: s.accessKeyId, label: `Role session ${s.roleName}/${s.sessionName}`, kind: 'session' });
  return out;
}

/** What acting as someone means, in words; `warning` when the calls will fail (a deleted, inactive or expired key). */
export interface ActingAsMeaning {
  text: string;
  warning?: string;
}

/** Explain the current caller: whose credentials sign the calls and whose permissions apply. */
export function actingAsMeaning(state: AccountState, actingAs: string, nowMs: number): ActingAsMeaning {
  const caller = callAsOf(actingAs);
  if (caller.kind === 'root') {
    return { text: 'You are the root user, signed in to the console. Root may do anything in the account, and no policy limits it — which is why day-to-day work belongs to IAM users.' };
  }
  if (caller.kind === 'user') {
    const name = caller.userName;
    const user = state.users[name.toLowerCase()];
    if (!user) return { text: `You act as IAM user ${name}.`, warning: `There is no user ${name} any more: every call will fail.` };
    return { text: `You are IAM user ${user.userName}, signed in to the console. Every call is checked against ${user.userName}'s permissions (their policies and groups); without an Allow it is denied.` };
  }
  const session = state.sessions.find((s) => s.accessKeyId === actingAs);
  if (session) {
    const text = `Calls are signed with temporary credentials (${actingAs}) of the role session ${session.roleName}/${session.sessionName}. The role's permissions apply, not those of whoever assumed it.`;
    if (Date.parse(session.expiration) <= nowMs) return { text, warning: `These credentials expired at ${session.expiration}: calls fail with ExpiredToken.` };
    return { text: `${text} They expire at ${session.expiration.replace('T', ' ').slice(0, 16)} UTC.` };
  }
  const rootKey = state.root.accessKeys.find((k) => k.accessKeyId === actingAs);
  if (rootKey) {
    const text = `Calls are signed with this key: the root user's access key ${actingAs}. A root key can do anything — AWS recommends having none.`;
    return rootKey.status === 'Active' ? { text } : { text, warning: 'This key is inactive: AWS refuses calls signed with it.' };
  }
  for (const user of Object.values(state.users)) {
    const key = user.accessKeys.find((k) => k.accessKeyId === actingAs);
    if (!key) continue;
    const text = `Calls are signed with this key: ${user.userName}'s access key ${actingAs}, as a script or program using it would. ${user.userName}'s permissions apply, and the key's "last used" date is updated.`;
    return key.status === 'Active' ? { text } : { text, warning: 'This key is inactive: AWS refuses calls signed with it (InvalidClientTokenId).' };
  }
  return { text: `Calls are signed with the access key ${actingAs}.`, warning: 'No such key exists any more (deleted or expired): AWS refuses calls signed with it.' };
}

/** Quick buttons of the clock: days to advance. */
export const QUICK_ADVANCE_DAYS: readonly number[] = [1, 30, 90, 400];

/** A number of days typed in the clock form, or a reason it is not one (1 to 3650 whole days). */
export function parseDays(input: unknown): { ok: true; days: number } | { ok: false; message: string } {
  const n = typeof input === 'number' ? input : Number(String(input ?? '').trim());
  if (!Number.isInteger(n) || n < 1 || n > 3650) return { ok: false, message: 'Enter a whole number of days from 1 to 3650.' };
  return { ok: true, days: n };
}

/** One row of the event history. */
export interface EventRow {
  id: string;
  time: string;
  who: string;
  what: string;
  allowed: boolean;
  /** AWS's error code and message (an AccessDenied says why), empty when allowed. */
  detail: string;
  via: string;
  /** The resource the call was authorized against. */
  resource: string;
  /** The request parameters (secrets left out), as indented JSON; `{}` when none. */
  params: string;
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
      resource: e.resource ?? '',
      params: JSON.stringify(e.requestParameters ?? {}, null, 2),
    }));
}

/** The caller of a row without the key, for filtering: `alice (key AKIA…)` → `alice`. */
export function callerOf(row: EventRow): string {
  return row.who.replace(/ \(key [^)]*\)$/, '');
}

/** Filters of the event history. */
export interface EventFilter {
  outcome: 'all' | 'allowed' | 'denied';
  /** A caller as `callerOf` gives it, or `all`. */
  caller: string;
}

/** The callers met in the rows, sorted, for the filter's choices. */
export function callerOptions(rows: readonly EventRow[]): string[] {
  return [...new Set(rows.map(callerOf))].sort((a, b) => (a === 'root' ? -1 : b === 'root' ? 1 : a.localeCompare(b)));
}

/** The rows that pass the filter, in their order. */
export function filterEvents(rows: readonly EventRow[], filter: EventFilter): EventRow[] {
  return rows.filter(
    (r) =>
      (filter.outcome === 'all' || (filter.outcome === 'allowed') === r.allowed) &&
      (filter.caller === 'all' || callerOf(r) === filter.caller),
  );
}

/** The simulated date for display (`2026-03-02 09:00 UTC`). */
export function clockLabel(nowMs: number): string {
  return isoTime(nowMs).replace('T', ' ').slice(0, 16) + ' UTC';
}
