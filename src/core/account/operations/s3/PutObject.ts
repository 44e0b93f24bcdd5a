/** PutObject: stores an object (replacing any with the same key); the ETag is the quoted MD5 of the body. */
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM, KEY_PARAM, makeObject } from './common.ts';
import { keyTooLong } from './errors.ts';
import { keyFits, objectArn } from './names.ts';

export interface PutObjectParams {
  Bucket: string;
  Key: string;
  /** The object's content as text (the command line reads `--body FILE`). */
  Body?: string;
  ContentType?: string;
  ExpectedBucketOwner?: string;
}

export const PutObject = defineOperation<PutObjectParams, Record<string, unknown>>({
  service: 's3',
  name: 'PutObject',
  summary: 'Adds an object to a bucket.',
  params: [
    BUCKET_PARAM,
    KEY_PARAM,
    // Object content stays out of the event history, as CloudTrail records no object data.
    { name: 'Body', type: 'blob', secret: true, doc: 'The object data.' },
    { name: 'ContentType', type: 'string', doc: 'A standard MIME type describing the format of the contents.' },
    EXPECTED_OWNER_PARAM,
  ],
  resource: (_ctx, p) => objectArn(p.Bucket, p.Key),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:PutObject', { resource: objectArn(p.Bucket, p.Key), expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    if (!keyFits(p.Key)) return keyTooLong();
    const obj = makeObject(p.Key, p.Body ?? '', p.ContentType, ctx.nowIso);
    bucket.objects[p.Key] = obj;
    return { ETag: obj.etag, ServerSideEncryption: 'AES256' };
  },
});
