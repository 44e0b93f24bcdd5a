/**
 * The interface every condition operator implements. An operator decides whether ONE request value
 * matches ONE policy value, in the positive sense; the evaluator (evaluate.ts) applies negation, the
 * ForAllValues/ForAnyValue qualifiers, IfExists, and AWS's rules for missing keys.
 */

/** The operator families of AWS's condition operator reference. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** One condition operator, e.g. StringLike or NumericLessThan. */
export interface ConditionOperator<P = unknown> {
  /** The operator's name as written in a policy, e.g. `StringNotLike`. */
  readonly name: string;
  readonly family: OperatorFamily;
  /** Negated operators (StringNotEquals, NotIpAddress, ...) match when NO policy value matches. */
  readonly negated: boolean;
  /** Policy variables are substituted in this operator's values (String, Arn and Bool families). */
  readonly variables: boolean;
  /** How substituted values are rendered: `glob` keeps `*`/`?` as wildcards (Like and Arn operators). */
  readonly valueMode: 'glob' | 'plain';
  /** Prepare one policy value; undefined when the value is not valid for this operator. */
  prepare(policyValue: string): P | undefined;
  /** Does one request value match one prepared policy value (positive sense)? */
  test(requestValue: string, prepared: P): boolean;
}

/** Build an operator with its prepared-value type checked. */
export function defineOperator<P>(op: ConditionOperator<P>): ConditionOperator<P> {
  return op;
}

/** The negated twin of an operator: same matching, opposite verdict (applied by the evaluator). */
export function negate<P>(op: ConditionOperator<P>, name: string): ConditionOperator<P> {
  return { ...op, name, negated: true };
}
