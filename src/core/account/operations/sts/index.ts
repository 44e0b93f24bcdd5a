/** STS operations. */
import type { OperationDef } from '../../operation.ts';

export const stsOperations: readonly OperationDef<never, unknown>[] = [];
