/**
 * Listing a large record of entities (users by lower-cased name) in name order, page by page, fast:
 * - `sortedByName` remembers the sorted order per record object and reuses it while the record still
 *   holds exactly the same entities under the same names (checked on every call, in one pass of
 *   lookups — no sort), so paging through 5,000 users does not sort 5,000 names 50 times;
 * - `pageAfter` finds the Marker (the name of the last item returned: names are unique ignoring case,
 *   so it fixes the place) by binary search and reads the next MaxItems items that pass a filter.
 * A user added or removed between pages shifts nothing, as with IAM's own opaque markers.
 */

/** A page, AWS-style. */
export interface NamePage<T> {
  page: T[];
  IsTruncated: boolean;
  Marker?: string;
}

/** Case-insensitive order of names; the exact spelling breaks ties so the order is total. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface SortedMemo<T> {
  items: T[];
  /** Each item's name when it was sorted. */
  names: string[];
  /** The record key each item was found under. */
  keys: string[];
}

const memo = new WeakMap<object, SortedMemo<unknown>>();

function stillValid<T>(record: Readonly<Record<string, T>>, m: SortedMemo<T>, name: (t: T) => string): boolean {
  // Counting the keys is the costly part (V8 enumerates a large dictionary object in insertion order);
  // state records are plain JSON objects, so for-in sees exactly their own keys.
  let size = 0;
  for (const _key in record) size++;
  if (size !== m.items.length) return false;
  for (let i = 0; i < m.items.length; i++) {
    const item = m.items[i] as T;
    if (record[m.keys[i] as string] !== item || name(item) !== m.names[i]) return false;
  }
  return true;
}

/** The record's values sorted by name (case-insensitively), memoized per record while unchanged. */
export function sortedByName<T>(record: Readonly<Record<string, T>>, name: (t: T) => string): T[] {
  const hit = memo.get(record) as SortedMemo<T> | undefined;
  if (hit && stillValid(record, hit, name)) return hit.items;
  const entries = Object.entries(record).map(([key, item]) => ({ key, item, exact: name(item), lower: name(item).toLowerCase() }));
  entries.sort((a, b) => (a.lower !== b.lower ? (a.lower < b.lower ? -1 : 1) : a.exact < b.exact ? -1 : a.exact > b.exact ? 1 : 0));
  const m: SortedMemo<T> = { items: entries.map((e) => e.item), names: entries.map((e) => e.exact), keys: entries.map((e) => e.key) };
  memo.set(record, m as SortedMemo<unknown>);
  return m.items;
}

/** The next page of sorted `items` after `params.Marker`, keeping only items that pass `keep`. */
export function pageAfter<T>(
  sorted: readonly T[],
  name: (t: T) => string,
  params: { Marker?: string; MaxItems?: number },
  keep: (t: T) => boolean = () => true,
): NamePage<T> {
  const max = params.MaxItems ?? 100;
  let start = 0;
  if (params.Marker !== undefined) {
    const marker = params.Marker;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareNames(name(sorted[mid] as T), marker) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const page: T[] = [];
  for (let i = start; i < sorted.length; i++) {
    const item = sorted[i] as T;
    if (!keep(item)) continue;
    if (page.length === max) {
      const last = page[max - 1] as T;
      return { page, IsTruncated: true, Marker: name(last) };
    }
    page.push(item);
  }
  return { page, IsTruncated: false };
}
