/** BinaryEquals: compares base64-encoded values byte for byte. */
import { defineOperator } from './operator.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const BinaryEquals = defineOperator<string>({
  name: 'BinaryEquals',
  family: 'Binary',
  negated: false,
  variables: false,
  valueMode: 'plain',
  prepare: (v) => (BASE64.test(v) && v.length % 4 === 0 ? v : undefined),
  test: (request, policy) => request === policy,
});
