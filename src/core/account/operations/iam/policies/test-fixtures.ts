/** Test helpers of the policy operations: a role put straight into the state (roles are created elsewhere), documents. */
import type { CallResult } from '../../../invoke.ts';
import type { AccountState, Role } from '../../../model.ts';

/** The value of a successful call (throws with the error otherwise, so a test fails loudly). */
export function value<T>(r: CallResult): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** A policy document allowing `actions` on `resource`. */
export function allow(actions: string | string[], resource = '*'): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });
}

/** Put a role into the account as the roles operations would. */
export function addRole(state: AccountState, roleName: string): Role {
  const role: Role = {
    roleName,
    roleId: `AROA${roleName.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    path: '/',
    arn: `arn:aws:iam::${state.accountId}:role/${roleName}`,
    createDate: '2026-01-15T10:00:00+00:00',
    maxSessionDuration: 3600,
    assumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    attachedPolicies: [],
    inlinePolicies: {},
    tags: [],
  };
  state.roles[roleName.toLowerCase()] = role;
  return role;
}
