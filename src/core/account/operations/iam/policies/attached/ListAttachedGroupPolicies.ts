/** ListAttachedGroupPolicies: lists the managed policies attached to an IAM group. */
import { listAttachedPoliciesOperation } from '../shared/attached-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const ListAttachedGroupPolicies = listAttachedPoliciesOperation(GROUP_OWNER);
