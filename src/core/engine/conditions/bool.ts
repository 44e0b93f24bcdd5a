/** Bool: compares "true"/"false", ignoring case. */
import { defineOperator } from './operator.ts';

export const Bool = defineOperator<string>({
  name: 'Bool',
  family: 'Bool',
  negated: false,
  variables: true,
  valueMode: 'plain',
  prepare: (v) => {
    const lower = v.toLowerCase();
    return lower === 'true' || lower === 'false' ? lower : undefined;
  },
  test: (request, policy) => request.toLowerCase() === policy,
});
