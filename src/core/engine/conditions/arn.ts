/** Arn operators. ArnEquals and ArnLike behave alike: both take `*` and `?` within ARN parts. */
import { arnMatch, compileArnPattern, type ArnMatcher } from '../arn.ts';
import { defineOperator, negate } from './operator.ts';

export const ArnLike = defineOperator<ArnMatcher>({
  name: 'ArnLike',
  family: 'Arn',
  negated: false,
  variables: true,
  valueMode: 'glob',
  prepare: (glob) => compileArnPattern(glob),
  test: (request, matcher) => arnMatch(matcher, request),
});

export const ArnEquals = { ...ArnLike, name: 'ArnEquals' };
export const ArnNotEquals = negate(ArnLike, 'ArnNotEquals');
export const ArnNotLike = negate(ArnLike, 'ArnNotLike');
