/** IAM quotas (IAM User Guide: IAM and AWS STS quotas). One table, read by operations and GetAccountSummary. */
export const QUOTAS = {
  UsersPerAccount: 5000,
  GroupsPerAccount: 300,
  PoliciesPerAccount: 1500,
  RolesPerAccount: 1000,
  GroupsPerUser: 10,
  AccessKeysPerUser: 2,
  AttachedPoliciesPerUserQuota: 10,
  AttachedPoliciesPerGroupQuota: 10,
  AttachedPoliciesPerRoleQuota: 10,
  PolicyVersionsInUseQuota: 10000,
  VersionsPerPolicyQuota: 5,
  PolicySizeQuota: 6144,
  UserPolicySizeQuota: 2048,
  GroupPolicySizeQuota: 5120,
  RolePolicySizeQuota: 10240,
  AssumeRolePolicySizeQuota: 2048,
  MFADevicesPerUser: 8,
  ServerCertificatesPerAccount: 20,
  InstanceProfilesPerAccount: 1000,
  SigningCertificatesPerUserQuota: 2,
  GlobalEndpointTokenVersion: 1,
} as const;

/** `Cannot exceed quota for UsersPerAccount: 5000` */
export function quotaMessage(name: keyof typeof QUOTAS): string {
  return `Cannot exceed quota for ${name}: ${QUOTAS[name]}`;
}
