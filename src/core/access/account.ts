/** Effective access of a principal of the simulated account: its policies over the account's resources. */
import type { AccountState } from '../account/model.ts';
import { findRole, findUser, principalPolicies, type CallerPrincipal } from '../account/principals.ts';
import type { PolicySet, RequestContext } from '../engine/types.ts';
import { effectiveAccess, type EffectiveAccess } from './effective.ts';
import type { UniverseOptions } from './types.ts';

/** Every ARN the account holds: buckets and their objects, users, groups, roles, customer managed policies, MFA devices. */
export function accountResources(state: AccountState): string[] {
  const out: string[] = [];
  for (const b of Object.values(state.buckets)) {
    out.push(`arn:aws:s3:::${b.name}`);
    for (const key of Object.keys(b.objects)) out.push(`arn:aws:s3:::${b.name}/${key}`);
  }
  for (const u of Object.values(state.users)) out.push(u.arn);
  for (const g of Object.values(state.groups)) out.push(g.arn);
  for (const r of Object.values(state.roles)) out.push(r.arn);
  for (const p of Object.values(state.policies)) if (!p.awsManaged) out.push(p.arn);
  for (const serial of Object.keys(state.mfaDevices)) if (serial.startsWith('arn:')) out.push(serial);
  return out;
}

/** A principal of the account with its policies: `user/NAME` or `role/NAME` (a session of the role). */
export interface AccountPrincipal {
  arn: string;
  policies: PolicySet;
}

/** Resolve `user/NAME` (or `user/PATH/NAME`) and `role/NAME`; undefined when there is no such principal. */
export function accountPrincipal(state: AccountState, ref: string): AccountPrincipal | undefined {
  const [kind, ...rest] = ref.split('/');
  const name = rest.pop() ?? '';
  if (kind === 'user') {
    const user = findUser(state, name);
    if (!user) return undefined;
    const caller: CallerPrincipal = { type: 'IAMUser', arn: user.arn, accountId: state.accountId, userId: user.userId, userName: user.userName, user, mfaAuthenticated: false };
    return { arn: user.arn, policies: principalPolicies(state, caller) };
  }
  if (kind === 'role') {
    const role = findRole(state, name);
    if (!role) return undefined;
    const arn = `arn:aws:sts::${state.accountId}:assumed-role/${role.roleName}/iam-lab-access`;
    const caller: CallerPrincipal = { type: 'AssumedRole', arn, accountId: state.accountId, userId: `${role.roleId}:iam-lab-access`, role, mfaAuthenticated: false };
    return { arn, policies: principalPolicies(state, caller) };
  }
  return undefined;
}

/** The context every analysed request of the account carries: sent over TLS at the account's time. */
export function accountBaseContext(nowMs: number): RequestContext {
  return { 'aws:CurrentTime': new Date(nowMs).toISOString(), 'aws:SecureTransport': true };
}

/** The effective access of a principal of the account over the account's resources. */
export function principalAccess(state: AccountState, principal: AccountPrincipal, options: Partial<UniverseOptions> & { nowMs?: number } = {}): EffectiveAccess {
  const { nowMs, ...rest } = options;
  return effectiveAccess(principal.policies, {
    accountId: state.accountId,
    ...rest,
    principal: principal.arn,
    resources: [...accountResources(state), ...(rest.resources ?? [])],
    baseContext: { ...accountBaseContext(nowMs ?? Date.now()), ...rest.baseContext },
  });
}
