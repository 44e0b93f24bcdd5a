/** IAM operations: mfa. */
import type { OperationDef } from '../../../operation.ts';
import { CreateVirtualMFADevice } from './CreateVirtualMFADevice.ts';
import { DeactivateMFADevice } from './DeactivateMFADevice.ts';
import { DeleteVirtualMFADevice } from './DeleteVirtualMFADevice.ts';
import { EnableMFADevice } from './EnableMFADevice.ts';
import { ListMFADevices } from './ListMFADevices.ts';
import { ListVirtualMFADevices } from './ListVirtualMFADevices.ts';
import { ResyncMFADevice } from './ResyncMFADevice.ts';

export const mfaOperations = [
  CreateVirtualMFADevice,
  EnableMFADevice,
  DeactivateMFADevice,
  DeleteVirtualMFADevice,
  ListMFADevices,
  ListVirtualMFADevices,
  ResyncMFADevice,
] as unknown as readonly OperationDef<never, unknown>[];
