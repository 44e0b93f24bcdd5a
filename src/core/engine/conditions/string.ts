/** String operators: StringEquals, StringEqualsIgnoreCase, StringLike and their negations. */
import { globMatch } from '../glob.ts';
import { defineOperator, negate } from './operator.ts';

/** Exact, case-sensitive comparison; `*` is a literal character here. */
export const StringEquals = defineOperator<string>({
  name: 'StringEquals',
  family: 'String',
  negated: false,
  variables: true,
  valueMode: 'plain',
  prepare: (v) => v,
  test: (request, policy) => request === policy,
});

/** Comparison ignoring case. */
export const StringEqualsIgnoreCase = defineOperator<string>({
  name: 'StringEqualsIgnoreCase',
  family: 'String',
  negated: false,
  variables: true,
  valueMode: 'plain',
  prepare: (v) => v.toLowerCase(),
  test: (request, policy) => request.toLowerCase() === policy,
});

/** Case-sensitive match where the policy value's `*` and `?` are wildcards. */
export const StringLike = defineOperator<string>({
  name: 'StringLike',
  family: 'String',
  negated: false,
  variables: true,
  valueMode: 'glob',
  prepare: (glob) => glob,
  test: (request, glob) => globMatch(glob, request),
});

export const StringNotEquals = negate(StringEquals, 'StringNotEquals');
export const StringNotEqualsIgnoreCase = negate(StringEqualsIgnoreCase, 'StringNotEqualsIgnoreCase');
export const StringNotLike = negate(StringLike, 'StringNotLike');
