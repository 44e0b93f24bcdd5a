/** PutGroupPolicy: adds or replaces an inline policy of an IAM group. */
import { putInlinePolicyOperation } from '../shared/inline-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const PutGroupPolicy = putInlinePolicyOperation(GROUP_OWNER);
