/** DetachRolePolicy: detaches a managed policy from an IAM role. */
import { detachPolicyOperation } from '../shared/attached-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const DetachRolePolicy = detachPolicyOperation(ROLE_OWNER);
