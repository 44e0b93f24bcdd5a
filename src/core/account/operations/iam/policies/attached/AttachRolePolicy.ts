/** AttachRolePolicy: attaches a managed policy to an IAM role (at most 10 per role). */
import { attachPolicyOperation } from '../shared/attached-ops.ts';
import { ROLE_OWNER } from '../shared/owners.ts';

export const AttachRolePolicy = attachPolicyOperation(ROLE_OWNER);
