/** Numeric operators: Equals, NotEquals, LessThan(Equals), GreaterThan(Equals). */
import { defineOperator, negate, type ConditionOperator } from './operator.ts';

/** Parse a decimal number as AWS accepts it in a policy or a request; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function numeric(name: string, compare: (request: number, policy: number) => boolean): ConditionOperator<number> {
  return defineOperator<number>({
    name,
    family: 'Numeric',
    negated: false,
    variables: false,
    valueMode: 'plain',
    prepare: parseNumber,
    test: (request, policy) => {
      const r = parseNumber(request);
      return r !== undefined && compare(r, policy);
    },
  });
}

export const NumericEquals = numeric('NumericEquals', (r, p) => r === p);
export const NumericNotEquals = negate(NumericEquals, 'NumericNotEquals');
export const NumericLessThan = numeric('NumericLessThan', (r, p) => r < p);
export const NumericLessThanEquals = numeric('NumericLessThanEquals', (r, p) => r <= p);
export const NumericGreaterThan = numeric('NumericGreaterThan', (r, p) => r > p);
export const NumericGreaterThanEquals = numeric('NumericGreaterThanEquals', (r, p) => r >= p);
