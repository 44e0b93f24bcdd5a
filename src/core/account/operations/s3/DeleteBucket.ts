/** DeleteBucket: removes an empty bucket (and its bucket policy). */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM } from './common.ts';
import { bucketNotEmpty } from './errors.ts';
import { bucketArn } from './names.ts';

export interface DeleteBucketParams {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export const DeleteBucket = defineOperation<DeleteBucketParams, undefined>({
  service: 's3',
  name: 'DeleteBucket',
  summary: 'Deletes the S3 bucket. All objects in the bucket must be deleted first.',
  params: [BUCKET_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:DeleteBucket', { expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    if (Object.keys(bucket.objects).length > 0) return bucketNotEmpty();
    delete ctx.state.buckets[p.Bucket];
    return undefined;
  },
});
