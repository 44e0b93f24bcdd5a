/** Date operators: ISO 8601 dates and times, or epoch seconds; no wildcards. */
import { comparisonOperator } from './compare.ts';
import { negate, type ConditionOperator } from './operator.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parse an ISO 8601 date/time or epoch seconds into epoch milliseconds; undefined when it is neither. */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t) * 1000;
  if (!ISO_DATE.test(t)) return undefined;
  // A date-time without a zone is read as UTC, as AWS does.
  const withZone = /T/.test(t) && !/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? `${t}Z` : t;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

const date = (name: string, compare: (request: number, policy: number) => boolean): ConditionOperator<number> =>
  comparisonOperator(name, 'Date', parseDate, compare);

export const DateEquals = date('DateEquals', (r, p) => r === p);
export const DateNotEquals = negate(DateEquals, 'DateNotEquals');
export const DateLessThan = date('DateLessThan', (r, p) => r < p);
export const DateLessThanEquals = date('DateLessThanEquals', (r, p) => r <= p);
export const DateGreaterThan = date('DateGreaterThan', (r, p) => r > p);
export const DateGreaterThanEquals = date('DateGreaterThanEquals', (r, p) => r >= p);
