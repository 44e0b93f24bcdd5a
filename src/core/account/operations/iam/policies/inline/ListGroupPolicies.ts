/** ListGroupPolicies: lists the names of the inline policies of an IAM group. */
import { listInlinePoliciesOperation } from '../shared/inline-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const ListGroupPolicies = listInlinePoliciesOperation(GROUP_OWNER);
