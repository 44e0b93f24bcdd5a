/** GetBucketPolicy: the bucket policy as stored; root may always read it, whatever the policy says. */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM } from './common.ts';
import { noSuchBucketPolicy } from './errors.ts';
import { bucketArn } from './names.ts';

export interface GetBucketPolicyParams {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export const GetBucketPolicy = defineOperation<GetBucketPolicyParams, { Policy: string }>({
  service: 's3',
  name: 'GetBucketPolicy',
  summary: 'Returns the policy of a specified bucket.',
  params: [BUCKET_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:GetBucketPolicy', { rootIgnoresBucketPolicy: true, expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    if (bucket.policy === undefined) return noSuchBucketPolicy();
    return { Policy: bucket.policy };
  },
});
