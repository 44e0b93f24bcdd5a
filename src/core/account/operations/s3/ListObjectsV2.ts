/**
 * ListObjectsV2: up to 1,000 keys of a bucket in UTF-8 binary order, with Prefix, Delimiter
 * (CommonPrefixes), MaxKeys, StartAfter and continuation tokens. Authorized as s3:ListBucket on the
 * bucket with the s3:prefix, s3:delimiter and s3:max-keys condition keys.
 */
import type { RequestContext } from '../../../engine/types.ts';
import { isApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';
import { openBucket } from './authorize.ts';
import { BUCKET_PARAM, canonicalUserId, EXPECTED_OWNER_PARAM } from './common.ts';
import { invalidArgument } from './errors.ts';
import { LIST_LIMIT, listPage, sortedObjects } from './list.ts';
import { bucketArn } from './names.ts';

export interface ListObjectsV2Params {
  Bucket: string;
  Delimiter?: string;
  MaxKeys?: number;
  Prefix?: string;
  ContinuationToken?: string;
  FetchOwner?: boolean;
  StartAfter?: string;
  ExpectedBucketOwner?: string;
}

/**
 * The condition keys of a listing. s3:prefix is always set, empty without a prefix (S3's examples match
 * a listing of the bucket root with `"s3:prefix": ""`); s3:delimiter and s3:max-keys only when given.
 */
export function listContext(p: ListObjectsV2Params): RequestContext {
  const c: RequestContext = { 's3:prefix': p.Prefix ?? '' };
  if (p.Delimiter !== undefined) c['s3:delimiter'] = p.Delimiter;
  if (p.MaxKeys !== undefined) c['s3:max-keys'] = p.MaxKeys;
  return c;
}

export const ListObjectsV2 = defineOperation<ListObjectsV2Params, Record<string, unknown>>({
  service: 's3',
  name: 'ListObjectsV2',
  action: 's3:ListBucket',
  summary: 'Returns some or all (up to 1,000) of the objects in a bucket.',
  params: [
    BUCKET_PARAM,
    { name: 'Delimiter', type: 'string', doc: 'A character you use to group keys, such as /.' },
    { name: 'MaxKeys', type: 'integer', doc: 'How many keys to return at most (default and maximum 1,000).' },
    { name: 'Prefix', type: 'string', doc: 'Only keys that begin with this prefix.' },
    { name: 'ContinuationToken', type: 'string', doc: 'Where to continue, from NextContinuationToken.' },
    { name: 'FetchOwner', type: 'boolean', doc: 'Return the owner of each key.' },
    { name: 'StartAfter', type: 'string', doc: 'Start listing after this key.' },
    EXPECTED_OWNER_PARAM,
  ],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  context: (_ctx, p) => listContext(p),
  noAuthorization: true,
  run(ctx, p) {
    const bucket = openBucket(ctx, p.Bucket, 's3:ListBucket', { context: listContext(p), expectedOwner: p.ExpectedBucketOwner });
    if (isApiError(bucket)) return bucket;
    if (p.MaxKeys !== undefined && p.MaxKeys < 0) return invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647');
    const page = listPage(sortedObjects(Object.values(bucket.objects)), p);
    if (!page) return invalidArgument('The continuation token provided is incorrect');
    const owner = p.FetchOwner ? { ID: canonicalUserId(ctx.state) } : undefined;
    const out: Record<string, unknown> = { IsTruncated: page.isTruncated };
    if (page.contents.length > 0) {
      out.Contents = page.contents.map((o) => ({
        Key: o.key,
        LastModified: o.lastModified,
        ETag: o.etag,
        Size: o.size,
        StorageClass: 'STANDARD',
        ...(owner ? { Owner: owner } : {}),
      }));
    }
    out.Name = bucket.name;
    out.Prefix = p.Prefix ?? '';
    if (p.Delimiter !== undefined) out.Delimiter = p.Delimiter;
    out.MaxKeys = p.MaxKeys ?? LIST_LIMIT;
    if (page.commonPrefixes.length > 0) out.CommonPrefixes = page.commonPrefixes.map((prefix) => ({ Prefix: prefix }));
    out.KeyCount = page.contents.length + page.commonPrefixes.length;
    if (p.ContinuationToken !== undefined) out.ContinuationToken = p.ContinuationToken;
    if (page.nextContinuationToken !== undefined) out.NextContinuationToken = page.nextContinuationToken;
    if (p.StartAfter !== undefined) out.StartAfter = p.StartAfter;
    return out;
  },
});
