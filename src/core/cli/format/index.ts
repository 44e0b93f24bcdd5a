/** The three output formats and `--query`, applied in the AWS CLI's order: query first, then format. */
import { compile, search, type JSONValue } from '@jmespath-community/jmespath';
import { formatJson } from './json.ts';
import { formatTable } from './table.ts';
import { formatText } from './text.ts';

/** An output format of `--output`. */
export type OutputFormat = 'json' | 'text' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text', 'table'];

/** Why a `--query` expression cannot be compiled, or undefined when it can. */
export function queryProblem(expression: string): string | undefined {
  try {
    compile(expression);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Apply `--query`; an error message when the expression fails on this data. */
export function applyQuery(value: unknown, expression: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    // The response is plain JSON data (from JSON.parse-able objects); undefined means no response.
    return { ok: true, value: search((value ?? null) as JSONValue, expression) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Print a response (already queried) in a format; `title` is the operation name for tables. */
export function formatOutput(format: OutputFormat, title: string, value: unknown): string {
  if (format === 'text') {
    if (value === undefined) return '';
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return '';
    return formatText(value);
  }
  if (format === 'table') return value === undefined ? '' : formatTable(title, value);
  return formatJson(value);
}
