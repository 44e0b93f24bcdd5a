/**
 * CopyObject: copies an object within or between buckets. Needs s3:GetObject on the source and
 * s3:PutObject on the target. MetadataDirective COPY (default) keeps the content type; REPLACE takes
 * the one given.
 */
import type { ApiError } from '../../errors.ts';
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket, s3Authorize } from './authorize.ts';
import { BUCKET_PARAM, EXPECTED_OWNER_PARAM, KEY_PARAM } from './common.ts';
import { invalidArgument, invalidRequest, keyTooLong, noSuchBucket, noSuchKey } from './errors.ts';
import { keyFits, objectArn } from './names.ts';

export interface CopyObjectParams {
  Bucket: string;
  Key: string;
  CopySource: string;
  MetadataDirective?: 'COPY' | 'REPLACE';
  ContentType?: string;
  ExpectedBucketOwner?: string;
}

/** `bucket/key` (or `/bucket/key`, URL-encoded, with an optional `?versionId=`) as bucket and key. */
export function parseCopySource(source: string): { bucket: string; key: string } | ApiError {
  let text = source.startsWith('/') ? source.slice(1) : source;
  const q = text.indexOf('?versionId=');
  if (q >= 0) text = text.slice(0, q);
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return invalidArgument('Invalid copy source encoding');
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) return invalidArgument('Copy Source must mention the source bucket and key: sourcebucket/sourcekey');
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1) };
}

export const CopyObject = defineOperation<CopyObjectParams, Record<string, unknown>>({
  service: 's3',
  name: 'CopyObject',
  action: 's3:PutObject',
  summary: 'Creates a copy of an object that is already stored in Amazon S3.',
  params: [
    BUCKET_PARAM,
    KEY_PARAM,
    { name: 'CopySource', type: 'string', required: true, doc: 'The source object, as bucket/key (URL-encoded).' },
    { name: 'MetadataDirective', type: 'string', enum: ['COPY', 'REPLACE'], doc: 'COPY (default) keeps the metadata; REPLACE uses the request.' },
    { name: 'ContentType', type: 'string', doc: 'Content type of the copy (with REPLACE).' },
    EXPECTED_OWNER_PARAM,
  ],
  resource: (_ctx, p) => objectArn(p.Bucket, p.Key),
  noAuthorization: true,
  run(ctx, p) {
    const source = parseCopySource(p.CopySource);
    if (isApiError(source)) return source;
    const target = openBucket(ctx, p.Bucket, 's3:PutObject', { resource: objectArn(p.Bucket, p.Key), expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(target)) return target;
    const from = ctx.state.buckets[source.bucket];
    if (!from) return noSuchBucket();
    const denied = s3Authorize(ctx, { action: 's3:GetObject', resource: objectArn(source.bucket, source.key), bucket: from });
    if (denied) return denied;
    const original = from.objects[source.key];
    if (!original) return noSuchKey();
    if (!keyFits(p.Key)) return keyTooLong();
    const replace = p.MetadataDirective === 'REPLACE';
    if (from === target && source.key === p.Key && !replace) {
      return invalidRequest(
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    const copy = { ...original, key: p.Key, lastModified: ctx.nowIso, contentType: replace ? (p.ContentType ?? 'binary/octet-stream') : original.contentType };
    target.objects[p.Key] = copy;
    return { ServerSideEncryption: 'AES256', CopyObjectResult: { ETag: copy.etag, LastModified: copy.lastModified } };
  },
});
