/** HeadObject: an object's metadata without its content; errors are bare status codes (no body on HEAD). */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM, KEY_PARAM, objectHeaders } from './common.ts';
import { headError } from './errors.ts';
import { objectArn } from './names.ts';
import { readObject } from './read-object.ts';

export interface HeadObjectParams {
  Bucket: string;
  Key: string;
  ExpectedBucketOwner?: string;
}

export const HeadObject = defineOperation<HeadObjectParams, Record<string, unknown>>({
  service: 's3',
  name: 'HeadObject',
  action: 's3:GetObject',
  summary: "Retrieves an object's metadata without returning the object itself.",
  params: [BUCKET_PARAM, KEY_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => objectArn(p.Bucket, p.Key),
  noAuthorization: true,
  run(ctx, p) {
    const obj = readObject(ctx, p.Bucket, p.Key, p.ExpectedBucketOwner);
    if (isApiError(obj)) return headError(obj);
    return objectHeaders(obj);
  },
});
