/** IAM operations: the policy simulator. */
import type { OperationDef } from '../../../operation.ts';
import { SimulateCustomPolicy } from './SimulateCustomPolicy.ts';
import { SimulatePrincipalPolicy } from './SimulatePrincipalPolicy.ts';

export const simulateOperations = [SimulatePrincipalPolicy, SimulateCustomPolicy] as unknown as readonly OperationDef<never, unknown>[];
