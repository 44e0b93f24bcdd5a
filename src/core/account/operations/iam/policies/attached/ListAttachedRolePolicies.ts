/** ListAttachedRolePolicies: lists the managed policies attached to an IAM role. */
import { listAttachedPoliciesOperation } from '../shared/attached-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const ListAttachedRolePolicies = listAttachedPoliciesOperation(ROLE_OWNER);
