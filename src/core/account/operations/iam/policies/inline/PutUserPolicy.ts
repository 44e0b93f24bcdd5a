/** PutUserPolicy: adds or replaces an inline policy of an IAM user. */
import { putInlinePolicyOperation } from '../shared/inline-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const PutUserPolicy = putInlinePolicyOperation(USER_OWNER);
