/** The SummaryMap of GetAccountSummary as a pure function of the account. */
import type { AccountState } from '../../../model.ts';
import { QUOTAS } from '../../../quotas.ts';

/** Every key GetAccountSummary returns (IAM API reference, SummaryMap valid keys). */
export const SUMMARY_KEYS = [
  'Users',
  'UsersQuota',
  'Groups',
  'GroupsQuota',
  'ServerCertificates',
  'ServerCertificatesQuota',
  'UserPolicySizeQuota',
  'GroupPolicySizeQuota',
  'GroupsPerUserQuota',
  'SigningCertificatesPerUserQuota',
  'AccessKeysPerUserQuota',
  'MFADevices',
  'MFADevicesInUse',
  'AccountMFAEnabled',
  'AccountAccessKeysPresent',
  'AccountPasswordPresent',
  'AccountSigningCertificatesPresent',
  'AttachedPoliciesPerGroupQuota',
  'AttachedPoliciesPerRoleQuota',
  'AttachedPoliciesPerUserQuota',
  'Policies',
  'PoliciesQuota',
  'PolicySizeQuota',
  'PolicyVersionsInUse',
  'PolicyVersionsInUseQuota',
  'VersionsPerPolicyQuota',
  'GlobalEndpointTokenVersion',
  'AssumeRolePolicySizeQuota',
  'InstanceProfiles',
  'InstanceProfilesQuota',
  'Providers',
  'RolePolicySizeQuota',
  'Roles',
  'RolesQuota',
] as const;

/** One key of the SummaryMap. */
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

/**
 * Counts and quotas of the account. Policies counts customer-managed policies only;
 * PolicyVersionsInUse counts attachments of managed policies (AWS and customer) to users, groups and
 * roles; AccountMFAEnabled and AccountAccessKeysPresent are about the root user (1 or 0).
 */
export function accountSummary(state: AccountState): Record<SummaryKey, number> {
  let policies = 0;
  for (const p of Object.values(state.policies)) if (!p.awsManaged) policies++;
  let attachments = 0;
  for (const u of Object.values(state.users)) attachments += u.attachedPolicies.length;
  for (const g of Object.values(state.groups)) attachments += g.attachedPolicies.length;
  for (const r of Object.values(state.roles)) attachments += r.attachedPolicies.length;
  let devices = 0;
  let inUse = 0;
  let rootMfa = false;
  for (const d of Object.values(state.mfaDevices)) {
    devices++;
    if (d.enabledFor !== undefined) inUse++;
    if (d.enabledFor === 'root') rootMfa = true;
  }
  return {
    Users: Object.keys(state.users).length,
    UsersQuota: QUOTAS.UsersPerAccount,
    Groups: Object.keys(state.groups).length,
    GroupsQuota: QUOTAS.GroupsPerAccount,
    ServerCertificates: 0,
    ServerCertificatesQuota: QUOTAS.ServerCertificatesPerAccount,
    UserPolicySizeQuota: QUOTAS.UserPolicySizeQuota,
    GroupPolicySizeQuota: QUOTAS.GroupPolicySizeQuota,
    GroupsPerUserQuota: QUOTAS.GroupsPerUser,
    SigningCertificatesPerUserQuota: QUOTAS.SigningCertificatesPerUserQuota,
    AccessKeysPerUserQuota: QUOTAS.AccessKeysPerUser,
    MFADevices: devices,
    MFADevicesInUse: inUse,
    AccountMFAEnabled: rootMfa ? 1 : 0,
    AccountAccessKeysPresent: state.root.accessKeys.length > 0 ? 1 : 0,
    AccountPasswordPresent: state.root.passwordHash !== '' ? 1 : 0,
    AccountSigningCertificatesPresent: 0,
    AttachedPoliciesPerGroupQuota: QUOTAS.AttachedPoliciesPerGroupQuota,
    AttachedPoliciesPerRoleQuota: QUOTAS.AttachedPoliciesPerRoleQuota,
    AttachedPoliciesPerUserQuota: QUOTAS.AttachedPoliciesPerUserQuota,
    Policies: policies,
    PoliciesQuota: QUOTAS.PoliciesPerAccount,
    PolicySizeQuota: QUOTAS.PolicySizeQuota,
    PolicyVersionsInUse: attachments,
    PolicyVersionsInUseQuota: QUOTAS.PolicyVersionsInUseQuota,
    VersionsPerPolicyQuota: QUOTAS.VersionsPerPolicyQuota,
    GlobalEndpointTokenVersion: QUOTAS.GlobalEndpointTokenVersion,
    AssumeRolePolicySizeQuota: QUOTAS.AssumeRolePolicySizeQuota,
    InstanceProfiles: 0,
    InstanceProfilesQuota: QUOTAS.InstanceProfilesPerAccount,
    Providers: 0,
    RolePolicySizeQuota: QUOTAS.RolePolicySizeQuota,
    Roles: Object.keys(state.roles).length,
    RolesQuota: QUOTAS.RolesPerAccount,
  };
}
