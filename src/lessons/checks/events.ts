/** Checks over the event history: a call happened, calls happened in order, no call after a point. */
import type { AccountEvent } from '../../core/account/model.ts';
import { compare, describeComparison } from '../compare.ts';
import type { EventCheck, EventMatch, NoEventAfterCheck, OrderCheck } from '../types.ts';
import { defineCheck } from './check.ts';
import { eventBy } from './principal-ref.ts';

function sameValue(have: unknown, want: unknown): boolean {
  if (typeof want === 'string' && typeof have === 'string') return have === want;
  return JSON.stringify(have) === JSON.stringify(want);
}

/** Does one event match? Every field given in the match must hold. */
export function eventMatches(e: AccountEvent, m: EventMatch): boolean {
  if (m.by !== undefined && !eventBy(e, m.by)) return false;
  if (m.operation !== undefined && !(Array.isArray(m.operation) ? m.operation.includes(e.eventName) : m.operation === e.eventName)) return false;
  if (m.service !== undefined && e.eventSource !== `${m.service}.amazonaws.com`) return false;
  if (m.allowed !== undefined && e.allowed !== m.allowed) return false;
  if (m.via !== undefined && e.via !== m.via) return false;
  if (m.errorCode !== undefined && e.errorCode !== m.errorCode) return false;
  if (m.accessKeyId !== undefined) {
    const key = e.identity.accessKeyId;
    if (typeof m.accessKeyId === 'string' ? key !== m.accessKeyId : key === undefined || key === m.accessKeyId.not) return false;
  }
  for (const [k, v] of Object.entries(m.params ?? {})) if (!sameValue(e.requestParameters[k], v)) return false;
  return true;
}

/** A short description of a match, for messages ("a CreateUser call by user/alice"). */
export function describeMatch(m: EventMatch): string {
  const op = m.operation === undefined ? 'call' : `${Array.isArray(m.operation) ? m.operation.join(' or ') : m.operation} call`;
  const by = m.by !== undefined && m.by !== 'any' ? ` made as ${m.by}` : '';
  const failed = m.errorCode !== undefined ? ` that failed with ${m.errorCode}` : '';
  return `a${/^[AEIOU]/i.test(op) ? 'n' : ''} ${m.allowed === false && m.errorCode === undefined ? 'denied ' : ''}${op}${by}${failed}`;
}

export const eventCheck = defineCheck<EventCheck>({
  kind: 'event',
  evaluate(check, { state }) {
    const n = state.events.filter((e) => eventMatches(e, check.match)).length;
    const want = check.count ?? '>= 1';
    if (compare(n, want)) return undefined;
    return n === 0 ? `The history has no ${describeMatch(check.match).replace(/^an? /, '')} yet.` : `The history has ${n} such calls; expected ${describeComparison(want)}.`;
  },
});

export const orderCheck = defineCheck<OrderCheck>({
  kind: 'order',
  evaluate(check, { state }) {
    const events = state.events;
    const thenAt = events.findIndex((e) => eventMatches(e, check.then));
    if (thenAt < 0 && !check.thenOptional) return `The history has no ${describeMatch(check.then).replace(/^an? /, '')} yet.`;
    const limit = thenAt < 0 ? events.length : thenAt;
    for (let i = 0; i < limit; i++) if (eventMatches(events[i] as AccountEvent, check.first)) return undefined;
    return `${describeMatch(check.first)} must come before ${describeMatch(check.then)}.`.replace(/^./, (c) => c.toUpperCase());
  },
});

export const noEventAfterCheck = defineCheck<NoEventAfterCheck>({
  kind: 'no-event-after',
  evaluate(check, { state }) {
    const events = state.events;
    let afterAt = -1;
    for (let i = events.length - 1; i >= 0; i--) {
      if (eventMatches(events[i] as AccountEvent, check.after)) {
        afterAt = i;
        break;
      }
    }
    if (afterAt < 0) return `The history has no ${describeMatch(check.after).replace(/^an? /, '')} yet.`;
    const bad = events.slice(afterAt + 1).find((e) => eventMatches(e, check.match));
    return bad ? `There was ${describeMatch(check.match)} (${bad.eventName}) after that.` : undefined;
  },
});
