/** IAMFullAccess (AWS managed, v2): all of IAM plus the Organizations reads the IAM console uses. */
import type { AwsManagedSource } from '../index.ts';

export const IAMFullAccess: AwsManagedSource = {
  name: 'IAMFullAccess',
  path: '/',
  description: 'Provides full access to IAM via the AWS Management Console.',
  versionId: 'v2',
  createDate: '2015-02-06T18:40:38+00:00',
  updateDate: '2019-06-21T19:40:00+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'iam:*',
          'organizations:DescribeAccount',
          'organizations:DescribeOrganization',
          'organizations:DescribeOrganizationalUnit',
          'organizations:DescribePolicy',
          'organizations:ListChildren',
          'organizations:ListParents',
          'organizations:ListPoliciesForTarget',
          'organizations:ListRoots',
          'organizations:ListPolicies',
          'organizations:ListTargetsForPolicy',
        ],
        Resource: '*',
      },
    ],
  },
};
