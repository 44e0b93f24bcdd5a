import { describe, expect, it } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv } from '../../core/account/env.ts';
import { seedBucket } from '../../core/account/operations/s3/index.ts';
import { T0 } from '../../core/account/testing.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { consoleFor } from './console-state.svelte.ts';
import { breadcrumbs, navItems, pageTitle, s3NavItems } from './nav.ts';
import {
  bucketNameProblems, bucketPolicyText, bucketRows, checkBucketPolicy, createBucketCall, deleteBucketPolicyCall, deleteObjectCall, errorCode,
  getBucketPolicyCall, getObjectCall, isNoPolicy, listBucketsCall, listing, listObjectsCall, newBucketPolicy, openedObject, prefixTrail,
  putBucketPolicyCall, putObjectCall, runS3, uploadProblems,
} from './s3-view.ts';

const T0_ISO = new Date(T0).toISOString();

/** A sandbox whose account has bucket `reports` (two reports and a folder) and a user `analyst` with no permissions. */
async function lab(): Promise<Workspace> {
  const account = createAccount({ createdAt: T0 });
  seedBucket(account, 'reports', [
    { key: 'q1.csv', body: 'quarter,revenue\nQ1,300\n', contentType: 'text/csv' },
    { key: 'q2.csv', body: 'quarter,revenue\nQ2,340\n' },
    { key: '2025/q4.csv', body: 'quarter,revenue\nQ4,280\n' },
  ], T0_ISO);
  const ws = new Workspace('sandbox', { account, actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
  const r = await ws.call('iam', 'CreateUser', { UserName: 'analyst' }, 'api');
  expect(r.ok).toBe(true);
  return ws;
}

describe('S3 console navigation', () => {
  it('has its own menu group, title and breadcrumbs, and leaves the IAM group as it was', () => {
    const page = { page: 'bucket', name: 'reports', tab: 'objects', prefix: '' } as const;
    expect(s3NavItems(page)).toEqual([{ label: 'Buckets', target: { page: 'buckets' }, current: true }]);
    expect(s3NavItems({ page: 'users' })[0]?.current).toBe(false);
    expect(navItems(page, true).some((i) => i.current)).toBe(false);
    expect(navItems(page, true).map((i) => i.label)).not.toContain('Buckets');
    expect(pageTitle(page)).toBe('reports');
    expect(breadcrumbs(page).map((b) => b.label)).toEqual(['Buckets', 'reports']);
    expect(breadcrumbs({ page: 'create-bucket' }).map((b) => b.label)).toEqual(['Buckets', 'Create bucket']);
    expect(breadcrumbs({ page: 'buckets' })).toHaveLength(1);
  });
});

describe('S3 console pages as the root user', () => {
  it('lists buckets, a folder level of objects, opens, uploads and deletes, each echoed as a command line', async () => {
    const ws = await lab();
    const c = consoleFor(ws);
    const buckets = await runS3(c, listBucketsCall());
    expect(buckets.ok && bucketRows(buckets.value).map((b) => b.name)).toEqual(['reports']);
    expect(c.results.at(-1)?.cli).toBe('aws s3api list-buckets');

    const top = await runS3(c, listObjectsCall('reports', ''));
    const l = top.ok ? listing(top.value, '') : undefined;
    expect(l?.folders).toEqual([{ prefix: '2025/', label: '2025/' }]);
    expect(l?.objects.map((o) => [o.label, o.size])).toEqual([['q1.csv', 23], ['q2.csv', 23]]);
    expect(c.results.at(-1)?.cli).toBe("aws s3api list-objects-v2 --bucket reports --delimiter / --prefix ''");

    const inFolder = await runS3(c, listObjectsCall('reports', '2025/'));
    expect(inFolder.ok && listing(inFolder.value, '2025/').objects.map((o) => o.label)).toEqual(['q4.csv']);

    const got = await runS3(c, getObjectCall('reports', 'q1.csv'));
    expect(got.ok && openedObject('q1.csv', got.value)).toEqual({ key: 'q1.csv', body: 'quarter,revenue\nQ1,300\n', contentType: 'text/csv', size: 23 });
    expect(c.results.at(-1)?.text).toBe('Opened s3://reports/q1.csv.');

    const put = await runS3(c, putObjectCall('reports', 'notes/todo.txt', 'check Q3'));
    expect(put.ok).toBe(true);
    expect(c.results.at(-1)?.text).toBe('Uploaded s3://reports/notes/todo.txt.');
    expect(ws.account.buckets.reports?.objects['notes/todo.txt']?.body).toBe('check Q3');

    const del = await runS3(c, deleteObjectCall('reports', 'q2.csv'), true);
    expect(del.ok).toBe(true);
    expect(c.results.map((r) => r.operation)).toEqual(['PutObject', 'DeleteObject']);
    expect(ws.account.buckets.reports?.objects['q2.csv']).toBeUndefined();

    const made = await runS3(c, createBucketCall(' new-bucket-1 '));
    expect(made.ok).toBe(true);
    expect(ws.account.buckets['new-bucket-1']).toBeDefined();
    // Every call was recorded as a console call.
    expect(ws.account.events.slice(-7).map((e) => [e.eventName, e.via])).toEqual([
      ['ListBuckets', 'console'], ['ListObjectsV2', 'console'], ['ListObjectsV2', 'console'], ['GetObject', 'console'],
      ['PutObject', 'console'], ['DeleteObject', 'console'], ['CreateBucket', 'console'],
    ]);
  });

  it('reads, saves and deletes the bucket policy; no policy is not an error to show', async () => {
    const ws = await lab();
    const c = consoleFor(ws);
    const none = await runS3(c, getBucketPolicyCall('reports'));
    expect(isNoPolicy(errorCode(none))).toBe(true);
    // Made and recorded, but not flagged as an error on the page.
    expect(c.results).toEqual([]);
    expect(ws.account.events.at(-1)).toMatchObject({ eventName: 'GetBucketPolicy', via: 'console' });
    const doc = newBucketPolicy('reports');
    expect(checkBucketPolicy(doc).canSave).toBe(true);
    expect((await runS3(c, putBucketPolicyCall('reports', doc))).ok).toBe(true);
    expect(c.results.at(-1)?.text).toBe('Bucket policy of reports saved.');
    const read = await runS3(c, getBucketPolicyCall('reports'));
    expect(read.ok && JSON.parse(bucketPolicyText(read.value))).toEqual(JSON.parse(doc));
    expect(read.ok && bucketPolicyText(read.value)).toContain('\n  "Statement"');
    expect((await runS3(c, deleteBucketPolicyCall('reports'))).ok).toBe(true);
    expect(ws.account.buckets.reports?.policy).toBeUndefined();
  });
});

describe('S3 console pages as a user without S3 permissions', () => {
  it("shows AWS's AccessDenied for the list and the object, and records the denials", async () => {
    const ws = await lab();
    ws.setActingAs('user/analyst');
    const c = consoleFor(ws);
    const list = await runS3(c, listObjectsCall('reports', ''));
    expect(errorCode(list)).toBe('AccessDenied');
    const got = await runS3(c, getObjectCall('reports', 'q1.csv'));
    expect(errorCode(got)).toBe('AccessDenied');
    expect(c.results.at(-1)?.text).toMatch(/^AccessDenied: .*analyst is not authorized to perform: s3:GetObject/);
    expect(ws.account.events.slice(-2).map((e) => [e.eventName, e.allowed])).toEqual([['ListObjectsV2', false], ['GetObject', false]]);
  });
});

describe('S3 console forms', () => {
  it('checks the upload key and the bucket name', () => {
    expect(uploadProblems('')).toHaveLength(1);
    expect(uploadProblems('2026/')[0]).toMatch(/folder/);
    expect(uploadProblems('a'.repeat(1025))[0]).toMatch(/1024 bytes/);
    expect(uploadProblems('2026/q1.csv')).toEqual([]);
    expect(bucketNameProblems('')).toEqual(['Enter a bucket name.']);
    expect(bucketNameProblems('Reports')).toHaveLength(1);
    expect(bucketNameProblems('reports-2026')).toEqual([]);
  });

  it('checks a bucket policy as a resource policy: a broken one cannot be saved', () => {
    const broken = checkBucketPolicy('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" "Action": "s3:GetObject"}]}');
    expect(broken.errors).toBeGreaterThan(0);
    expect(broken.canSave).toBe(false);
    // A resource policy must name its Principal (an identity policy must not).
    const noPrincipal = checkBucketPolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] }));
    expect(noPrincipal.findings.map((f) => f.issueCode)).toContain('MISSING_PRINCIPAL');
    expect(noPrincipal.canSave).toBe(false);
    expect(checkBucketPolicy('  ').problems).toEqual(['Enter the policy document.']);
  });

  it('shows a folder path as breadcrumbs', () => {
    expect(prefixTrail('')).toEqual([]);
    expect(prefixTrail('a/b/')).toEqual([{ label: 'a', prefix: 'a/' }, { label: 'b', prefix: 'a/b/' }]);
  });
});
