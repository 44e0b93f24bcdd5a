/**
 * The console's S3 pages as data: the calls they make (ListBuckets, ListObjectsV2 with `/` as the
 * delimiter so prefixes show as folders, GetObject, PutObject, DeleteObject, the bucket-policy calls),
 * and what they show, read from the calls' answers — never from the account directly, so a page shows
 * exactly what the identity acting may see. The bucket policy is checked live as a resource policy.
 */
import { bucketArn, bucketNameProblem, MAX_KEY_BYTES } from '../../core/account/operations/s3/names.ts';
import { validatePolicy } from '../../core/policy/validate.ts';
import type { Finding } from '../../core/policy/types.ts';
import type { CallResult } from '../../core/account/invoke.ts';
import type { ConsoleState } from './console-state.svelte.ts';
import type { PlannedCall } from './create-user.ts';
import { prettyDocument } from './policies-view.ts';

/** The tabs of a bucket's page. */
export type BucketTab = 'objects' | 'permissions';

/** One row of the Buckets list. */
export interface BucketRow {
  name: string;
  created: string;
}

/** A prefix shown as a folder. */
export interface FolderRow {
  prefix: string;
  /** The folder's own name with its trailing slash (`2026/`). */
  label: string;
}

/** One object of a listing. */
export interface ObjectRow {
  key: string;
  /** The key without the folder's prefix. */
  label: string;
  size: number;
  modified: string;
}

/** What a bucket's Objects tab shows of one listing. */
export interface Listing {
  folders: FolderRow[];
  objects: ObjectRow[];
  /** More than one page of keys: only the first is shown. */
  truncated: boolean;
}

