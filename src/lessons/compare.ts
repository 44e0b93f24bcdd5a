/** Comparisons in lesson files: `3`, `"== 3"`, `">= 14"`, `"<= 90"`, `"< 2"`, `"> 0"`, `"!= 0"`. */
import type { Comparison } from './types.ts';

const FORM = /^\s*(==|!=|>=|<=|>|<)?\s*(-?\d+(?:\.\d+)?)\s*$/;

/** True when the text is a comparison this module understands. */
export function isComparison(c: unknown): c is Comparison {
  return (typeof c === 'number' && Number.isFinite(c)) || (typeof c === 'string' && FORM.test(c));
}

/** Does `value` satisfy the comparison? */
export function compare(value: number, c: Comparison): boolean {
  if (typeof c === 'number') return value === c;
  const m = FORM.exec(c);
  if (!m) return false;
  const n = Number(m[2]);
  switch (m[1] ?? '==') {
    case '==':
      return value === n;
    case '!=':
      return value !== n;
    case '>=':
      return value >= n;
    case '<=':
      return value <= n;
    case '>':
      return value > n;
    default:
      return value < n;
  }
}

/** The comparison in words, for messages: "at least 14", "exactly 1". */
export function describeComparison(c: Comparison): string {
  if (typeof c === 'number') return `exactly ${c}`;
  const m = FORM.exec(c);
  if (!m) return c;
  const words: Record<string, string> = { '==': 'exactly', '!=': 'not', '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'fewer than' };
  return `${words[m[1] ?? '=='] ?? ''} ${m[2]}`;
}
