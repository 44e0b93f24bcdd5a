/**
 * PutBucketPolicy: sets the bucket policy after S3's checks (bucket-policy.ts). The bucket owner's root
 * user may always do this, even when the current policy denies it.
 */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { checkBucketPolicy } from './bucket-policy.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM } from './common.ts';
import { bucketArn } from './names.ts';

export interface PutBucketPolicyParams {
  Bucket: string;
  Policy: string;
  ConfirmRemoveSelfBucketAccess?: boolean;
  ExpectedBucketOwner?: string;
}

export const PutBucketPolicy = defineOperation<PutBucketPolicyParams, undefined>({
  service: 's3',
  name: 'PutBucketPolicy',
  summary: 'Applies an Amazon S3 bucket policy to an Amazon S3 bucket.',
  params: [
    BUCKET_PARAM,
    { name: 'Policy', type: 'string', required: true, doc: 'The bucket policy as a JSON document.' },
    { name: 'ConfirmRemoveSelfBucketAccess', type: 'boolean', doc: 'Confirm that you may lose access to change this policy later.' },
    EXPECTED_OWNER_PARAM,
  ],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:PutBucketPolicy', { rootIgnoresBucketPolicy: true, expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    const problem = checkBucketPolicy(ctx.state, p.Bucket, p.Policy);
    if (problem) return problem;
    bucket.policy = p.Policy;
    return undefined;
  },
});
