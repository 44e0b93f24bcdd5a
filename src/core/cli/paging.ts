/**
 * Automatic pagination, as the AWS CLI does for list operations: it calls the operation page after page
 * and prints one merged result (no IsTruncated, no Marker). `--max-items N` stops after N items and adds
 * a `NextToken` to resume from with `--starting-token`; `--page-size` sets the API's limit per call.
 * Operations are recognised by their parameters: IAM's Marker + MaxItems, S3's ContinuationToken +
 * MaxKeys/MaxBuckets.
 */
import type { CallResult } from '../account/invoke.ts';
import type { OperationDef } from '../account/operation.ts';

/** How an operation pages. */
export interface Paging {
  /** The request parameter that continues a listing (Marker, ContinuationToken). */
  inputToken: string;
  /** The request parameter that limits a page (MaxItems, MaxKeys, MaxBuckets). */
  limitKey: string;
}

/** The paging parameters of an operation, when it pages. */
export function pagingOf(op: OperationDef<never, unknown>): Paging | undefined {
  const names = new Set(op.params.map((p) => p.name));
  if (names.has('Marker') && names.has('MaxItems')) return { inputToken: 'Marker', limitKey: 'MaxItems' };
  if (names.has('ContinuationToken')) {
    const limitKey = ['MaxKeys', 'MaxBuckets', 'MaxItems'].find((n) => names.has(n));
    if (limitKey) return { inputToken: 'ContinuationToken', limitKey };
  }
  return undefined;
}

/** The CLI's paging options. */
export interface PagingOptions {
  startingToken?: string;
  pageSize?: number;
  maxItems?: number;
}

// Keys about the page itself: the merged result leaves them out.
const PAGE_KEYS = new Set(['IsTruncated', 'Marker', 'NextMarker', 'ContinuationToken', 'NextContinuationToken', 'StartAfter', 'KeyCount', 'MaxKeys', 'MaxItems', 'MaxBuckets', 'Name', 'Delimiter', 'EncodingType']);
const MAX_PAGES = 10_000;

function base64Encode(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

function base64Decode(b64: string): string {
  const binary = atob(b64);
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

type Page = Record<string, unknown>;

function nextTokenOf(page: Page, sent: string | undefined): string | undefined {
  if (page.IsTruncated === false) return undefined;
  const candidates = [page.NextContinuationToken, page.NextMarker, page.Marker, page.ContinuationToken];
  for (const c of candidates) if (typeof c === 'string' && c !== '' && c !== sent) return c;
  return undefined;
}

/** Encode a resume point as botocore does: base64 of {"Marker": ..., "boto_truncate_amount": n}. */
function encodeResume(paging: Paging, token: string | undefined, skip: number): string {
  const body: Record<string, unknown> = { [paging.inputToken]: token ?? null };
  if (skip > 0) body.boto_truncate_amount = skip;
  return base64Encode(JSON.stringify(body));
}

/** Decode a `--starting-token`; undefined when it is not one this CLI wrote. */
export function decodeResume(paging: Paging, text: string): { token: string | undefined; skip: number } | undefined {
  try {
    const body = JSON.parse(base64Decode(text)) as Record<string, unknown>;
    const token = body[paging.inputToken];
    const skip = body.boto_truncate_amount ?? 0;
    if ((token !== null && typeof token !== 'string') || typeof skip !== 'number' || !Number.isInteger(skip) || skip < 0) return undefined;
    return { token: token ?? undefined, skip };
  } catch {
    return undefined;
  }
}

/**
 * Call `callPage` page after page and merge the pages. Returns the first error as it is. `resume` comes
 * from `decodeResume`.
 */
export async function collectPages(
  paging: Paging,
  params: Record<string, unknown>,
  options: PagingOptions & { resume?: { token: string | undefined; skip: number } },
  callPage: (params: Record<string, unknown>) => Promise<CallResult>,
): Promise<CallResult> {
  const merged: Page = {};
  const nonAggregate: Page = {};
  let resumeToken: string | undefined;
  const resultKeys: string[] = [];
  let token = options.resume?.token;
  let skip = options.resume?.skip ?? 0;
  let taken = 0;
  for (let n = 0; n < MAX_PAGES; n++) {
    const request = { ...params };
    if (token !== undefined) request[paging.inputToken] = token;
    if (options.pageSize !== undefined) request[paging.limitKey] = options.pageSize;
    const result = await callPage(request);
    if (!result.ok) return result;
    const page = (result.value ?? {}) as Page;
    for (const [k, v] of Object.entries(page)) {
      if (Array.isArray(v)) {
        if (!resultKeys.includes(k)) resultKeys.push(k);
      } else if (n === 0 && !PAGE_KEYS.has(k)) {
        nonAggregate[k] = v;
      }
    }
    // Items of this page, after those a resume token says were already shown.
    const primary = resultKeys.find((k) => Array.isArray(page[k]));
    const pageLength = primary ? (page[primary] as unknown[]).length : 0;
    let end = pageLength;
    let stopHere = false;
    if (options.maxItems !== undefined && taken + (pageLength - skip) >= options.maxItems) {
      end = skip + (options.maxItems - taken);
      stopHere = true;
    }
    for (const k of resultKeys) {
      const items = Array.isArray(page[k]) ? (page[k] as unknown[]) : [];
      const existing = (merged[k] as unknown[] | undefined) ?? [];
      merged[k] = [...existing, ...items.slice(skip, end)];
    }
    taken += Math.max(0, end - skip);
    const next = nextTokenOf(page, token);
    if (stopHere) {
      if (end < pageLength) resumeToken = encodeResume(paging, token, end);
      else if (next !== undefined) resumeToken = encodeResume(paging, next, 0);
      break;
    }
    if (next === undefined) break;
    token = next;
    // A resume point past this page (pages of another size) carries over to the next one.
    skip = Math.max(0, skip - pageLength);
  }
  // As botocore builds it: the result keys, then the other keys of the first page, then NextToken.
  Object.assign(merged, nonAggregate);
  if (resumeToken !== undefined) merged.NextToken = resumeToken;
  return { ok: true, value: merged };
}
