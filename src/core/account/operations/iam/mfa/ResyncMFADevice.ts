/** ResyncMFADevice: re-synchronize an enabled device with two consecutive codes, over a wider clock window. */
import { noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';
import { codeParam, consecutiveCodes, deviceNotForUser, invalidCode, noSuchDevice, RESYNC_WINDOW, SERIAL_PARAM } from './devices.ts';

export interface ResyncMFADeviceParams {
  UserName: string;
  SerialNumber: string;
  AuthenticationCode1: string;
  AuthenticationCode2: string;
}

export const ResyncMFADevice = defineOperation<ResyncMFADeviceParams, undefined>({
  service: 'iam',
  name: 'ResyncMFADevice',
  summary: 'Synchronizes the specified MFA device with its IAM resource object on the AWS servers.',
  params: [
    { name: 'UserName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The user whose MFA device to resynchronize.' },
    SERIAL_PARAM,
    codeParam('AuthenticationCode1'),
    codeParam('AuthenticationCode2'),
  ],
  resource: (ctx, p) => findUser(ctx.state, p.UserName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${p.UserName}`,
  async run(ctx, p) {
    const { state } = ctx;
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const device = state.mfaDevices[p.SerialNumber];
    if (!device) return noSuchDevice(p.SerialNumber);
    if (device.enabledFor !== user.userName) return deviceNotForUser();
    const step = await consecutiveCodes(device.seed, p.AuthenticationCode1, p.AuthenticationCode2, ctx.now, RESYNC_WINDOW, device.lastAcceptedStep);
    if (step === undefined) return invalidCode();
    device.lastAcceptedStep = step;
    const token = state.hardwareTokens?.[p.SerialNumber];
    if (token) token.lastAcceptedStep = step;
    return undefined;
  },
});
