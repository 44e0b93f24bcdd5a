import type { ContextValue, RequestContext } from '../core/engine/types.ts';

/** How a context row's text is read: as a string, a number, a boolean, or a comma-separated list. */
export type ContextValueType = 'string' | 'number' | 'bool' | 'list';

/** One key/value row of the request-context form. */
export interface ContextRow {
  id: number;
  key: string;
  type: ContextValueType;
  /** The raw text the learner typed (for `bool`: `true` or `false`). */
  value: string;
}

/** The context built from the rows, plus a plain-language problem for every row that could not be read. */
export interface ContextReading {
  context: RequestContext;
  problems: string[];
}

/** Reads one row's text as the chosen type, or returns a problem sentence. */
export function readContextValue(row: ContextRow): ContextValue | { problem: string } {
  const text = row.value.trim();
  switch (row.type) {
    case 'string':
      return row.value;
    case 'number': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return { problem: `${row.key}: "${row.value}" is not a number.` };
      return n;
    }
    case 'bool':
      if (text === 'true') return true;
      if (text === 'false') return false;
      return { problem: `${row.key}: a boolean must be true or false.` };
    case 'list':
      return text === '' ? [] : text.split(',').map((part) => part.trim());
  }
}

/** Builds the request context from the form rows; rows without a key are skipped. */
export function readContextRows(rows: readonly ContextRow[]): ContextReading {
  const context: RequestContext = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '') continue;
    const folded = key.toLowerCase();
    if (seen.has(folded)) {
      problems.push(`${key}: this key appears twice (condition keys ignore case).`);
      continue;
    }
    seen.add(folded);
    const value = readContextValue({ ...row, key });
    if (typeof value === 'object' && value !== null && 'problem' in value) problems.push(value.problem);
    else context[key] = value;
  }
  return { context, problems };
}
