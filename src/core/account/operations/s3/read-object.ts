/** The shared first steps of GetObject and HeadObject. */
import type { ApiError } from '../../errors.ts';
import { isApiError } from '../../errors.ts';
import type { S3Object } from '../../model.ts';
import type { OpContext } from '../../operation.ts';
import { openBucket, s3Authorize } from './authorize.ts';
import { noSuchKey } from './errors.ts';
import { bucketArn, objectArn } from './names.ts';

/**
 * The object, after S3's checks: the bucket exists, s3:GetObject is allowed on the object ARN, and the key
 * exists. For a missing key S3 answers NoSuchKey (404) only when the caller may also s3:ListBucket the
 * bucket; otherwise it answers 403 so that callers who cannot list cannot learn which keys exist. The 403
 * names the missing s3:ListBucket permission.
 */
export function readObject(ctx: OpContext, bucketName: string, key: string, expectedOwner: string | undefined): S3Object | ApiError {
  const bucket = openBucket(ctx, bucketName, 's3:GetObject', { resource: objectArn(bucketName, key), expectedOwner });
  if (isApiError(bucket)) return bucket;
  const obj = bucket.objects[key];
  if (obj) return obj;
  return s3Authorize(ctx, { action: 's3:ListBucket', resource: bucketArn(bucketName), bucket }) ?? noSuchKey();
}
