/** Builds ordered-comparison operators (Numeric, Date): both sides parsed the same way, then compared. */
import { defineOperator, type ConditionOperator, type OperatorFamily } from './operator.ts';

/** An operator that parses policy and request values with `parse` and compares them with `compare`. */
export function comparisonOperator(
  name: string,
  family: OperatorFamily,
  parse: (text: string) => number | undefined,
  compare: (request: number, policy: number) => boolean,
): ConditionOperator<number> {
  return defineOperator<number>({
    name,
    family,
    negated: false,
    variables: false,
    valueMode: 'plain',
    prepare: parse,
    test: (request, policy) => {
      const r = parse(request);
      return r !== undefined && compare(r, policy);
    },
  });
}
