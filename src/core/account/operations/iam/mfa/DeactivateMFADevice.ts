/**
 * DeactivateMFADevice: detach a device from its user. A virtual device stays in the account, unassigned;
 * a hardware token is removed from IAM (the learner still holds it). Without UserName it is the caller's
 * device; the root user's own devices can be deactivated that way only in the console (AWS requires an
 * AssumeRoot session to omit the name with root credentials).
 */
import { isApiError } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { deviceNotForUser, noSuchDevice, ownerKey, ownerResource, resolveOwner, SERIAL_PARAM } from './devices.ts';

export interface DeactivateMFADeviceParams {
  UserName?: string;
  SerialNumber: string;
}

export const DeactivateMFADevice = defineOperation<DeactivateMFADeviceParams, undefined>({
  service: 'iam',
  name: 'DeactivateMFADevice',
  summary: 'Deactivates the specified MFA device and removes it from association with the user for which it was enabled.',
  params: [
    { name: 'UserName', type: 'string', min: 1, max: 128, pattern: PATTERNS.name, doc: 'The user whose MFA device to deactivate (default: the caller).' },
    SERIAL_PARAM,
  ],
  resource: (ctx, p) => ownerResource(ctx, p.UserName),
  run(ctx, p) {
    const { state } = ctx;
    const owner = resolveOwner(ctx, p.UserName, ctx.via === 'console');
    if (isApiError(owner)) return owner;
    const device = state.mfaDevices[p.SerialNumber];
    if (!device) return noSuchDevice(p.SerialNumber);
    if (device.enabledFor !== ownerKey(owner)) return deviceNotForUser();
    if (device.kind === 'hardware') {
      delete state.mfaDevices[p.SerialNumber];
      return undefined;
    }
    delete device.enabledFor;
    delete device.enableDate;
    return undefined;
  },
});
