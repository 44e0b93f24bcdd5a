/** Starting templates for the policy editor, each with a plain explanation. */
import type { EditorPolicyKind } from './policy-test.ts';

/** One starting point. */
export interface PolicyTemplate {
  id: string;
  title: string;
  kind: EditorPolicyKind;
  /** Why it is written this way, in one or two sentences. */
  explanation: string;
  text: string;
}

const doc = (statements: unknown[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

export const TEMPLATES: readonly PolicyTemplate[] = [
  {
    id: 'read-one-bucket',
    title: 'Read one bucket',
    kind: 'identity',
    explanation:
      'Two statements, because S3 has two kinds of resource: ListBucket acts on the bucket (arn:aws:s3:::NAME), GetObject on the objects in it (arn:aws:s3:::NAME/*). Replace YOUR_BUCKET with the bucket name, in both places; no wildcard in the name, or look-alike buckets open too.',
    text: doc([
      { Sid: 'ListTheBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::YOUR_BUCKET' },
      { Sid: 'ReadItsObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::YOUR_BUCKET/*' },
    ]),
  },
  {
    id: 'read-only',
    title: 'Read-only (IAM and S3)',
    kind: 'identity',
    explanation:
      'Wildcards by verb: Get*, List* and Describe-style actions only read. Broad on purpose — fine for auditors, too wide for most jobs; hover over a wildcard to see how many actions it matches.',
    text: doc([{ Sid: 'ReadOnly', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*'], Resource: '*' }]),
  },
  {
    id: 'deny-without-mfa',
    title: 'Deny everything without MFA',
    kind: 'identity',
    explanation:
      'An explicit Deny overrides every Allow. BoolIfExists also denies when the key is missing (long-term access keys carry no MFA), and NotAction leaves the learner able to set up MFA and see their own user.',
    text: doc([
      {
        Sid: 'DenyAllWithoutMFA',
        Effect: 'Deny',
        NotAction: ['iam:ListMFADevices', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'sts:GetSessionToken'],
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ]),
  },
];
