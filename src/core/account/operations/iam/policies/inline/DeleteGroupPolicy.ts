/** DeleteGroupPolicy: deletes an inline policy of an IAM group. */
import { deleteInlinePolicyOperation } from '../shared/inline-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const DeleteGroupPolicy = deleteInlinePolicyOperation(GROUP_OWNER);
