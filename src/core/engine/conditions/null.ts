/**
 * Null: "true" asks that the key be absent, "false" that it be present. The evaluator handles presence;
 * this operator only validates the policy value.
 */
import { defineOperator } from './operator.ts';

export const Null = defineOperator<boolean>({
  name: 'Null',
  family: 'Null',
  negated: false,
  variables: false,
  valueMode: 'plain',
  prepare: (v) => {
    const lower = v.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
  },
  // Called with the key's presence encoded as "absent"/"present"; see evaluate.ts.
  test: (presence, wantsAbsent) => (presence === 'absent') === wantsAbsent,
});
