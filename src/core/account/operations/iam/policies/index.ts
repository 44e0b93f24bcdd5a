/** IAM operations: policies. */
import type { OperationDef } from '../../../operation.ts';

export const policiesOperations: readonly OperationDef<never, unknown>[] = [];
