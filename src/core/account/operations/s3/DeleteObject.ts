/** DeleteObject: removes an object; deleting a key that does not exist succeeds too, as in S3. */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM, KEY_PARAM } from './common.ts';
import { objectArn } from './names.ts';

export interface DeleteObjectParams {
  Bucket: string;
  Key: string;
  ExpectedBucketOwner?: string;
}

export const DeleteObject = defineOperation<DeleteObjectParams, undefined>({
  service: 's3',
  name: 'DeleteObject',
  summary: 'Removes an object from a bucket.',
  params: [BUCKET_PARAM, KEY_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => objectArn(p.Bucket, p.Key),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:DeleteObject', { resource: objectArn(p.Bucket, p.Key), expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    delete bucket.objects[p.Key];
    return undefined;
  },
});
