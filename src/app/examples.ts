import type { PolicySetKind } from '../core/engine/types.ts';
import type { ContextValueType } from './context-rows.ts';

/** A ready-made simulator setup that shows one rule of IAM's evaluation logic. */
export interface Example {
  id: string;
  title: string;
  /** One or two sentences: what to look at and what to try next. */
  lesson: string;
  policies: { kind: PolicySetKind; name: string; document: unknown }[];
  request: {
    principal: string;
    action: string;
    resource: string;
    resourceAccount?: string;
    context?: { key: string; type: ContextValueType; value: string }[];
  };
}

const ACCOUNT = '111122223333';
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;

/** The examples offered by the "load example" menu, in menu order. */
export const EXAMPLES: readonly Example[] = [
  {
    id: 'deny-beats-allow',
    title: 'An explicit deny beats an allow',
    lesson:
      'One policy allows every S3 action; another denies deleting buckets. Try s3:ListBucket to see the allow win when no deny applies.',
    policies: [
      {
        kind: 'identity',
        name: 'S3FullAccess',
        document: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        },
      },
      {
        kind: 'identity',
        name: 'ProtectBuckets',
        document: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'NoBucketDeletes', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' },
          ],
        },
      },
    ],
    request: { principal: ALICE, action: 's3:DeleteBucket', resource: 'arn:aws:s3:::team-reports' },
  },
  {
    id: 'mfa-condition',
    title: 'A condition that asks for MFA',
    lesson:
      'Stopping instances is allowed only when the caller signed in with MFA. Change aws:MultiFactorAuthPresent to true, or delete the row to see a missing context key.',
    policies: [
      {
        kind: 'identity',
        name: 'StopWithMfa',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'StopInstancesWithMfa',
              Effect: 'Allow',
              Action: ['ec2:StopInstances', 'ec2:StartInstances'],
              Resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`,
              Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
            },
          ],
        },
      },
    ],
    request: {
      principal: ALICE,
      action: 'ec2:StopInstances',
      resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`,
      context: [{ key: 'aws:MultiFactorAuthPresent', type: 'bool', value: 'false' }],
    },
  },
  {
    id: 'bucket-policy-user',
    title: 'A bucket policy that names a user',
    lesson:
      'Alice has no identity policy, yet the bucket policy names her ARN in the same account, so the resource policy alone allows the read. Change the principal to user/bob.',
    policies: [
      {
        kind: 'resource',
        name: 'team-reports bucket policy',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AliceReadsReports',
              Effect: 'Allow',
              Principal: { AWS: ALICE },
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::team-reports/*',
            },
          ],
        },
      },
    ],
    request: {
      principal: ALICE,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::team-reports/2024/q1.csv',
      resourceAccount: ACCOUNT,
    },
  },
  {
    id: 'boundary-limits-admin',
    title: 'A permissions boundary limits an administrator',
    lesson:
      'The identity policy allows everything, but the boundary allows only S3 and CloudWatch. Change the action to s3:PutObject to see both agree.',
    policies: [
      {
        kind: 'identity',
        name: 'AdministratorAccess',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        },
      },
      {
        kind: 'boundary',
        name: 'DeveloperBoundary',
        document: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'OnlyS3AndLogs', Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'logs:*'], Resource: '*' },
          ],
        },
      },
    ],
    request: { principal: ALICE, action: 'iam:CreateUser', resource: `arn:aws:iam::${ACCOUNT}:user/mallory` },
  },
];
