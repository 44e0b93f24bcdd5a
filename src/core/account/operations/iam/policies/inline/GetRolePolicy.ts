/** GetRolePolicy: returns an inline policy of an IAM role with its document. */
import { getInlinePolicyOperation } from '../shared/inline-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const GetRolePolicy = getInlinePolicyOperation(ROLE_OWNER);
