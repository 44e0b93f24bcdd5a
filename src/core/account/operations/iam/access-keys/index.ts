/** IAM operations: access-keys. */
import type { OperationDef } from '../../../operation.ts';

export const accessKeysOperations: readonly OperationDef<never, unknown>[] = [];