/** An opened object, as GetObject returned it. */
export interface OpenedObject {
  key: string;
  body: string;
  contentType: string;
  size: number;
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.map(record) : [];
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The date part and time of an ISO 8601 timestamp, as the list shows it. */
function shortDate(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}

/** The ListBuckets call of the Buckets page. */
export function listBucketsCall(): PlannedCall {
  return { operation: 'ListBuckets', params: {} };
}

/** The buckets of a ListBuckets answer, by name. */
export function bucketRows(value: unknown): BucketRow[] {
  return list(record(value).Buckets)
    .map((b) => ({ name: text(b.Name), created: shortDate(text(b.CreationDate)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The ListObjectsV2 call of a bucket's Objects tab: one folder level, `/` as the delimiter. */
export function listObjectsCall(bucket: string, prefix: string): PlannedCall {
  return { operation: 'ListObjectsV2', params: { Bucket: bucket, Delimiter: '/', Prefix: prefix } };
}

/** The folders and objects of a ListObjectsV2 answer at `prefix`. */
export function listing(value: unknown, prefix: string): Listing {
  const v = record(value);
  const folders = list(v.CommonPrefixes).map((p) => {
    const full = text(p.Prefix);
    return { prefix: full, label: full.slice(prefix.length) };
  });
  const objects = list(v.Contents)
    // S3 lists a "folder" made in the console as an empty object named like the prefix itself.
    .filter((o) => text(o.Key) !== prefix)
    .map((o) => {
      const key = text(o.Key);
      return { key, label: key.slice(prefix.length), size: typeof o.Size === 'number' ? o.Size : 0, modified: shortDate(text(o.LastModified)) };
    });
  return { folders, objects, truncated: v.IsTruncated === true };
}

/** The folder path of a prefix, for its breadcrumb: `a/b/` → [{label 'a', prefix 'a/'}, {label 'b', prefix 'a/b/'}]. */
export function prefixTrail(prefix: string): { label: string; prefix: string }[] {
  const parts = prefix.split('/').filter((p) => p !== '');
  return parts.map((label, i) => ({ label, prefix: `${parts.slice(0, i + 1).join('/')}/` }));
}

/** The GetObject call of Open. */
export function getObjectCall(bucket: string, key: string): PlannedCall {
  return { operation: 'GetObject', params: { Bucket: bucket, Key: key } };
}

/** The object as GetObject returned it. */
export function openedObject(key: string, value: unknown): OpenedObject {
  const v = record(value);
  const body = text(v.Body);
  return { key, body, contentType: text(v.ContentType) || 'binary/octet-stream', size: typeof v.ContentLength === 'number' ? v.ContentLength : body.length };
}

/** The DeleteObject call of Delete. */
export function deleteObjectCall(bucket: string, key: string): PlannedCall {
  return { operation: 'DeleteObject', params: { Bucket: bucket, Key: key } };
}

/** What keeps the Upload form from sending (empty when it may). */
export function uploadProblems(key: string): string[] {
  if (key === '') return ['Enter the object key (its name, such as notes.txt or 2026/q1.csv).'];
  if (new TextEncoder().encode(key).length > MAX_KEY_BYTES) return [`An object key can have at most ${MAX_KEY_BYTES} bytes.`];
  if (key.endsWith('/')) return ['An object key ending in / names a folder: add a file name after it.'];
  return [];
}

/** The PutObject call of Upload: the text as the body, stored as plain text. */
export function putObjectCall(bucket: string, key: string, body: string): PlannedCall {
  return { operation: 'PutObject', params: { Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' } };
}

/** What keeps Create bucket from sending (S3's naming rules, as sentences). */
export function bucketNameProblems(name: string): string[] {
  const n = name.trim();
  if (n === '') return ['Enter a bucket name.'];
  const problem = bucketNameProblem(n);
  return problem ? [`The bucket name ${problem}.`] : [];
}

/** The CreateBucket call. */
export function createBucketCall(name: string): PlannedCall {
  return { operation: 'CreateBucket', params: { Bucket: name.trim() } };
}

/** The GetBucketPolicy call of the Permissions tab. */
export function getBucketPolicyCall(bucket: string): PlannedCall {
  return { operation: 'GetBucketPolicy', params: { Bucket: bucket } };
}

/** The policy of a GetBucketPolicy answer, pretty-printed. */
export function bucketPolicyText(value: unknown): string {
  return prettyDocument(text(record(value).Policy));
}

/** Whether a failed GetBucketPolicy only says the bucket has no policy (the tab then says so; no error). */
export function isNoPolicy(code: string): boolean {
  return code === 'NoSuchBucketPolicy';
}

/** What a new bucket policy starts from: one statement on this bucket's objects, to fill in. */
export function newBucketPolicy(bucket: string): string {
  const doc = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Statement1', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['s3:GetObject'], Resource: `${bucketArn(bucket)}/*` }],
  };
  return JSON.stringify(doc, null, 2);
}

/** The validator's findings on a bucket policy as typed, and whether it may be saved. */
export interface BucketPolicyCheck {
  findings: Finding[];
  errors: number;
  problems: string[];
  canSave: boolean;
}

/** Check the bucket policy as typed: a resource policy; any ERROR finding keeps it from being saved. */
export function checkBucketPolicy(document: string): BucketPolicyCheck {
  if (document.trim() === '') return { findings: [], errors: 0, problems: ['Enter the policy document.'], canSave: false };
  const findings = validatePolicy(document, { kind: 'resource' });
  const errors = findings.filter((f) => f.findingType === 'ERROR').length;
  return { findings, errors, problems: [], canSave: errors === 0 };
}

/** The PutBucketPolicy call of Save, with the document as typed. */
export function putBucketPolicyCall(bucket: string, document: string): PlannedCall {
  return { operation: 'PutBucketPolicy', params: { Bucket: bucket, Policy: document } };
}

/** The DeleteBucketPolicy call. */
export function deleteBucketPolicyCall(bucket: string): PlannedCall {
  return { operation: 'DeleteBucketPolicy', params: { Bucket: bucket } };
}

/** Run one of these calls as a console action of the S3 service (authorized as the caller, echoed, recorded). */
export function runS3(c: Pick<ConsoleState, 'act'>, call: PlannedCall, append = false): Promise<CallResult> {
  // A bucket without a policy is a normal state the Permissions tab shows itself, not an error to flag.
  const quiet = call.operation === 'GetBucketPolicy' ? ['NoSuchBucketPolicy'] : undefined;
  return c.act(call.operation, call.params, { service: 's3', append, quiet });
}

/** The error code of a failed call, or '' when it succeeded. */
export function errorCode(r: CallResult): string {
  return r.ok ? '' : r.error.code;
}
