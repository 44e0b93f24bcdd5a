/** CreateBucket: a new general purpose bucket, named by S3's naming rules, in the request's region. */
import type { Bucket } from '../../model.ts';
import { defineOperation } from '../../operation.ts';
import { s3Authorize } from './authorize.ts';
import { BUCKET_PARAM } from './common.ts';
import { bucketAlreadyOwnedByYou, illegalLocationConstraint, invalidBucketName, invalidLocationConstraint, tooManyBuckets } from './errors.ts';
import { bucketArn, bucketNameProblem } from './names.ts';

/** General purpose buckets an account may have (the default quota). */
export const BUCKETS_PER_ACCOUNT = 10000;

export interface CreateBucketParams {
  Bucket: string;
  CreateBucketConfiguration?: { LocationConstraint?: string };
}

export const CreateBucket = defineOperation<CreateBucketParams, { Location: string } | undefined>({
  service: 's3',
  name: 'CreateBucket',
  summary: 'Creates a new S3 bucket.',
  params: [
    BUCKET_PARAM,
    {
      name: 'CreateBucketConfiguration',
      type: 'structure',
      doc: 'LocationConstraint=REGION: the region to create the bucket in (omit for us-east-1).',
      members: [{ name: 'LocationConstraint', type: 'string' }],
    },
  ],
  resource: (_ctx, p) => bucketArn(p.Bucket),
  // S3 authorizes inside run (see authorize.ts).
  noAuthorization: true,
  run(ctx, p) {
    if (bucketNameProblem(p.Bucket)) return invalidBucketName();
    const constraint = p.CreateBucketConfiguration?.LocationConstraint;
    // The us-east-1 endpoint takes any other region's constraint; a regional endpoint only its own.
    let region: string;
    if (ctx.region === 'us-east-1') {
      if (constraint === 'us-east-1') return invalidLocationConstraint();
      region = constraint ?? 'us-east-1';
    } else {
      if (constraint !== ctx.region) return illegalLocationConstraint(constraint ?? 'unspecified');
      region = constraint;
    }
    const context = constraint !== undefined ? { 's3:locationconstraint': constraint } : undefined;
    const denied = s3Authorize(ctx, { action: 's3:CreateBucket', resource: bucketArn(p.Bucket), ...(context ? { context } : {}) });
    if (denied) return denied;
    const existing = ctx.state.buckets[p.Bucket];
    if (existing) {
      // Legacy behaviour of N. Virginia: re-creating your own bucket there succeeds and changes nothing.
      if (existing.region === 'us-east-1' && region === 'us-east-1') return { Location: `/${p.Bucket}` };
      return bucketAlreadyOwnedByYou();
    }
    if (Object.keys(ctx.state.buckets).length >= BUCKETS_PER_ACCOUNT) return tooManyBuckets();
    const bucket: Bucket = { name: p.Bucket, region, creationDate: ctx.nowIso, objects: {} };
    ctx.state.buckets[p.Bucket] = bucket;
    return { Location: region === 'us-east-1' ? `/${p.Bucket}` : `http://${p.Bucket}.s3.amazonaws.com/` };
  },
});

