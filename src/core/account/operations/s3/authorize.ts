/**
 * Authorization of S3 calls, done by each S3 operation itself rather than by `invoke`, because S3's order
 * differs from IAM's: a request for a bucket that does not exist fails with NoSuchBucket before any policy
 * is read (there is no owner to ask), GetObject on a missing key answers NoSuchKey only to callers allowed
 * s3:ListBucket, HEAD requests carry no error body, and the bucket owner's root user may always get, put
 * and delete the bucket policy even when that policy denies it.
 */
import type { RequestContext } from '../../../engine/types.ts';
import { authorizeCall, accessDeniedMessage } from '../../authorize-call.ts';
import { ApiError } from '../../errors.ts';
import type { Bucket } from '../../model.ts';
import type { OpContext } from '../../operation.ts';
import { noSuchBucket } from './errors.ts';

/** What one S3 permission check is about. */
export interface S3Check {
  /** The IAM action, e.g. `s3:GetObject`. */
  action: string;
  /** `arn:aws:s3:::bucket`, `arn:aws:s3:::bucket/key`, or `*`. */
  resource: string;
  /** The bucket whose policy applies, when there is one. */
  bucket?: Bucket;
  /** Condition keys this request sets beyond the ones every S3 request sets. */
  context?: RequestContext;
  /**
   * GetBucketPolicy, PutBucketPolicy and DeleteBucketPolicy: the bucket owner's root user is not bound by
   * the bucket policy, so a policy that locks everyone out can still be read, replaced or deleted.
   */
  rootIgnoresBucketPolicy?: boolean;
}

/** Condition keys S3 sets on every authenticated request from the simulated command line. */
export function s3RequestKeys(ctx: OpContext): RequestContext {
  return {
    's3:ResourceAccount': ctx.state.accountId,
    's3:authType': 'REST-HEADER',
    's3:signatureversion': 'AWS4-HMAC-SHA256',
    's3:TlsVersion': 1.3,
  };
}

/**
 * S3's AccessDenied: for requests from the bucket owner's own account S3 words it as IAM does, with the
 * resource ARN in double quotes; anonymous callers get the bare "Access Denied".
 */
export function s3AccessDenied(message: string): ApiError {
  return new ApiError('AccessDenied', message, 403);
}

/** Check one S3 permission as the call's caller; an AccessDenied error when it is not allowed. */
export function s3Authorize(ctx: OpContext, check: S3Check): ApiError | undefined {
  const ignorePolicy = check.rootIgnoresBucketPolicy === true && ctx.caller.type === 'Root';
  const policy = ignorePolicy ? undefined : check.bucket?.policy;
  let authz;
  try {
    authz = authorizeCall(ctx, check.action, check.resource, policy, { ...s3RequestKeys(ctx), ...check.context });
  } catch {
    return new ApiError('InternalError', 'We encountered an internal error. Please try again.', 500);
  }
  if (!authz.error) return undefined;
  if (ctx.caller.type === 'Anonymous') return s3AccessDenied('Access Denied');
  const plain = accessDeniedMessage(ctx.caller, check.action, check.resource, authz.decision);
  return s3AccessDenied(plain.replace(`on resource: ${check.resource}`, `on resource: "${check.resource}"`));
}

/** True when the caller may perform the action (no error wording needed). */
export function s3Allowed(ctx: OpContext, check: S3Check): boolean {
  return s3Authorize(ctx, check) === undefined;
}

/** Options of openBucket. */
export interface OpenOptions {
  /** The ARN authorized, when not the bucket's own (object operations). */
  resource?: string;
  context?: RequestContext;
  rootIgnoresBucketPolicy?: boolean;
  /** ExpectedBucketOwner as given. */
  expectedOwner?: string;
}

/**
 * The first steps of every bucket-level call, in S3's order: the bucket must exist (NoSuchBucket
 * otherwise, whoever asks), it must belong to the expected owner, and the caller must be allowed the
 * action on it (or on the object ARN given).
 */
export function openBucket(ctx: OpContext, name: string, action: string, options: OpenOptions = {}): Bucket | ApiError {
  const bucket = ctx.state.buckets[name];
  if (!bucket) return noSuchBucket();
  if (options.expectedOwner !== undefined && options.expectedOwner !== ctx.state.accountId) return s3AccessDenied('Access Denied');
  const check: S3Check = { action, resource: options.resource ?? `arn:aws:s3:::${name}`, bucket };
  if (options.context) check.context = options.context;
  if (options.rootIgnoresBucketPolicy) check.rootIgnoresBucketPolicy = true;
  return s3Authorize(ctx, check) ?? bucket;
}
