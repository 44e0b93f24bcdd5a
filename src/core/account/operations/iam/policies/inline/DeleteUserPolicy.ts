/** DeleteUserPolicy: deletes an inline policy of an IAM user. */
import { deleteInlinePolicyOperation } from '../shared/inline-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const DeleteUserPolicy = deleteInlinePolicyOperation(USER_OWNER);
