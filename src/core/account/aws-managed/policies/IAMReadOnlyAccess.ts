/** IAMReadOnlyAccess (AWS managed, v4): IAM Get/List, reports and the policy simulator. */
import type { AwsManagedSource } from '../index.ts';

export const IAMReadOnlyAccess: AwsManagedSource = {
  name: 'IAMReadOnlyAccess',
  path: '/',
  description: 'Provides read only access to IAM via the AWS Management Console.',
  versionId: 'v4',
  createDate: '2015-02-06T18:40:39+00:00',
  updateDate: '2018-01-25T19:11:27+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'iam:GenerateCredentialReport',
          'iam:GenerateServiceLastAccessedDetails',
          'iam:Get*',
          'iam:List*',
          'iam:SimulateCustomPolicy',
          'iam:SimulatePrincipalPolicy',
        ],
        Resource: '*',
      },
    ],
  },
};
