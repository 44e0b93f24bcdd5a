/** Effective access of a principal of the simulated account: its policies over the account's resources. */
import type { AccountState } from '../account/model.ts';
import { namedPrincipal, type NamedPrincipal } from '../account/principals.ts';
import type { RequestContext } from '../engine/types.ts';
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
export type AccountPrincipal = NamedPrincipal;

/** Resolve `user/NAME` (or `user/PATH/NAME`) and `role/NAME`; undefined when there is no such principal. */
export function accountPrincipal(state: AccountState, ref: string): AccountPrincipal | undefined {
  return ref === 'root' ? undefined : namedPrincipal(state, ref, 'iam-lab-access');
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
