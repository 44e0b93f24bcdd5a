import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { S3Object } from '../../model.ts';
import { decodeToken, encodeToken, listPage, sortedObjects, type ListQuery } from './list.ts';
import { compareKeys } from './names.ts';

function objects(keys: readonly string[]): S3Object[] {
  return sortedObjects(keys.map((key) => ({ key, body: '', contentType: 'text/plain', lastModified: '', etag: '""', size: 0 })));
}

function keysOf(q: ListQuery, keys: readonly string[]) {
  const page = listPage(objects(keys), q);
  if (!page) throw new Error('bad token');
  return { keys: page.contents.map((o) => o.key), prefixes: page.commonPrefixes, truncated: page.isTruncated, token: page.nextContinuationToken };
}

/** Page through with MaxKeys, following NextContinuationToken, and gather everything. */
function pageAll(keys: readonly string[], q: ListQuery, maxKeys: number): { keys: string[]; prefixes: string[]; pages: number } {
  const all = { keys: [] as string[], prefixes: [] as string[], pages: 0 };
  let token: string | undefined;
  do {
    const page = keysOf({ ...q, MaxKeys: maxKeys, ...(token !== undefined ? { ContinuationToken: token } : {}) }, keys);
    all.keys.push(...page.keys);
    all.prefixes.push(...page.prefixes);
    all.pages++;
    expect(page.keys.length + page.prefixes.length).toBeLessThanOrEqual(maxKeys);
    token = page.truncated ? page.token : undefined;
    if (page.truncated) expect(page.token).toBeDefined();
  } while (token !== undefined && all.pages < 1000);
  return all;
}

describe('ListObjectsV2 listing', () => {
  // The S3 User Guide's example of organizing objects with prefixes.
  const guide = ['Development/Projects.xls', 'Finance/statement1.pdf', 'Private/taxdocument.pdf', 's3-dg.pdf'];
  // The S3 API reference's ListObjects example keys.
  const photos = ['sample.jpg', 'photos/2006/January/sample.jpg', 'photos/2006/February/sample2.jpg', 'photos/2006/February/sample3.jpg', 'photos/2006/February/sample4.jpg'];

  it('rolls keys up to the delimiter into CommonPrefixes, as in the User Guide example', () => {
    expect(keysOf({ Delimiter: '/' }, guide)).toMatchObject({ keys: ['s3-dg.pdf'], prefixes: ['Development/', 'Finance/', 'Private/'], truncated: false });
    expect(keysOf({}, guide).keys).toEqual(['Development/Projects.xls', 'Finance/statement1.pdf', 'Private/taxdocument.pdf', 's3-dg.pdf']);
  });

  it('lists under a prefix with a delimiter, as in the API reference example', () => {
    expect(keysOf({ Delimiter: '/' }, photos)).toMatchObject({ keys: ['sample.jpg'], prefixes: ['photos/'] });
    expect(keysOf({ Prefix: 'photos/2006/', Delimiter: '/' }, photos)).toMatchObject({ keys: [], prefixes: ['photos/2006/February/', 'photos/2006/January/'] });
    expect(keysOf({ Prefix: 'photos/2006/February/' }, photos).keys).toEqual(['photos/2006/February/sample2.jpg', 'photos/2006/February/sample3.jpg', 'photos/2006/February/sample4.jpg']);
    // A key equal to the prefix is listed as a key, not as a common prefix.
    expect(keysOf({ Prefix: 'photos/', Delimiter: '/' }, [...photos, 'photos/'])).toMatchObject({ keys: ['photos/'], prefixes: ['photos/2006/'] });
  });

  it('counts keys and common prefixes together against MaxKeys, and resumes after a common prefix', () => {
    const first = keysOf({ Delimiter: '/', MaxKeys: 2 }, guide);
    expect(first).toMatchObject({ keys: [], prefixes: ['Development/', 'Finance/'], truncated: true });
    const second = keysOf({ Delimiter: '/', MaxKeys: 2, ContinuationToken: first.token as string }, guide);
    expect(second).toMatchObject({ keys: ['s3-dg.pdf'], prefixes: ['Private/'], truncated: false });
    expect(second.token).toBeUndefined();
  });

  it('starts after StartAfter, and the continuation token wins over it', () => {
    expect(keysOf({ StartAfter: 'Finance/statement1.pdf' }, guide).keys).toEqual(['Private/taxdocument.pdf', 's3-dg.pdf']);
    expect(keysOf({ StartAfter: 'F' }, guide).keys).toEqual(['Finance/statement1.pdf', 'Private/taxdocument.pdf', 's3-dg.pdf']);
    const token = encodeToken({ kind: 'key', value: 'Private/taxdocument.pdf' });
    expect(keysOf({ StartAfter: 'A', ContinuationToken: token }, guide).keys).toEqual(['s3-dg.pdf']);
  });

  it('refuses a token it did not make', () => {
    expect(listPage(objects(guide), { ContinuationToken: 'not-a-token' })).toBeUndefined();
    expect(listPage(objects(guide), { ContinuationToken: btoa('something else') })).toBeUndefined();
    expect(decodeToken(encodeToken({ kind: 'prefix', value: 'ünï/😀' }))).toEqual({ kind: 'prefix', value: 'ünï/😀' });
  });

  it('caps a page at 1,000 keys; MaxKeys 0 lists nothing', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `k${String(i).padStart(4, '0')}`);
    const page = keysOf({ MaxKeys: 5000 }, many);
    expect(page.keys.length).toBe(1000);
    expect(page.truncated).toBe(true);
    expect(keysOf({ MaxKeys: 0 }, many)).toMatchObject({ keys: [], prefixes: [], truncated: false });
  });

  it('orders keys by their UTF-8 bytes, not by UTF-16 units', () => {
    const keys = ['\uE000', '😀', 'a', 'B', 'é'];
    expect(keysOf({}, keys).keys).toEqual(['B', 'a', 'é', '\uE000', '😀']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareKeys(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))));
      }),
      { numRuns: 500 },
    );
  });

  it('pages to exactly the unpaged listing, for any keys, prefix, delimiter and page size', () => {
    const keyArb = fc.array(fc.stringMatching(/^[ab/é]{1,5}$/), { maxLength: 25 }).map((ks) => [...new Set(ks)]);
    fc.assert(
      fc.property(keyArb, fc.constantFrom('', 'a', 'a/', 'b'), fc.constantFrom(undefined, '/', 'b'), fc.integer({ min: 1, max: 6 }), (keys, prefix, delimiter, max) => {
        const q: ListQuery = { Prefix: prefix, ...(delimiter !== undefined ? { Delimiter: delimiter } : {}) };
        const whole = keysOf(q, keys);
        expect(whole.truncated).toBe(false);
        const paged = pageAll(keys, q, max);
        expect(paged.keys).toEqual(whole.keys);
        expect(paged.prefixes).toEqual(whole.prefixes);
        const items = whole.keys.length + whole.prefixes.length;
        expect(paged.pages).toBe(Math.max(1, Math.ceil(items / max)));
      }),
      { numRuns: 400 },
    );
  });
});
