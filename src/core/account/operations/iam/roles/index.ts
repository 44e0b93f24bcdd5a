/** IAM operations: roles. */
import type { OperationDef } from '../../../operation.ts';

export const rolesOperations: readonly OperationDef<never, unknown>[] = [];
