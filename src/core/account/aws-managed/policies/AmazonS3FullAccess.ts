/** AmazonS3FullAccess (AWS managed, v2): all of S3 and S3 Object Lambda. */
import type { AwsManagedSource } from '../index.ts';

export const AmazonS3FullAccess: AwsManagedSource = {
  name: 'AmazonS3FullAccess',
  path: '/',
  description: 'Provides full access to all buckets via the AWS Management Console.',
  versionId: 'v2',
  createDate: '2015-02-06T18:40:58+00:00',
  updateDate: '2021-09-27T20:16:37+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }],
  },
};
