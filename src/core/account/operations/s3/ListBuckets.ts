/** ListBuckets: the account's buckets by name, with the owner's canonical id; s3:ListAllMyBuckets on `*`. */
import { defineOperation } from '../../operation.ts';
import { s3Authorize } from './authorize.ts';
import { canonicalUserId } from './common.ts';
import { invalidArgument } from './errors.ts';
import { decodeToken, encodeToken } from './list.ts';

export interface ListBucketsParams {
  MaxBuckets?: number;
  ContinuationToken?: string;
  Prefix?: string;
  BucketRegion?: string;
}

export const ListBuckets = defineOperation<ListBucketsParams, Record<string, unknown>>({
  service: 's3',
  name: 'ListBuckets',
  action: 's3:ListAllMyBuckets',
  summary: 'Returns a list of all buckets owned by the authenticated sender of the request.',
  params: [
    { name: 'MaxBuckets', type: 'integer', min: 1, max: 10000, doc: 'How many buckets to return at most.' },
    { name: 'ContinuationToken', type: 'string', max: 1024, doc: 'Where to continue, from a truncated response.' },
    { name: 'Prefix', type: 'string', doc: 'Only buckets whose name starts with this.' },
    { name: 'BucketRegion', type: 'string', doc: 'Only buckets in this region.' },
  ],
  resource: () => '*',
  noAuthorization: true,
  run(ctx, p) {
    const denied = s3Authorize(ctx, { action: 's3:ListAllMyBuckets', resource: '*' });
    if (denied) return denied;
    let after: string | undefined;
    if (p.ContinuationToken !== undefined && p.ContinuationToken !== '') {
      const resume = decodeToken(p.ContinuationToken);
      if (!resume) return invalidArgument('The continuation token provided is incorrect');
      after = resume.value;
    }
    const prefix = p.Prefix ?? '';
    const all = Object.values(ctx.state.buckets)
      .filter((b) => b.name.startsWith(prefix) && (p.BucketRegion === undefined || b.region === p.BucketRegion))
      .filter((b) => after === undefined || b.name > after)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const max = p.MaxBuckets ?? 10000;
    const page = all.slice(0, max);
    const out: Record<string, unknown> = {
      Buckets: page.map((b) => ({ Name: b.name, CreationDate: b.creationDate })),
      Owner: { ID: canonicalUserId(ctx.state) },
    };
    const last = page[page.length - 1];
    if (all.length > page.length && last) out.ContinuationToken = encodeToken({ kind: 'key', value: last.name });
    if (p.Prefix !== undefined) out.Prefix = p.Prefix;
    return out;
  },
});
