/** GetGroupPolicy: returns an inline policy of an IAM group with its document. */
import { getInlinePolicyOperation } from '../shared/inline-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const GetGroupPolicy = getInlinePolicyOperation(GROUP_OWNER);
