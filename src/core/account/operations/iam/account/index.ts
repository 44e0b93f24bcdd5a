/** IAM operations: account. */
import type { OperationDef } from '../../../operation.ts';

export const accountOperations: readonly OperationDef<never, unknown>[] = [];
