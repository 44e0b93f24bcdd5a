/**
 * Deleting a role in one go, as the IAM console does: DeleteRole fails with DeleteConflict while managed
 * policies are attached or inline policies remain, so they go first. (Instance profiles, which AWS also
 * requires a role to leave, are not modelled by the lab.)
 */
import type { AccountState } from '../../core/account/model.ts';
import { policyName, type CleanupCall } from './delete-user.ts';

/** The calls that delete role `name` and its policies, in order; undefined when there is no such role. */
export function deleteRoleCalls(state: AccountState, name: string): CleanupCall[] | undefined {
  const role = state.roles[name.toLowerCase()];
  if (!role) return undefined;
  const RoleName = role.roleName;
  const calls: CleanupCall[] = [];
  for (const PolicyArn of role.attachedPolicies) calls.push({ operation: 'DetachRolePolicy', params: { RoleName, PolicyArn }, label: `Attached policy ${policyName(state, PolicyArn)}` });
  for (const PolicyName of Object.keys(role.inlinePolicies).sort()) calls.push({ operation: 'DeleteRolePolicy', params: { RoleName, PolicyName }, label: `Inline policy ${PolicyName}` });
  calls.push({ operation: 'DeleteRole', params: { RoleName }, label: `Role ${RoleName}` });
  return calls;
}
