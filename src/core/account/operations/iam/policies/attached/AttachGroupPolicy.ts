/** AttachGroupPolicy: attaches a managed policy to an IAM group (at most 10 per group). */
import { attachPolicyOperation } from '../shared/attached-ops.ts';
import { GROUP_OWNER } from '../shared/owners.ts';

export const AttachGroupPolicy = attachPolicyOperation(GROUP_OWNER);
