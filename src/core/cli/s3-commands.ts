/**
 * The high-level `aws s3` commands — `ls`, `cp`, `mb`, `rb`, `rm` — built on the S3 API operations, with
 * the AWS CLI's output lines (`upload: ./a.txt to s3://bucket/a.txt`, `PRE photos/`, ...). Dates print
 * in UTC (the AWS CLI uses the machine's time zone; the simulated account has none).
 */
import type { CallResult } from '../account/invoke.ts';
import { collectPages } from './paging.ts';
import { serviceErrorLine, failureOutcome, SERVICE_RC, USAGE_RC, type CliOutcome } from './outcome.ts';
import { readThrough, type FileAccess } from './values.ts';

/** Calls one S3 API operation by name as the command's caller. */
export type S3Api = (operation: string, params: Record<string, unknown>) => Promise<CallResult>;

interface S3Command {
  summary: string;
  flags: readonly string[];
  /** Options that take a value. */
  valued?: readonly string[];
  run(paths: string[], flags: Map<string, string | true>, api: S3Api, files: FileAccess): Promise<CliOutcome>;
}

const ok = (stdout: string): CliOutcome => ({ stdout, stderr: '', exitCode: 0 });

/** `s3://bucket/key` → bucket and key; undefined for a local path. */
export function parseS3Uri(path: string): { bucket: string; key: string } | undefined {
  if (!path.startsWith('s3://')) return undefined;
  const rest = path.slice(5);
  const slash = rest.indexOf('/');
  return slash < 0 ? { bucket: rest, key: '' } : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

function lastModified(iso: unknown): string {
  const ms = Date.parse(String(iso));
  if (Number.isNaN(ms)) return String(iso).padEnd(19);
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

const SUFFIXES = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** The AWS CLI's human-readable size (`1 Byte`, `10 Bytes`, `1.5 KiB`). */
export function humanSize(bytes: number): string {
  if (bytes === 1) return '1 Byte';
  if (bytes < 1024) return `${bytes} Bytes`;
  for (let i = 0; i < SUFFIXES.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((bytes / unit) * 1024) < 1024) return `${((1024 * bytes) / unit).toFixed(1)} ${SUFFIXES[i]}`;
  }
  return `${((1024 * bytes) / 1024 ** (SUFFIXES.length + 1)).toFixed(1)} ${SUFFIXES[SUFFIXES.length - 1]}`;
}

function serviceFailure(result: CallResult & { ok: false }, operation: string): CliOutcome {
  return { stdout: '', stderr: `\n${serviceErrorLine(result.error, operation)}\n`, exitCode: SERVICE_RC };
}

function basename(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? '';
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain', json: 'application/json', html: 'text/html', htm: 'text/html', css: 'text/css', csv: 'text/csv',
  js: 'text/javascript', xml: 'application/xml', md: 'text/markdown', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  gif: 'image/gif', svg: 'image/svg+xml', pdf: 'application/pdf', zip: 'application/zip', yaml: 'application/yaml', yml: 'application/yaml',
};

/** The content type the AWS CLI guesses from a file name, if any. */
function guessContentType(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : CONTENT_TYPES[name.slice(dot + 1).toLowerCase()];
}

async function ls(paths: string[], flags: Map<string, string | true>, api: S3Api): Promise<CliOutcome> {
  const target = paths[0];
  const uri = target === undefined ? undefined : parseS3Uri(target.startsWith('s3://') ? target : `s3://${target}`);
  if (!uri || uri.bucket === '') {
    const r = await collectPages({ inputToken: 'ContinuationToken', limitKey: 'MaxBuckets' }, {}, {}, (p) => api('ListBuckets', p));
    if (!r.ok) return serviceFailure(r, 'ListBuckets');
    const buckets = ((r.value as Record<string, unknown>).Buckets ?? []) as Record<string, unknown>[];
    return ok(buckets.map((b) => `${lastModified(b.CreationDate)} ${String(b.Name)}\n`).join(''));
  }
  const recursive = flags.has('--recursive');
  const params: Record<string, unknown> = { Bucket: uri.bucket, Prefix: uri.key };
  if (!recursive) params.Delimiter = '/';
  const r = await collectPages({ inputToken: 'ContinuationToken', limitKey: 'MaxKeys' }, params, {}, (p) => api('ListObjectsV2', p));
  if (!r.ok) return serviceFailure(r, 'ListObjectsV2');
  const page = r.value as Record<string, unknown>;
  const prefixes = (page.CommonPrefixes ?? []) as { Prefix: string }[];
  const contents = (page.Contents ?? []) as Record<string, unknown>[];
  let out = '';
  for (const p of prefixes) {
    const parts = p.Prefix.split('/');
    out += `${'PRE'.padStart(30)} ${parts[parts.length - 2] ?? ''}/\n`;
  }
  let total = 0;
  for (const c of contents) {
    const size = Number(c.Size ?? 0);
    total += size;
    const sizeText = flags.has('--human-readable') ? humanSize(size) : String(size);
    const name = recursive ? String(c.Key) : basename(String(c.Key));
    out += `${lastModified(c.LastModified)} ${sizeText.padStart(10)} ${name}\n`;
  }
  if (flags.has('--summarize')) {
    out += `\nTotal Objects: ${contents.length}\n   Total Size: ${flags.has('--human-readable') ? humanSize(total) : total}\n`;
  }
  // The AWS CLI exits 1 when a prefix matched nothing.
  const empty = prefixes.length === 0 && contents.length === 0;
  return { stdout: out, stderr: '', exitCode: empty && uri.key !== '' ? 1 : 0 };
}

function transferFailure(verb: string, src: string, dst: string, result: CallResult & { ok: false }, operation: string): CliOutcome {
  return { stdout: '', stderr: `${verb} failed: ${src} to ${dst} ${serviceErrorLine(result.error, operation)}\n`, exitCode: 1 };
}

async function cp(paths: string[], flags: Map<string, string | true>, api: S3Api, files: FileAccess): Promise<CliOutcome> {
  if (paths.length < 2) return failureOutcome({ kind: 'usage', message: 'the following arguments are required: paths' });
  if (paths.length > 2) return failureOutcome({ kind: 'unknown', options: paths.slice(2) });
  const [src, dst] = paths as [string, string];
  const from = parseS3Uri(src);
  const to = parseS3Uri(dst);
  const quiet = flags.has('--quiet');
  const say = (line: string): CliOutcome => ok(quiet ? '' : `${line}\n`);
  const contentType = typeof flags.get('--content-type') === 'string' ? (flags.get('--content-type') as string) : undefined;
  if (!from && !to) {
    return { stdout: '', stderr: '\nusage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n', exitCode: USAGE_RC };
  }
  if (!from && to) {
    const read = await readThrough(files, src);
    if (!read.ok) return { stdout: '', stderr: `\nThe user-provided path ${src} does not exist.\n`, exitCode: USAGE_RC };
    const key = to.key === '' || to.key.endsWith('/') ? to.key + basename(src) : to.key;
    const dest = `s3://${to.bucket}/${key}`;
    const params: Record<string, unknown> = { Bucket: to.bucket, Key: key, Body: read.text };
    const type = contentType ?? guessContentType(src);
    if (type !== undefined) params.ContentType = type;
    if (flags.has('--dryrun')) return ok(`(dryrun) upload: ${src} to ${dest}\n`);
    const r = await api('PutObject', params);
    return r.ok ? say(`upload: ${src} to ${dest}`) : transferFailure('upload', src, dest, r, 'PutObject');
  }
  if (from && from.key === '') return failureOutcome({ kind: 'plain', message: `fatal error: An error occurred (404) when calling the HeadObject operation: Key "" does not exist` });
  if (from && !to && dst === '-') {
    // `-` streams the object to standard output, as the AWS CLI does: the one way to see a file's text here.
    if (flags.has('--dryrun')) return ok(`(dryrun) download: ${src} to -\n`);
    const r = await api('GetObject', { Bucket: from.bucket, Key: from.key });
    if (!r.ok) return { stdout: '', stderr: `fatal error: ${serviceErrorLine(r.error, 'GetObject')}\n`, exitCode: 1 };
    return ok(String((r.value as Record<string, unknown>).Body ?? ''));
  }
  if (from && !to) {
    const local = dst === '.' || dst.endsWith('/') ? `${dst === '.' ? '.' : dst.replace(/\/$/, '')}/${basename(from.key)}` : dst;
    if (flags.has('--dryrun')) return ok(`(dryrun) download: ${src} to ${local}\n`);
    const r = await api('GetObject', { Bucket: from.bucket, Key: from.key });
    if (!r.ok) return { stdout: '', stderr: `fatal error: ${serviceErrorLine(r.error, 'GetObject')}\n`, exitCode: 1 };
    const body = String((r.value as Record<string, unknown>).Body ?? '');
    try {
      if (!files.writeFile) throw new Error('this terminal has no files to write');
      await files.writeFile(local, body);
    } catch (e) {
      return { stdout: '', stderr: `download failed: ${src} to ${local} ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
    }
    return say(`download: ${src} to ${local}`);
  }
  const source = from as { bucket: string; key: string };
  const target = to as { bucket: string; key: string };
  const key = target.key === '' || target.key.endsWith('/') ? target.key + basename(source.key) : target.key;
  const dest = `s3://${target.bucket}/${key}`;
  if (flags.has('--dryrun')) return ok(`(dryrun) copy: ${src} to ${dest}\n`);
  const r = await api('CopyObject', { Bucket: target.bucket, Key: key, CopySource: `${source.bucket}/${encodeURIComponent(source.key).replace(/%2F/g, '/')}` });
  return r.ok ? say(`copy: ${src} to ${dest}`) : transferFailure('copy', src, dest, r, 'CopyObject');
}

async function mb(paths: string[], _flags: Map<string, string | true>, api: S3Api): Promise<CliOutcome> {
  const uri = paths[0] === undefined ? undefined : parseS3Uri(paths[0]);
  if (!uri || uri.bucket === '') return failureOutcome({ kind: 'usage', message: 'the following arguments are required: path' });
  const r = await api('CreateBucket', { Bucket: uri.bucket });
  if (!r.ok) return { stdout: '', stderr: `make_bucket failed: s3://${uri.bucket} ${serviceErrorLine(r.error, 'CreateBucket')}\n`, exitCode: 1 };
  return ok(`make_bucket: ${uri.bucket}\n`);
}

async function listKeys(api: S3Api, bucket: string, prefix: string): Promise<CallResult> {
  return collectPages({ inputToken: 'ContinuationToken', limitKey: 'MaxKeys' }, { Bucket: bucket, Prefix: prefix }, {}, (p) => api('ListObjectsV2', p));
}

async function rm(paths: string[], flags: Map<string, string | true>, api: S3Api): Promise<CliOutcome> {
  const uri = paths[0] === undefined ? undefined : parseS3Uri(paths[0]);
  if (!uri || uri.bucket === '') return failureOutcome({ kind: 'usage', message: 'the following arguments are required: paths' });
  let keys = [uri.key];
  if (flags.has('--recursive')) {
    const r = await listKeys(api, uri.bucket, uri.key);
    if (!r.ok) return serviceFailure(r, 'ListObjectsV2');
    keys = (((r.value as Record<string, unknown>).Contents ?? []) as { Key: string }[]).map((c) => c.Key);
  }
  let out = '';
  for (const key of keys) {
    const path = `s3://${uri.bucket}/${key}`;
    const r = await api('DeleteObject', { Bucket: uri.bucket, Key: key });
    if (!r.ok) return { stdout: out, stderr: `delete failed: ${path} ${serviceErrorLine(r.error, 'DeleteObject')}\n`, exitCode: 1 };
    if (!flags.has('--quiet')) out += `delete: ${path}\n`;
  }
  return ok(out);
}

async function rb(paths: string[], flags: Map<string, string | true>, api: S3Api): Promise<CliOutcome> {
  const uri = paths[0] === undefined ? undefined : parseS3Uri(paths[0]);
  if (!uri || uri.bucket === '') return failureOutcome({ kind: 'usage', message: 'the following arguments are required: path' });
  let out = '';
  if (flags.has('--force')) {
    const removed = await rm([`s3://${uri.bucket}/`], new Map([['--recursive', true]]), api);
    if (removed.exitCode !== 0) return removed;
    out += removed.stdout;
  }
  const r = await api('DeleteBucket', { Bucket: uri.bucket });
  if (!r.ok) return { stdout: out, stderr: `remove_bucket failed: s3://${uri.bucket} ${serviceErrorLine(r.error, 'DeleteBucket')}\n`, exitCode: 1 };
  return ok(`${out}remove_bucket: ${uri.bucket}\n`);
}

/** The high-level S3 commands by name. */
export const S3_COMMANDS: Record<string, S3Command> = {
  cp: { summary: 'Copies a local file or S3 object to another location locally or in S3.', flags: ['--quiet', '--dryrun', '--only-show-errors', '--no-progress'], valued: ['--content-type'], run: cp },
  ls: { summary: 'List S3 objects and common prefixes under a prefix or all S3 buckets.', flags: ['--recursive', '--human-readable', '--summarize'], valued: ['--page-size'], run: ls },
  mb: { summary: 'Creates an S3 bucket.', flags: [], run: mb },
  rb: { summary: 'Deletes an empty S3 bucket. A bucket must be completely empty of objects and versioned objects before it can be deleted; --force deletes its objects first.', flags: ['--force'], run: rb },
  rm: { summary: 'Deletes an S3 object.', flags: ['--recursive', '--quiet', '--dryrun', '--only-show-errors'], run: rm },
};

/** Run `aws s3 COMMAND ARGS...`. */
export async function runS3Command(name: string, args: string[], api: S3Api, files: FileAccess): Promise<CliOutcome> {
  const cmd = S3_COMMANDS[name];
  if (!cmd) return failureOutcome({ kind: 'usage', message: `argument subcommand: Invalid choice, valid choices are:\n\n${Object.keys(S3_COMMANDS).map((c) => c.padEnd(40)).join(' | ')}` });
  const paths: string[] = [];
  const flags = new Map<string, string | true>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('--')) {
      const [opt, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (cmd.flags.includes(opt)) flags.set(opt, true);
      else if (cmd.valued?.includes(opt)) {
        const v = inline ?? args[++i];
        if (v === undefined) return failureOutcome({ kind: 'usage', message: `argument ${opt}: expected one argument` });
        flags.set(opt, v);
      } else unknown.push(a);
    } else paths.push(a);
  }
  if (unknown.length > 0) return failureOutcome({ kind: 'unknown', options: unknown });
  return cmd.run(paths, flags, api, files);
}
