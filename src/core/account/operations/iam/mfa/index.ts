/** IAM operations: mfa. */
import type { OperationDef } from '../../../operation.ts';

export const mfaOperations: readonly OperationDef<never, unknown>[] = [];
