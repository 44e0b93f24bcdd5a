/** Every IAM operation, gathered from its areas. */
import type { OperationDef } from '../../operation.ts';
import { accessKeysOperations } from './access-keys/index.ts';
import { accountOperations } from './account/index.ts';
import { groupsOperations } from './groups/index.ts';
import { mfaOperations } from './mfa/index.ts';
import { policiesOperations } from './policies/index.ts';
import { rolesOperations } from './roles/index.ts';
import { simulateOperations } from './simulate/index.ts';
import { usersOperations } from './users/index.ts';

export const iamOperations: readonly OperationDef<never, unknown>[] = [
  ...usersOperations,
  ...accessKeysOperations,
  ...mfaOperations,
  ...groupsOperations,
  ...policiesOperations,
  ...rolesOperations,
  ...accountOperations,
  ...simulateOperations,
];
