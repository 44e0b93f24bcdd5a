/** S3 operations. */
import type { OperationDef } from '../../operation.ts';

export const s3Operations: readonly OperationDef<never, unknown>[] = [];
