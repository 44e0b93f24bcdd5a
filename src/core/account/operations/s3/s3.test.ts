import { describe, expect, it } from 'vitest';
import { invoke, type CallResult } from '../../invoke.ts';
import { kebabName } from '../../operation.ts';
import { s3Operations } from './index.ts';
import { call, codeOf, newLab } from '../../testing.ts';
import { md5Hex } from './md5.ts';
import { seedBucket } from './seed.ts';

type Lab = ReturnType<typeof newLab>;
const ACCOUNT = '111122223333';
const NOW = '2026-01-15T10:00:00+00:00';

function value<T = Record<string, unknown>>(r: CallResult): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

function errorOf(r: CallResult): { code: string; message: string } {
  if (r.ok) throw new Error('expected an error');
  return { code: r.error.code, message: r.error.message };
}

/** A user whose identity policies are the given statements (none: no permissions at all). */
async function userWith(lab: Lab, name: string, ...statements: object[]): Promise<{ kind: 'user'; userName: string }> {
  expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: name }))).toBe('OK');
  if (statements.length > 0) lab.state.users[name]!.inlinePolicies.inline = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return { kind: 'user', userName: name };
}

function labWithReports(): Lab {
  const lab = newLab();
  seedBucket(
    lab.state,
    'reports',
    [
      { key: 'q1.csv', body: 'quarter,revenue\nq1,100\n', contentType: 'text/csv' },
      { key: 'home/alice/notes.txt', body: 'alice' },
      { key: 'home/bob/notes.txt', body: 'bob' },
    ],
    NOW,
  );
  return lab;
}

const s3 = (lab: Lab, op: string, params: Record<string, unknown> = {}, as?: Parameters<typeof call>[4]) => call(lab, 's3', op, params, as);

