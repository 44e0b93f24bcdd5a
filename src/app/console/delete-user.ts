/**
 * Deleting a user in one go, as the IAM console does: AWS's DeleteUser refuses (DeleteConflict) while the
 * user still has a console password, access keys, MFA devices, group memberships or policies, so the
 * console first makes the calls the command line makes you type one by one. This file plans those calls
 * from the account as it is; the console runs them in order and stops at the first failure.
 */
import type { AccountState } from '../../core/account/model.ts';
import type { PlannedCall } from './create-user.ts';

/** One call of a delete plan, with what it removes in a few words (shown before the learner confirms). */
export interface CleanupCall extends PlannedCall {
  label: string;
}

/** The one line every delete dialog shows: why the command line needs the calls before the delete itself. */
export const CLEANUP_NOTE = 'From the command line you make each of these calls yourself first: the final delete fails with DeleteConflict while anything is left.';

/** Whether the text typed in a delete dialog is exactly the name (AWS compares it as written). */
export function confirmMatches(typed: string, name: string): boolean {
  return typed === name;
}

/**
 * The calls that delete user `name` with everything attached, in the order the console makes them:
 * login profile, access keys, MFA devices (deactivated, then a virtual one deleted), group memberships,
 * managed policies, inline policies, then DeleteUser. Undefined when there is no such user.
 */
export function deleteUserCalls(state: AccountState, name: string): CleanupCall[] | undefined {
  const user = state.users[name.toLowerCase()];
  if (!user) return undefined;
  const UserName = user.userName;
  const calls: CleanupCall[] = [];
  if (user.loginProfile) calls.push({ operation: 'DeleteLoginProfile', params: { UserName }, label: 'Console password' });
  for (const key of user.accessKeys) calls.push({ operation: 'DeleteAccessKey', params: { UserName, AccessKeyId: key.accessKeyId }, label: `Access key ${key.accessKeyId}` });
  // Signing certificates, SSH keys and service credentials are not modelled by the lab.
  const devices = Object.values(state.mfaDevices)
    .filter((d) => d.enabledFor === UserName)
    .sort((a, b) => a.serialNumber.localeCompare(b.serialNumber));
  for (const d of devices) {
    calls.push({ operation: 'DeactivateMFADevice', params: { UserName, SerialNumber: d.serialNumber }, label: `MFA device ${d.serialNumber} (deactivated)` });
    if (d.kind === 'virtual') calls.push({ operation: 'DeleteVirtualMFADevice', params: { SerialNumber: d.serialNumber }, label: `Virtual MFA device ${d.serialNumber} (deleted)` });
  }
  for (const g of user.groups) {
    const GroupName = state.groups[g.toLowerCase()]?.groupName ?? g;
    calls.push({ operation: 'RemoveUserFromGroup', params: { GroupName, UserName }, label: `Membership of group ${GroupName}` });
  }
  for (const PolicyArn of user.attachedPolicies) calls.push({ operation: 'DetachUserPolicy', params: { UserName, PolicyArn }, label: `Attached policy ${policyName(state, PolicyArn)}` });
  for (const PolicyName of Object.keys(user.inlinePolicies).sort()) calls.push({ operation: 'DeleteUserPolicy', params: { UserName, PolicyName }, label: `Inline policy ${PolicyName}` });
  calls.push({ operation: 'DeleteUser', params: { UserName }, label: `User ${UserName}` });
  return calls;
}

/** A managed policy's name for a label. */
export function policyName(state: AccountState, arn: string): string {
  return state.policies[arn]?.policyName ?? arn.split('/').pop() ?? arn;
}
