/** PowerUserAccess (AWS managed, v12): everything except IAM, Organizations and Account, plus a few reads. */
import type { AwsManagedSource } from '../index.ts';

export const PowerUserAccess: AwsManagedSource = {
  name: 'PowerUserAccess',
  path: '/',
  description: 'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
  versionId: 'v12',
  createDate: '2015-02-06T18:39:47+00:00',
  updateDate: '2026-02-12T17:59:00+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: [
          'account:GetAccountInformation',
          'account:GetGovCloudAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeEffectivePolicy',
          'organizations:DescribeOrganization',
        ],
        Resource: '*',
      },
    ],
  },
};
