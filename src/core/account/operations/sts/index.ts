/** STS operations. */
import type { OperationDef } from '../../operation.ts';
import { AssumeRole } from './AssumeRole.ts';
import { GetCallerIdentity } from './GetCallerIdentity.ts';

export const stsOperations = [GetCallerIdentity, AssumeRole] as unknown as readonly OperationDef<never, unknown>[];