describe('buckets', () => {
  it('creates a bucket and lists it with its creation date and the owner id', async () => {
    const lab = newLab();
    expect(value(await s3(lab, 'CreateBucket', { Bucket: 'reports' }))).toEqual({ Location: '/reports' });
    expect(lab.state.buckets.reports).toMatchObject({ name: 'reports', region: 'us-east-1', creationDate: NOW, objects: {} });
    const listed = value<{ Buckets: unknown[]; Owner: { ID: string } }>(await s3(lab, 'ListBuckets'));
    expect(listed.Buckets).toEqual([{ Name: 'reports', CreationDate: NOW }]);
    expect(listed.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses names that break the naming rules with InvalidBucketName', async () => {
    const lab = newLab();
    for (const name of ['Reports', 'ab', 'my_bucket', '10.0.0.1', 'a..b', 'xn--abc']) {
      expect(errorOf(await s3(lab, 'CreateBucket', { Bucket: name }))).toEqual({ code: 'InvalidBucketName', message: 'The specified bucket is not valid.' });
    }
    expect(lab.state.buckets).toEqual({});
  });

  it('re-creating your own bucket succeeds in us-east-1 (legacy) and fails elsewhere with BucketAlreadyOwnedByYou', async () => {
    const lab = newLab();
    await s3(lab, 'CreateBucket', { Bucket: 'reports' });
    expect(codeOf(await s3(lab, 'CreateBucket', { Bucket: 'reports' }))).toBe('OK');
    const inIreland = (params: Record<string, unknown>) => invoke(lab.state, { service: 's3', operation: 'CreateBucket', params, as: { kind: 'root' }, via: 'cli', region: 'eu-west-1' }, lab.env);
    expect(value(await inIreland({ Bucket: 'eu-data', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }))).toEqual({ Location: 'http://eu-data.s3.amazonaws.com/' });
    expect(lab.state.buckets['eu-data']?.region).toBe('eu-west-1');
    expect(errorOf(await inIreland({ Bucket: 'eu-data', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }))).toEqual({
      code: 'BucketAlreadyOwnedByYou',
      message: 'Your previous request to create the named bucket succeeded and you already own it.',
    });
    expect(errorOf(await inIreland({ Bucket: 'other-eu' }))).toMatchObject({ code: 'IllegalLocationConstraintException', message: expect.stringContaining('unspecified location constraint') });
    expect(codeOf(await s3(lab, 'CreateBucket', { Bucket: 'us-data', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' } }))).toBe('InvalidLocationConstraint');
  });

  it('enforces the buckets-per-account quota', async () => {
    const lab = newLab();
    for (let i = 0; i < 10000; i++) lab.state.buckets[`b${i}`] = { name: `b${i}`, region: 'us-east-1', creationDate: NOW, objects: {} };
    expect(codeOf(await s3(lab, 'CreateBucket', { Bucket: 'one-too-many' }))).toBe('TooManyBuckets');
  });

  it('lists buckets by name with Prefix and MaxBuckets paging', async () => {
    const lab = newLab();
    for (const b of ['logs-b', 'reports', 'logs-a', 'payroll']) await s3(lab, 'CreateBucket', { Bucket: b });
    const names = (r: CallResult) => value<{ Buckets: { Name: string }[] }>(r).Buckets.map((b) => b.Name);
    expect(names(await s3(lab, 'ListBuckets'))).toEqual(['logs-a', 'logs-b', 'payroll', 'reports']);
    expect(names(await s3(lab, 'ListBuckets', { Prefix: 'logs-' }))).toEqual(['logs-a', 'logs-b']);
    const first = value<{ Buckets: { Name: string }[]; ContinuationToken: string }>(await s3(lab, 'ListBuckets', { MaxBuckets: 3 }));
    expect(first.Buckets.map((b) => b.Name)).toEqual(['logs-a', 'logs-b', 'payroll']);
    const rest = value<{ Buckets: { Name: string }[]; ContinuationToken?: string }>(await s3(lab, 'ListBuckets', { MaxBuckets: 3, ContinuationToken: first.ContinuationToken }));
    expect(rest.Buckets.map((b) => b.Name)).toEqual(['reports']);
    expect(rest.ContinuationToken).toBeUndefined();
  });

  it('deletes only empty buckets, and the bucket policy with it', async () => {
    const lab = labWithReports();
    expect(errorOf(await s3(lab, 'DeleteBucket', { Bucket: 'reports' }))).toEqual({ code: 'BucketNotEmpty', message: 'The bucket you tried to delete is not empty' });
    lab.state.buckets.reports!.objects = {};
    lab.state.buckets.reports!.policy = '{}';
    expect(value(await s3(lab, 'DeleteBucket', { Bucket: 'reports' }))).toBeUndefined();
    expect(lab.state.buckets.reports).toBeUndefined();
    expect(errorOf(await s3(lab, 'DeleteBucket', { Bucket: 'reports' }))).toEqual({ code: 'NoSuchBucket', message: 'The specified bucket does not exist' });
  });

  it('HeadBucket answers with the region, or bare 404 / 403 as HEAD requests do', async () => {
    const lab = labWithReports();
    expect(value(await s3(lab, 'HeadBucket', { Bucket: 'reports' }))).toEqual({ BucketRegion: 'us-east-1', AccessPointAlias: false });
    expect(errorOf(await s3(lab, 'HeadBucket', { Bucket: 'missing' }))).toEqual({ code: '404', message: 'Not Found' });
    const intern = await userWith(lab, 'intern');
    expect(errorOf(await s3(lab, 'HeadBucket', { Bucket: 'reports' }, intern))).toEqual({ code: '403', message: 'Forbidden' });
    expect(errorOf(await s3(lab, 'HeadBucket', { Bucket: 'reports', ExpectedBucketOwner: '999988887777' }))).toEqual({ code: '403', message: 'Forbidden' });
  });
});

describe('objects', () => {
  it('puts an object with the quoted MD5 of its body as ETag, and gets it back', async () => {
    const lab = newLab();
    await s3(lab, 'CreateBucket', { Bucket: 'reports' });
    expect(value(await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'hello.txt', Body: 'hello', ContentType: 'text/plain' }))).toEqual({
      ETag: '"5d41402abc4b2a76b9719d911017c592"',
      ServerSideEncryption: 'AES256',
    });
    expect(value(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'hello.txt' }))).toEqual({
      Body: 'hello',
      AcceptRanges: 'bytes',
      LastModified: NOW,
      ContentLength: 5,
      ETag: '"5d41402abc4b2a76b9719d911017c592"',
      ContentType: 'text/plain',
      ServerSideEncryption: 'AES256',
      Metadata: {},
    });
    expect(value(await s3(lab, 'HeadObject', { Bucket: 'reports', Key: 'hello.txt' }))).not.toHaveProperty('Body');
  });

  it('counts bytes, defaults the content type, and overwrites', async () => {
    const lab = newLab();
    await s3(lab, 'CreateBucket', { Bucket: 'reports' });
    await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'k', Body: 'héllo' });
    expect(value(await s3(lab, 'HeadObject', { Bucket: 'reports', Key: 'k' }))).toMatchObject({ ContentLength: 6, ContentType: 'binary/octet-stream', ETag: `"${md5Hex('héllo')}"` });
    await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'k', Body: 'new' });
    expect(value(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'k' }))).toMatchObject({ Body: 'new', ContentLength: 3 });
    expect(codeOf(await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'x'.repeat(1025), Body: '' }))).toBe('KeyTooLongError');
    expect(codeOf(await s3(lab, 'PutObject', { Bucket: 'nope', Key: 'k', Body: '' }))).toBe('NoSuchBucket');
  });

  it('answers NoSuchKey for a missing key only to callers allowed s3:ListBucket', async () => {
    const lab = labWithReports();
    expect(errorOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'missing.csv' }))).toEqual({ code: 'NoSuchKey', message: 'The specified key does not exist.' });
    expect(errorOf(await s3(lab, 'HeadObject', { Bucket: 'reports', Key: 'missing.csv' }))).toEqual({ code: '404', message: 'Not Found' });

    const getOnly = await userWith(lab, 'reader', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' });
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, getOnly))).toBe('OK');
    expect(errorOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'missing.csv' }, getOnly))).toEqual({
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:user/reader is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::reports" because no identity-based policy allows the s3:ListBucket action`,
    });
    expect(errorOf(await s3(lab, 'HeadObject', { Bucket: 'reports', Key: 'missing.csv' }, getOnly))).toEqual({ code: '403', message: 'Forbidden' });

    const lister = await userWith(
      lab,
      'lister',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
    );
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'missing.csv' }, lister))).toBe('NoSuchKey');
  });

  it('deletes objects, and deleting a missing key succeeds', async () => {
    const lab = labWithReports();
    expect(value(await s3(lab, 'DeleteObject', { Bucket: 'reports', Key: 'q1.csv' }))).toBeUndefined();
    expect(lab.state.buckets.reports!.objects['q1.csv']).toBeUndefined();
    expect(codeOf(await s3(lab, 'DeleteObject', { Bucket: 'reports', Key: 'q1.csv' }))).toBe('OK');
    expect(codeOf(await s3(lab, 'DeleteObject', { Bucket: 'nope', Key: 'q1.csv' }))).toBe('NoSuchBucket');
    const intern = await userWith(lab, 'intern');
    expect(codeOf(await s3(lab, 'DeleteObject', { Bucket: 'reports', Key: 'home/bob/notes.txt' }, intern))).toBe('AccessDenied');
    expect(lab.state.buckets.reports!.objects['home/bob/notes.txt']).toBeDefined();
  });

  it('copies objects within and between buckets, needing GetObject on the source and PutObject on the target', async () => {
    const lab = labWithReports();
    await s3(lab, 'CreateBucket', { Bucket: 'archive' });
    const r = value<{ CopyObjectResult: { ETag: string; LastModified: string } }>(await s3(lab, 'CopyObject', { Bucket: 'archive', Key: '2026/q1.csv', CopySource: 'reports/q1.csv' }));
    expect(r.CopyObjectResult.ETag).toBe(lab.state.buckets.reports!.objects['q1.csv']!.etag);
    expect(lab.state.buckets.archive!.objects['2026/q1.csv']).toMatchObject({ body: 'quarter,revenue\nq1,100\n', contentType: 'text/csv' });
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'reports', Key: 'home%20copy', CopySource: '/reports/home%2Falice%2Fnotes.txt' }))).toBe('OK');
    expect(lab.state.buckets.reports!.objects['home%20copy']?.body).toBe('alice');
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'reports', Key: 'q1.csv', CopySource: 'reports/q1.csv' }))).toBe('InvalidRequest');
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'reports', Key: 'q1.csv', CopySource: 'reports/q1.csv', MetadataDirective: 'REPLACE', ContentType: 'text/plain' }))).toBe('OK');
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'archive', Key: 'x', CopySource: 'reports/missing' }))).toBe('NoSuchKey');
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'archive', Key: 'x', CopySource: 'nobucket/missing' }))).toBe('NoSuchBucket');
    expect(codeOf(await s3(lab, 'CopyObject', { Bucket: 'archive', Key: 'x', CopySource: 'reports' }))).toBe('InvalidArgument');

    const putOnly = await userWith(lab, 'writer', { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::archive/*' });
    expect(errorOf(await s3(lab, 'CopyObject', { Bucket: 'archive', Key: 'y', CopySource: 'reports/q1.csv' }, putOnly)).message).toContain('s3:GetObject on resource: "arn:aws:s3:::reports/q1.csv"');
  });
});

describe('ListObjectsV2', () => {
  it("returns S3's shape: Contents, Name, Prefix, MaxKeys, KeyCount, CommonPrefixes", async () => {
    const lab = labWithReports();
    const all = value(await s3(lab, 'ListObjectsV2', { Bucket: 'reports' }));
    expect(all).toEqual({
      IsTruncated: false,
      Contents: [
        { Key: 'home/alice/notes.txt', LastModified: NOW, ETag: `"${md5Hex('alice')}"`, Size: 5, StorageClass: 'STANDARD' },
        { Key: 'home/bob/notes.txt', LastModified: NOW, ETag: `"${md5Hex('bob')}"`, Size: 3, StorageClass: 'STANDARD' },
        { Key: 'q1.csv', LastModified: NOW, ETag: `"${md5Hex('quarter,revenue\nq1,100\n')}"`, Size: 23, StorageClass: 'STANDARD' },
      ],
      Name: 'reports',
      Prefix: '',
      MaxKeys: 1000,
      KeyCount: 3,
    });
    const grouped = value(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', Prefix: 'home/', Delimiter: '/' }));
    expect(grouped).toEqual({ IsTruncated: false, Name: 'reports', Prefix: 'home/', Delimiter: '/', MaxKeys: 1000, CommonPrefixes: [{ Prefix: 'home/alice/' }, { Prefix: 'home/bob/' }], KeyCount: 2 });
    const owned = value<{ Contents: { Owner: { ID: string } }[] }>(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', FetchOwner: true }));
    expect(owned.Contents[0]?.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pages with MaxKeys and NextContinuationToken, echoing the token and StartAfter', async () => {
    const lab = labWithReports();
    const first = value<{ NextContinuationToken: string; KeyCount: number; IsTruncated: boolean }>(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', MaxKeys: 2 }));
    expect(first).toMatchObject({ KeyCount: 2, IsTruncated: true, MaxKeys: 2 });
    const second = value(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', MaxKeys: 2, ContinuationToken: first.NextContinuationToken }));
    expect(second).toMatchObject({ KeyCount: 1, IsTruncated: false, ContinuationToken: first.NextContinuationToken, Contents: [{ Key: 'q1.csv' }] });
    expect(second).not.toHaveProperty('NextContinuationToken');
    expect(value(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', StartAfter: 'home/bob/notes.txt' }))).toMatchObject({ StartAfter: 'home/bob/notes.txt', KeyCount: 1 });
    expect(errorOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', ContinuationToken: 'bogus' }))).toEqual({ code: 'InvalidArgument', message: 'The continuation token provided is incorrect' });
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'missing' }))).toBe('NoSuchBucket');
  });

  it('authorizes s3:ListBucket with the s3:prefix, s3:delimiter and s3:max-keys condition keys', async () => {
    const lab = labWithReports();
    const alice = await userWith(lab, 'alice', {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::reports',
      Condition: { StringLike: { 's3:prefix': ['', 'home/alice/*'] }, StringEquals: { 's3:delimiter': '/' } },
    });
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', Prefix: 'home/alice/', Delimiter: '/' }, alice))).toBe('OK');
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', Delimiter: '/' }, alice))).toBe('OK');
    expect(errorOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', Prefix: 'home/bob/', Delimiter: '/' }, alice)).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::reports" because no identity-based policy allows the s3:ListBucket action`,
    );
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', Prefix: 'home/alice/' }, alice))).toBe('AccessDenied');

    const capped = await userWith(lab, 'capped', { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports', Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } } });
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', MaxKeys: 10 }, capped))).toBe('OK');
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports', MaxKeys: 11 }, capped))).toBe('AccessDenied');
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports' }, capped))).toBe('AccessDenied');
  });
});

describe('bucket policies', () => {
  const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

  it('puts, gets and deletes a bucket policy; NoSuchBucketPolicy when there is none', async () => {
    const lab = labWithReports();
    expect(errorOf(await s3(lab, 'GetBucketPolicy', { Bucket: 'reports' }))).toEqual({ code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' });
    const text = policy({ Sid: 'ReadAll', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' });
    expect(value(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: text }))).toBeUndefined();
    expect(value(await s3(lab, 'GetBucketPolicy', { Bucket: 'reports' }))).toEqual({ Policy: text });
    expect(value(await s3(lab, 'DeleteBucketPolicy', { Bucket: 'reports' }))).toBeUndefined();
    expect(codeOf(await s3(lab, 'DeleteBucketPolicy', { Bucket: 'reports' }))).toBe('OK');
    expect(codeOf(await s3(lab, 'GetBucketPolicy', { Bucket: 'reports' }))).toBe('NoSuchBucketPolicy');
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'nope', Policy: text }))).toBe('NoSuchBucket');
  });

  it("refuses malformed policies with S3's MalformedPolicy wording", async () => {
    const lab = labWithReports();
    await userWith(lab, 'alice');
    const alice = { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` };
    const cases: [string, string][] = [
      ['{"Version": "2012-10-17", "Statement": [', 'This policy contains invalid Json'],
      ['policy.json', "Policies must be valid JSON and the first byte must be '{'"],
      [policy({ Effect: 'hello', Principal: alice, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }), 'Invalid effect: hello'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 's3:GetObject', Resource: 'arn:aws:s3:::payroll/*' }), 'Policy has invalid resource'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 's3:GetObject', Resource: '*' }), 'Policy has invalid resource'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports' }), 'Action does not apply to any resource(s) in statement'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::reports' }), 'Action does not apply to any resource(s) in statement'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 'iam:CreateUser', Resource: 'arn:aws:s3:::reports/*' }), 'Policy has invalid action'],
      [policy({ Effect: 'Allow', Principal: alice, Action: 's3:GetObjekt', Resource: 'arn:aws:s3:::reports/*' }), 'Policy has invalid action'],
      [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }), 'Missing required field Principal'],
      [policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/nobody` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }), 'Invalid principal in policy'],
    ];
    for (const [text, message] of cases) {
      expect(errorOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: text })), text).toEqual({ code: 'MalformedPolicy', message });
    }
    expect(lab.state.buckets.reports!.policy).toBeUndefined();
    // Wildcards that cover this bucket are fine; s3:* applies to the bucket and its objects.
    const ok = policy({ Effect: 'Allow', Principal: alice, Action: 's3:*', Resource: ['arn:aws:s3:::rep*', 'arn:aws:s3:::reports/home/alice/*'] });
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: ok }))).toBe('OK');
  });

  it('limits a bucket policy to 20 KB', async () => {
    const lab = labWithReports();
    const statements = Array.from({ length: 200 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::reports/${'x'.repeat(40)}${i}` }));
    const big = policy(...statements);
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(20480);
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: big }))).toBe('PolicyTooLarge');
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: policy(...statements.slice(0, 100)) }))).toBe('OK');
  });

  it('a bucket policy naming a user grants that user access without any identity policy (same account)', async () => {
    const lab = labWithReports();
    const analyst = await userWith(lab, 'analyst');
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, analyst))).toBe('AccessDenied');
    const text = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/analyst` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' });
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: text }))).toBe('OK');
    expect(value(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, analyst))).toMatchObject({ ContentType: 'text/csv' });
    // Only what the policy grants: listing is still denied.
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports' }, analyst))).toBe('AccessDenied');
    // Naming the account only delegates to the account: the user would still need an identity policy.
    const account = policy({ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' });
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: account }))).toBe('OK');
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, analyst))).toBe('AccessDenied');
  });

  it('an explicit Deny in a bucket policy binds even root — but root can still read, replace and delete that policy', async () => {
    const lab = newLab();
    seedBucket(lab.state, 'payroll', [{ key: 'salaries.csv', body: 'name,salary\n' }], NOW);
    const lockout = policy({
      Sid: 'DenyEveryone',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::payroll', 'arn:aws:s3:::payroll/*'],
    });
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'payroll', Policy: lockout }))).toBe('OK');
    expect(errorOf(await s3(lab, 'GetObject', { Bucket: 'payroll', Key: 'salaries.csv' }))).toEqual({
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::payroll/salaries.csv" with an explicit deny in a resource-based policy`,
    });
    expect(codeOf(await s3(lab, 'DeleteBucket', { Bucket: 'payroll' }))).toBe('AccessDenied');
    // An administrator is locked out of the policy too; only root is not.
    const admin = { kind: 'user' as const, userName: 'admin' };
    await call(lab, 'iam', 'CreateUser', { UserName: 'admin' });
    lab.state.users.admin!.attachedPolicies.push('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(codeOf(await s3(lab, 'GetBucketPolicy', { Bucket: 'payroll' }, admin))).toBe('AccessDenied');
    expect(codeOf(await s3(lab, 'DeleteBucketPolicy', { Bucket: 'payroll' }, admin))).toBe('AccessDenied');
    expect(value(await s3(lab, 'GetBucketPolicy', { Bucket: 'payroll' }))).toEqual({ Policy: lockout });
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'payroll', Policy: lockout }, admin))).toBe('AccessDenied');
    expect(codeOf(await s3(lab, 'PutBucketPolicy', { Bucket: 'payroll', Policy: lockout }))).toBe('OK');
    expect(codeOf(await s3(lab, 'DeleteBucketPolicy', { Bucket: 'payroll' }))).toBe('OK');
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'payroll', Key: 'salaries.csv' }))).toBe('OK');
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'payroll', Key: 'salaries.csv' }, admin))).toBe('OK');
  });

  it('a bucket policy open to "*" lets anonymous callers in; otherwise they get a bare Access Denied', async () => {
    const lab = labWithReports();
    const anonymous = { kind: 'anonymous' as const };
    expect(errorOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, anonymous))).toEqual({ code: 'AccessDenied', message: 'Access Denied' });
    await s3(lab, 'PutBucketPolicy', { Bucket: 'reports', Policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }) });
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, anonymous))).toBe('OK');
  });
});

describe('authorization order and wording', () => {
  it('a bucket that does not exist is NoSuchBucket even for a caller with no permissions', async () => {
    const lab = newLab();
    const intern = await userWith(lab, 'intern');
    for (const [op, params] of [
      ['GetObject', { Bucket: 'ghost', Key: 'k' }],
      ['ListObjectsV2', { Bucket: 'ghost' }],
      ['PutObject', { Bucket: 'ghost', Key: 'k', Body: '' }],
      ['DeleteBucket', { Bucket: 'ghost' }],
      ['GetBucketPolicy', { Bucket: 'ghost' }],
    ] as const) {
      expect(codeOf(await s3(lab, op, params, intern)), op).toBe('NoSuchBucket');
    }
  });

  it('words denials as S3 does for same-account callers, with the resource ARN quoted', async () => {
    const lab = labWithReports();
    const intern = await userWith(lab, 'intern');
    expect(errorOf(await s3(lab, 'ListBuckets', {}, intern)).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/intern is not authorized to perform: s3:ListAllMyBuckets on resource: "*" because no identity-based policy allows the s3:ListAllMyBuckets action`,
    );
    expect(errorOf(await s3(lab, 'CreateBucket', { Bucket: 'new-bucket' }, intern)).message).toContain('s3:CreateBucket on resource: "arn:aws:s3:::new-bucket"');
    const denied = await userWith(lab, 'denied', { Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::reports/*' });
    expect(errorOf(await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'x', Body: '' }, denied)).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/denied is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::reports/x" with an explicit deny in an identity-based policy`,
    );
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, denied))).toBe('OK');
  });

  it('AWS-managed S3 policies work as expected: read-only can read and list but not write', async () => {
    const lab = labWithReports();
    await call(lab, 'iam', 'CreateUser', { UserName: 'viewer' });
    lab.state.users.viewer!.attachedPolicies.push('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    const viewer = { kind: 'user' as const, userName: 'viewer' };
    expect(codeOf(await s3(lab, 'ListBuckets', {}, viewer))).toBe('OK');
    expect(codeOf(await s3(lab, 'ListObjectsV2', { Bucket: 'reports' }, viewer))).toBe('OK');
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, viewer))).toBe('OK');
    expect(codeOf(await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'x', Body: '' }, viewer))).toBe('AccessDenied');
    expect(codeOf(await s3(lab, 'CreateBucket', { Bucket: 'viewer-bucket' }, viewer))).toBe('AccessDenied');
  });

  it('records S3 calls in the event history, denied ones with their error', async () => {
    const lab = labWithReports();
    const intern = await userWith(lab, 'intern');
    await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' }, intern);
    await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv' });
    const events = lab.state.events.filter((e) => e.eventSource === 's3.amazonaws.com');
    expect(events).toMatchObject([
      { eventName: 'GetObject', allowed: false, errorCode: 'AccessDenied', identity: { userName: 'intern' }, requestParameters: { Bucket: 'reports', Key: 'q1.csv' } },
      { eventName: 'GetObject', allowed: true, identity: { type: 'Root' } },
    ]);
  });

  it("keeps object content out of the event history", async () => {
    const lab = labWithReports();
    await s3(lab, 'PutObject', { Bucket: 'reports', Key: 'secret.txt', Body: 'top secret' });
    const event = lab.state.events.at(-1);
    expect(event?.requestParameters).toEqual({ Bucket: 'reports', Key: 'secret.txt' });
  });

  it("offers the operations under the AWS CLI's s3api names", () => {
    expect(s3Operations.map((op) => op.cliName ?? kebabName(op.name)).sort()).toEqual([
      'copy-object', 'create-bucket', 'delete-bucket', 'delete-bucket-policy', 'delete-object', 'get-bucket-policy', 'get-object',
      'head-bucket', 'head-object', 'list-buckets', 'list-objects-v2', 'put-bucket-policy', 'put-object',
    ]);
  });

  it('ExpectedBucketOwner of another account is refused', async () => {
    const lab = labWithReports();
    expect(errorOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv', ExpectedBucketOwner: '999988887777' }))).toEqual({ code: 'AccessDenied', message: 'Access Denied' });
    expect(codeOf(await s3(lab, 'GetObject', { Bucket: 'reports', Key: 'q1.csv', ExpectedBucketOwner: ACCOUNT }))).toBe('OK');
  });
});

describe('seedBucket', () => {
  it('builds start-state buckets deterministically, and refuses names S3 would refuse', () => {
    const a = newLab();
    const b = newLab();
    const objects = [{ key: 'b.txt', body: 'two' }, { key: 'a.txt', body: 'one', contentType: 'text/plain' }];
    seedBucket(a.state, 'payroll', objects, NOW);
    seedBucket(b.state, 'payroll', objects, NOW);
    expect(a.state.buckets).toEqual(b.state.buckets);
    expect(a.state.buckets.payroll!.objects['a.txt']).toEqual({ key: 'a.txt', body: 'one', contentType: 'text/plain', lastModified: NOW, etag: `"${md5Hex('one')}"`, size: 3 });
    expect(a.state.buckets.payroll!.objects['b.txt']!.contentType).toBe('binary/octet-stream');
    expect(a.state.events).toEqual([]);
    expect(() => seedBucket(a.state, 'Payroll', [], NOW)).toThrow(/lowercase/);
  });
});
