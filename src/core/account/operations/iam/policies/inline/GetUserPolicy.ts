/** GetUserPolicy: returns an inline policy of an IAM user with its document. */
import { getInlinePolicyOperation } from '../shared/inline-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const GetUserPolicy = getInlinePolicyOperation(USER_OWNER);
