/**
 * HeadBucket: whether the bucket exists and the caller may use it (s3:ListBucket). A HEAD response has
 * no body, so errors come back as bare status codes: `(404) ... Not Found`, `(403) ... Forbidden`.
 */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM } from './common.ts';
import { headError } from './errors.ts';
import { bucketArn } from './names.ts';

export interface HeadBucketParams {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export const HeadBucket = defineOperation<HeadBucketParams, Record<string, unknown>>({
  service: 's3',
  name: 'HeadBucket',
  action: 's3:ListBucket',
  summary: 'Determines whether a bucket exists and whether you have permission to access it.',
  params: [BUCKET_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:ListBucket', { expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return headError(bucket);
    return { BucketRegion: bucket.region, AccessPointAlias: false };
  },
});
