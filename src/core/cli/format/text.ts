/**
 * `--output text`, by the AWS CLI's rules ("Text output format"): a structure prints its scalar values
 * on one tab-separated line (keys sorted), prefixed with its key in capitals when it is nested; lists of
 * structures print one line per element using the union of their scalar keys; a list of scalars prints
 * on one line (or one `KEY\tvalue` line each when nested); nested structures and lists follow as rows.
 */
import { isScalar, pyStr } from './py-str.ts';

/** The text output of a value ('' for nothing). */
export function formatText(value: unknown): string {
  const out: string[] = [];
  text(value, out, undefined, undefined);
  return out.join('');
}

type Obj = Record<string, unknown>;

function sortedKeys(o: Obj): string[] {
  return Object.keys(o).sort(pyCompare);
}

/** Python's default string order (by code point). */
export function pyCompare(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function text(item: unknown, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (Array.isArray(item)) listText(item, out, identifier);
  else if (item !== null && typeof item === 'object') dictText(item as Obj, out, identifier, scalarKeys);
  else out.push(`${pyStr(item)}\n`);
}

function listText(items: unknown[], out: string[], identifier: string | undefined): void {
  if (items.length === 0) return;
  if (items.some((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
    const keys = new Set<string>();
    for (const e of items) {
      if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
        for (const [k, v] of Object.entries(e)) if (isScalar(v)) keys.add(k);
      }
    }
    const all = [...keys].sort(pyCompare);
    for (const e of items) text(e, out, identifier, all);
  } else if (items.some((e) => Array.isArray(e))) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) scalarList(scalars, out, identifier);
    for (const e of items) if (!isScalar(e)) text(e, out, identifier, undefined);
  } else {
    scalarList(items, out, identifier);
  }
}

function scalarList(items: unknown[], out: string[], identifier: string | undefined): void {
  if (identifier !== undefined) for (const v of items) out.push(`${identifier.toUpperCase()}\t${pyStr(v)}\n`);
  else out.push(`${items.map(pyStr).join('\t')}\n`);
}

function dictText(o: Obj, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  const scalars: string[] = [];
  const nested: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const k of sortedKeys(o)) {
      const v = o[k];
      if (isScalar(v)) scalars.push(pyStr(v));
      else nested.push([k, v]);
    }
  } else {
    for (const k of scalarKeys) scalars.push(k in o ? pyStr(o[k]) : '');
    for (const k of sortedKeys(o)) if (!scalarKeys.includes(k)) nested.push([k, o[k]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [k, v] of nested) text(v, out, k, undefined);
}
