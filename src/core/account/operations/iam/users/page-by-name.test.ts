import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, pageAfter, sortedByName } from './page-by-name.ts';

type Item = { name: string; path: string };
const recordOf = (names: string[]): Record<string, Item> => Object.fromEntries(names.map((n) => [n.toLowerCase(), { name: n, path: '/' }]));
const nameOf = (i: Item) => i.name;

function allPages(record: Record<string, Item>, max: number): string[][] {
  const pages: string[][] = [];
  let marker: string | undefined;
  for (;;) {
    const r = pageAfter(sortedByName(record, nameOf), nameOf, marker === undefined ? { MaxItems: max } : { MaxItems: max, Marker: marker });
    pages.push(r.page.map(nameOf));
    if (!r.IsTruncated) return pages;
    expect(r.page).toHaveLength(max);
    marker = r.Marker;
  }
}

describe('sortedByName + pageAfter', () => {
  it('walks names in case-insensitive order, page by page', () => {
    expect(allPages(recordOf(['carol', 'Bob', 'alice', 'dave', 'Eve']), 2)).toEqual([['alice', 'Bob'], ['carol', 'dave'], ['Eve']]);
  });

  it('returns the same sequence as a full sort, for any names and page size', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { selector: (s) => s.toLowerCase(), maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (names, max) => {
        expect(allPages(recordOf(names), max).flat()).toEqual([...names].sort(compareNames));
      }),
    );
  });

  it('notices every change to the record: added, removed, replaced and renamed entities', () => {
    const rec = recordOf(['b', 'c']);
    const names = () => sortedByName(rec, nameOf).map(nameOf);
    expect(names()).toEqual(['b', 'c']);
    rec.a = { name: 'a', path: '/' };
    expect(names()).toEqual(['a', 'b', 'c']);
    delete rec.b;
    expect(names()).toEqual(['a', 'c']);
    rec.c!.name = 'C';
    expect(names()).toEqual(['a', 'C']);
    delete rec.a;
    rec.z = { name: 'z', path: '/' };
    expect(names()).toEqual(['C', 'z']);
    rec.z = { name: 'Z', path: '/' };
    expect(names()).toEqual(['C', 'Z']);
  });

  it('filters with keep, and an item removed between pages shifts nothing', () => {
    const rec = recordOf(['a', 'b', 'c', 'd', 'e']);
    rec.c!.path = '/x/';
    const first = pageAfter(sortedByName(rec, nameOf), nameOf, { MaxItems: 2 }, (i) => i.path === '/');
    expect(first).toMatchObject({ IsTruncated: true, Marker: 'b' });
    expect(pageAfter(sortedByName(rec, nameOf), nameOf, { MaxItems: 2, Marker: 'b' }, (i) => i.path === '/').page.map(nameOf)).toEqual(['d', 'e']);
    delete rec.b;
    expect(pageAfter(sortedByName(rec, nameOf), nameOf, { MaxItems: 2, Marker: 'b' }).page.map(nameOf)).toEqual(['c', 'd']);
  });
});
