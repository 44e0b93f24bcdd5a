/** AmazonS3ReadOnlyAccess (AWS managed, v3): S3 Get/List/Describe and S3 Object Lambda Get/List. */
import type { AwsManagedSource } from '../index.ts';

export const AmazonS3ReadOnlyAccess: AwsManagedSource = {
  name: 'AmazonS3ReadOnlyAccess',
  path: '/',
  description: 'Provides read only access to all buckets via the AWS Management Console.',
  versionId: 'v3',
  createDate: '2015-02-06T18:40:59+00:00',
  updateDate: '2023-08-10T21:31:39+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'],
        Resource: '*',
      },
    ],
  },
};
