/** ListUserPolicies: lists the names of the inline policies of an IAM user. */
import { listInlinePoliciesOperation } from '../shared/inline-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const ListUserPolicies = listInlinePoliciesOperation(USER_OWNER);
