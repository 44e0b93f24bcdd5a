/** S3 operations. */
import type { OperationDef } from '../../operation.ts';
import { CopyObject } from './CopyObject.ts';
import { CreateBucket } from './CreateBucket.ts';
import { DeleteBucket } from './DeleteBucket.ts';
import { DeleteBucketPolicy } from './DeleteBucketPolicy.ts';
import { DeleteObject } from './DeleteObject.ts';
import { GetBucketPolicy } from './GetBucketPolicy.ts';
import { GetObject } from './GetObject.ts';
import { HeadBucket } from './HeadBucket.ts';
import { HeadObject } from './HeadObject.ts';
import { ListBuckets } from './ListBuckets.ts';
import { ListObjectsV2 } from './ListObjectsV2.ts';
import { PutBucketPolicy } from './PutBucketPolicy.ts';
import { PutObject } from './PutObject.ts';

export { seedBucket, type SeedObject } from './seed.ts';

export const s3Operations: readonly OperationDef<never, unknown>[] = [
  CreateBucket,
  DeleteBucket,
  ListBuckets,
  HeadBucket,
  PutObject,
  GetObject,
  HeadObject,
  DeleteObject,
  CopyObject,
  ListObjectsV2,
  PutBucketPolicy,
  GetBucketPolicy,
  DeleteBucketPolicy,
] as readonly OperationDef<never, unknown>[];
