/** AttachUserPolicy: attaches a managed policy to an IAM user (at most 10 per user). */
import { attachPolicyOperation } from '../shared/attached-ops.ts';
import { USER_OWNER } from '../shared/owners.ts';

export const AttachUserPolicy = attachPolicyOperation(USER_OWNER);
