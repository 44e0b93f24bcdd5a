/** ListRolePolicies: lists the names of the inline policies of an IAM role. */
import { listInlinePoliciesOperation } from '../shared/inline-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const ListRolePolicies = listInlinePoliciesOperation(ROLE_OWNER);
