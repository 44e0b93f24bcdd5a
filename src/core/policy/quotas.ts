import type { PolicyKind } from './types.ts';

/** A size quota for one kind of policy document. */
export interface SizeQuota {
  /** Maximum characters. */
  limit: number;
  /** True when whitespace counts (SCPs); IAM does not count whitespace. */
  countsWhitespace: boolean;
  /** What the quota is called in AWS's documentation. */
  label: string;
  /** Access Analyzer's issue code for going over it. */
  issueCode: string;
}

/**
 * Size quotas per policy kind (checked against AWS's documentation):
 * - IAM and AWS STS quotas: managed policy 6,144 characters, role trust policy 2,048 (adjustable
 *   to 4,096), session policies 2,048 (AssumeRole `Policy`); IAM does not count white space.
 * - AWS Organizations quotas: service control policy 5,120 characters, every character counts.
 * - Amazon S3: a bucket policy is limited to 20 KB.
 */
export const SIZE_QUOTAS: Readonly<Record<PolicyKind, SizeQuota>> = {
  identity: { limit: 6144, countsWhitespace: false, label: 'managed policy', issueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA' },
  boundary: { limit: 6144, countsWhitespace: false, label: 'managed policy used as a permissions boundary', issueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA' },
  session: { limit: 2048, countsWhitespace: false, label: 'session policy', issueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA' },
  trust: { limit: 2048, countsWhitespace: false, label: 'role trust policy', issueCode: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA' },
  resource: { limit: 20480, countsWhitespace: false, label: 'bucket policy', issueCode: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA' },
  scp: { limit: 5120, countsWhitespace: true, label: 'service control policy', issueCode: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA' },
};

/** The size of a policy text as the quota for its kind counts it. */
export function policySize(text: string, quota: SizeQuota): number {
  if (quota.countsWhitespace) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return n;
}
