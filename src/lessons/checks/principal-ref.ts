/** Resolve `root`, `user/NAME` and `role/NAME` in lesson files to principals of the account. */
import type { AccountState } from '../../core/account/model.ts';
import { namedPrincipal, type NamedPrincipal } from '../../core/account/principals.ts';
import type { AccountEvent } from '../../core/account/model.ts';
import type { PrincipalRef } from '../types.ts';

/** A principal named in a lesson, with the policies that apply to it. */
export type ResolvedPrincipal = NamedPrincipal;

/** The session name used when a lesson asks what a role's session may do. */
export const LESSON_SESSION = 'lesson-check';

/** Resolve `root`, `user/NAME` or `role/NAME`; undefined when it does not exist. */
export function resolvePrincipal(state: AccountState, ref: PrincipalRef): ResolvedPrincipal | undefined {
  return namedPrincipal(state, ref, LESSON_SESSION);
}

/** Does an event's caller match a principal reference? */
export function eventBy(event: AccountEvent, ref: PrincipalRef): boolean {
  if (ref === 'any') return true;
  if (ref === 'root') return event.identity.type === 'Root';
  const [kind, ...rest] = ref.split('/');
  const name = (rest.pop() ?? '').toLowerCase();
  if (kind === 'user') return event.identity.type === 'IAMUser' && (event.identity.userName ?? '').toLowerCase() === name;
  if (kind === 'role') return event.identity.type === 'AssumedRole' && event.identity.arn.toLowerCase().includes(`:assumed-role/${name}/`);
  return false;
}
