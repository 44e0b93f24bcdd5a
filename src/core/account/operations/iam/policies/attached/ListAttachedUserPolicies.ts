/** ListAttachedUserPolicies: lists the managed policies attached to an IAM user. */
import { listAttachedPoliciesOperation } from '../shared/attached-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const ListAttachedUserPolicies = listAttachedPoliciesOperation(USER_OWNER);
