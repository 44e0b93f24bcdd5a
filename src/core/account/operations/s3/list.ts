/**
 * The listing behind ListObjectsV2, pure: keys in UTF-8 binary order, Prefix, Delimiter rolling keys up
 * into CommonPrefixes, MaxKeys counting keys and common prefixes together, StartAfter, and opaque
 * continuation tokens.
 */
import type { S3Object } from '../../model.ts';
import { compareKeys } from './names.ts';

/** The listing parameters of ListObjectsV2. */
export interface ListQuery {
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
}

/** One page of a listing. */
export interface ListPage {
  contents: S3Object[];
  commonPrefixes: string[];
  isTruncated: boolean;
  nextContinuationToken?: string;
}

/** S3 returns at most 1,000 keys a request. */
export const LIST_LIMIT = 1000;

const TOKEN_TAG = 'iamlab-v2:';

/** Where a listing resumes: after a key, or after every key under a common prefix. */
interface Resume {
  kind: 'key' | 'prefix';
  value: string;
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(token: string): string | undefined {
  try {
    const binary = atob(token);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** An opaque token (base64, like S3's) for resuming after a key or a common prefix. */
export function encodeToken(resume: Resume): string {
  return toBase64(`${TOKEN_TAG}${resume.kind === 'key' ? 'k' : 'p'}${resume.value}`);
}

/** The resume point of a token, or undefined when the token is not one of ours. */
export function decodeToken(token: string): Resume | undefined {
  const text = fromBase64(token);
  if (text === undefined || !text.startsWith(TOKEN_TAG)) return undefined;
  const kind = text.charAt(TOKEN_TAG.length);
  const value = text.slice(TOKEN_TAG.length + 1);
  if (kind === 'k') return { kind: 'key', value };
  if (kind === 'p') return { kind: 'prefix', value };
  return undefined;
}

/** Objects sorted as S3 lists them. */
export function sortedObjects(objects: Iterable<S3Object>): S3Object[] {
  return [...objects].sort((a, b) => compareKeys(a.key, b.key));
}

/** A page of the listing of `sorted` (already in key order); undefined when the token is not valid. */
export function listPage(sorted: readonly S3Object[], q: ListQuery): ListPage | undefined {
  const prefix = q.Prefix ?? '';
  const delimiter = q.Delimiter ?? '';
  const max = Math.min(q.MaxKeys ?? LIST_LIMIT, LIST_LIMIT);
  let resume: Resume | undefined;
  if (q.ContinuationToken !== undefined) {
    resume = decodeToken(q.ContinuationToken);
    if (!resume) return undefined;
  } else if (q.StartAfter !== undefined && q.StartAfter !== '') {
    resume = { kind: 'key', value: q.StartAfter };
  }

  const page: ListPage = { contents: [], commonPrefixes: [], isTruncated: false };
  let last: Resume | undefined;
  for (const obj of sorted) {
    const key = obj.key;
    if (!key.startsWith(prefix)) continue;
    if (resume) {
      if (compareKeys(key, resume.value) <= 0) continue;
      if (resume.kind === 'prefix' && key.startsWith(resume.value)) continue;
    }
    let item: Resume = { kind: 'key', value: key };
    if (delimiter !== '') {
      const at = key.indexOf(delimiter, prefix.length);
      if (at >= 0) item = { kind: 'prefix', value: key.slice(0, at + delimiter.length) };
    }
    // Keys under a common prefix already listed roll into it.
    if (item.kind === 'prefix' && last?.kind === 'prefix' && last.value === item.value) continue;
    if (page.contents.length + page.commonPrefixes.length >= max) {
      page.isTruncated = max > 0;
      break;
    }
    if (item.kind === 'prefix') page.commonPrefixes.push(item.value);
    else page.contents.push(obj);
    last = item;
  }
  if (page.isTruncated && last) page.nextContinuationToken = encodeToken(last);
  return page;
}
