/** GetObject: an object's content and metadata. */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM, KEY_PARAM, objectHeaders } from './common.ts';
import { objectArn } from './names.ts';
import { readObject } from './read-object.ts';

export interface GetObjectParams {
  Bucket: string;
  Key: string;
  ExpectedBucketOwner?: string;
}

export const GetObject = defineOperation<GetObjectParams, Record<string, unknown>>({
  service: 's3',
  name: 'GetObject',
  summary: 'Retrieves an object from Amazon S3.',
  params: [BUCKET_PARAM, KEY_PARAM, EXPECTED_OWNER_PARAM],
  resource: (_ctx, p) => objectArn(p.Bucket, p.Key),
  noAuthorization: true,
  run(ctx, p) {
    const obj = readObject(ctx, p.Bucket, p.Key, p.ExpectedBucketOwner);
    if (isApiError(obj)) return obj;
    return { Body: obj.body, ...objectHeaders(obj) };
  },
});
