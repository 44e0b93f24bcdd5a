/** Numeric operators: Equals, NotEquals, LessThan(Equals), GreaterThan(Equals). */
import { comparisonOperator } from './compare.ts';
import { negate, type ConditionOperator } from './operator.ts';

/** Parse a decimal number as AWS accepts it in a policy or a request; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const numeric = (name: string, compare: (request: number, policy: number) => boolean): ConditionOperator<number> =>
  comparisonOperator(name, 'Numeric', parseNumber, compare);

export const NumericEquals = numeric('NumericEquals', (r, p) => r === p);
export const NumericNotEquals = negate(NumericEquals, 'NumericNotEquals');
export const NumericLessThan = numeric('NumericLessThan', (r, p) => r < p);
export const NumericLessThanEquals = numeric('NumericLessThanEquals', (r, p) => r <= p);
export const NumericGreaterThan = numeric('NumericGreaterThan', (r, p) => r > p);
export const NumericGreaterThanEquals = numeric('NumericGreaterThanEquals', (r, p) => r >= p);
