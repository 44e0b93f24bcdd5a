/** Pieces shared by the S3 operations: parameter specs, bucket look-up, new objects, the owner's id. */
import type { AccountState, S3Object } from '../../model.ts';
import type { ParamSpec } from '../../params.ts';
import { md5Hex, utf8 } from './md5.ts';

/** The `Bucket` parameter. */
export const BUCKET_PARAM: ParamSpec = { name: 'Bucket', type: 'string', required: true, doc: 'The bucket name.' };
/** The `Key` parameter (1 character or more). */
export const KEY_PARAM: ParamSpec = { name: 'Key', type: 'string', required: true, min: 1, doc: 'The object key.' };
/** The `ExpectedBucketOwner` parameter most S3 operations accept. */
export const EXPECTED_OWNER_PARAM: ParamSpec = { name: 'ExpectedBucketOwner', type: 'string', doc: 'The account id you expect to own the bucket.' };

/** The content type S3 stores when a PutObject gives none. */
export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

/** A new object; its ETag is the quoted MD5 of the body, as S3 gives single-part uploads. */
export function makeObject(key: string, body: string, contentType: string | undefined, nowIso: string): S3Object {
  return { key, body, contentType: contentType ?? DEFAULT_CONTENT_TYPE, lastModified: nowIso, etag: `"${md5Hex(body)}"`, size: utf8(body).length };
}

/**
 * The account's S3 canonical user id (64 hex digits), derived from the account id so it is stable.
 * Real canonical ids are opaque; this one only has their shape.
 */
export function canonicalUserId(state: AccountState): string {
  return md5Hex(`canonical:${state.accountId}`) + md5Hex(`user:${state.accountId}`);
}

/** The metadata GetObject and HeadObject print for an object (all but the body). */
export function objectHeaders(obj: S3Object): Record<string, unknown> {
  return {
    AcceptRanges: 'bytes',
    LastModified: obj.lastModified,
    ContentLength: obj.size,
    ETag: obj.etag,
    ContentType: obj.contentType,
    ServerSideEncryption: 'AES256',
    Metadata: {},
  };
}
