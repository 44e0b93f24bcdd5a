/**
 * DeleteBucketPolicy: removes the bucket policy (succeeds when there is none). The bucket owner's root
 * user can always do this — the way back in when a policy locks everyone out.
 */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM } from './common.ts';
import { bucketArn } from './names.ts';

export interface DeleteBucketPolicyParams {
  Bucket: string;
  ExpectedBucketOwner?: string;
}

export const DeleteBucketPolicy = defineOperation<DeleteBucketPolicyParams, undefined>({
  service: 's3',
  name: 'DeleteBucketPolicy',
  summary: 'Deletes the policy of a specified bucket.',
  params: [BUCKET_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:DeleteBucketPolicy', { rootIgnoresBucketPolicy: true, expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    delete bucket.policy;
    return undefined;
  },
});
