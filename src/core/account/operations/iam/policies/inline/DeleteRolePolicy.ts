/** DeleteRolePolicy: deletes an inline policy of an IAM role. */
import { deleteInlinePolicyOperation } from '../shared/inline-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const DeleteRolePolicy = deleteInlinePolicyOperation(ROLE_OWNER);
