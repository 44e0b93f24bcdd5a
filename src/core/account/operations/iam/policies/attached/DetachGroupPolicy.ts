/** DetachGroupPolicy: detaches a managed policy from an IAM group. */
import { detachPolicyOperation } from '../shared/attached-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const DetachGroupPolicy = detachPolicyOperation(GROUP_OWNER);
