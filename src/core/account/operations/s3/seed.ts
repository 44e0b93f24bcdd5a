/** Start-state buckets for lessons: `seedBucket(state, 'payroll', [{ key: 'salaries.csv', body: '...' }], nowIso)`. */
import type { AccountState, Bucket } from '../../model.ts';
import { makeObject } from './common.ts';
import { bucketNameProblem, compareKeys } from './names.ts';

/** An object to put in a seeded bucket. */
export interface SeedObject {
  key: string;
  body: string;
  /** Default `binary/octet-stream`, as S3 stores an upload without a content type. */
  contentType?: string;
}

/**
 * Create (or replace) a bucket with these objects, all dated `nowIso`, without going through `invoke`:
 * no authorization and no event. Deterministic; only `state.buckets[name]` changes. Throws on a name S3
 * would refuse, since that is a mistake in the lesson, not a learner's.
 */
export function seedBucket(
  state: AccountState,
  name: string,
  objects: readonly SeedObject[],
  nowIso: string,
  options: { region?: string; policy?: string } = {},
): Bucket {
  const problem = bucketNameProblem(name);
  if (problem) throw new Error(`seedBucket: bucket name ${JSON.stringify(name)} ${problem}`);
  const bucket: Bucket = { name, region: options.region ?? 'us-east-1', creationDate: nowIso, objects: {} };
  if (options.policy !== undefined) bucket.policy = options.policy;
  for (const o of [...objects].sort((a, b) => compareKeys(a.key, b.key))) bucket.objects[o.key] = makeObject(o.key, o.body, o.contentType, nowIso);
  state.buckets[name] = bucket;
  return bucket;
}
