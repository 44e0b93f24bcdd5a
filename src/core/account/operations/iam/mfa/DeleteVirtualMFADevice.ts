/** DeleteVirtualMFADevice: remove an unassigned virtual MFA device from the account. */
import { deleteConflict } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { noSuchDevice, SERIAL_PARAM } from './devices.ts';

export interface DeleteVirtualMFADeviceParams {
  SerialNumber: string;
}

export const DeleteVirtualMFADevice = defineOperation<DeleteVirtualMFADeviceParams, undefined>({
  service: 'iam',
  name: 'DeleteVirtualMFADevice',
  summary: 'Deletes a virtual MFA device. It must be deactivated first.',
  params: [{ ...SERIAL_PARAM, doc: 'The ARN of the virtual MFA device to delete.' }],
  resource: (_ctx, p) => p.SerialNumber,
  run(ctx, p) {
    const device = ctx.state.mfaDevices[p.SerialNumber];
    if (!device || device.kind !== 'virtual') return noSuchDevice(p.SerialNumber);
    if (device.enabledFor !== undefined) return deleteConflict('MFA VirtualDevice in use. Must deactivate first.');
    delete ctx.state.mfaDevices[p.SerialNumber];
    return undefined;
  },
});
