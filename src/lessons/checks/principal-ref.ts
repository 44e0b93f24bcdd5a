/** Resolve `root`, `user/NAME` and `role/NAME` in lesson files to principals of the account. */
import type { AccountState } from '../../core/account/model.ts';
import { findRole, findUser, principalPolicies, type CallerPrincipal } from '../../core/account/principals.ts';
import type { PolicySet } from '../../core/engine/types.ts';
import type { AccountEvent } from '../../core/account/model.ts';
import type { PrincipalRef } from '../types.ts';

/** A principal named in a lesson, with the policies that apply to it; undefined when it does not exist. */
export interface ResolvedPrincipal {
  arn: string;
  policies: PolicySet;
}

/** The session name used when a lesson asks what a role's session may do. */
export const LESSON_SESSION = 'lesson-check';

export function resolvePrincipal(state: AccountState, ref: PrincipalRef): ResolvedPrincipal | undefined {
  if (ref === 'root') return { arn: state.root.arn, policies: {} };
  const [kind, ...rest] = ref.split('/');
  const name = rest.join('/');
  if (kind === 'user') {
    const user = findUser(state, name.split('/').pop() ?? name);
    if (!user) return undefined;
    const caller: CallerPrincipal = { type: 'IAMUser', arn: user.arn, accountId: state.accountId, userId: user.userId, userName: user.userName, user, mfaAuthenticated: false };
    return { arn: user.arn, policies: principalPolicies(state, caller) };
  }
  if (kind === 'role') {
    const role = findRole(state, name);
    if (!role) return undefined;
    const arn = `arn:aws:sts::${state.accountId}:assumed-role/${role.roleName}/${LESSON_SESSION}`;
    const caller: CallerPrincipal = { type: 'AssumedRole', arn, accountId: state.accountId, userId: `${role.roleId}:${LESSON_SESSION}`, role, mfaAuthenticated: false };
    return { arn, policies: principalPolicies(state, caller) };
  }
  return undefined;
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
