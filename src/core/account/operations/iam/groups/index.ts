/** IAM operations: groups. */
import type { OperationDef } from '../../../operation.ts';

export const groupsOperations: readonly OperationDef<never, unknown>[] = [];
