/** PutRolePolicy: adds or replaces an inline policy of an IAM role. */
import { putInlinePolicyOperation } from '../shared/inline-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const PutRolePolicy = putInlinePolicyOperation(ROLE_OWNER);
