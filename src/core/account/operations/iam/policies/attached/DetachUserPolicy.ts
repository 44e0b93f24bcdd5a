/** DetachUserPolicy: detaches a managed policy from an IAM user. */
import { detachPolicyOperation } from '../shared/attached-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const DetachUserPolicy = detachPolicyOperation(USER_OWNER);
