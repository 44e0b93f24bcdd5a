/** The interface of one kind of check: evaluate it over the grader's input. */
import type { Check, GradeInput } from '../types.ts';

/** Evaluates one kind of check. Returns undefined when it holds, else a default failure message. */
export interface CheckKind<C extends Check = Check> {
  kind: C['kind'];
  evaluate(check: C, input: GradeInput): string | undefined;
}

/** Define a check kind with its own check type. */
export function defineCheck<C extends Check>(kind: CheckKind<C>): CheckKind<C> {
  return kind;
}
