/** IAMUserChangePassword (AWS managed, v3): a user may change their own password (policy variable ${aws:username}). */
import type { AwsManagedSource } from '../index.ts';

export const IAMUserChangePassword: AwsManagedSource = {
  name: 'IAMUserChangePassword',
  path: '/',
  description: 'Provides the ability for an IAM user to change their own password.',
  versionId: 'v3',
  createDate: '2016-11-15T00:25:16+00:00',
  updateDate: '2025-05-29T21:52:00+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['iam:ChangePassword'],
        Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
      },
      { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
    ],
  },
};
