/**
 * EnableMFADevice: attach a virtual device (or a held hardware token, by its serial) to a user, proven by
 * two consecutive codes. For the root user AWS allows this only in the console: from the CLI or API the
 * required UserName is missing, so the call fails as AWS's API does, with a ValidationError.
 */
import { entityAlreadyExists, isApiError, limitExceeded } from '../../../errors.ts';
import type { MfaDevice } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { codeParam, consecutiveCodes, devicesOf, ENABLE_WINDOW, invalidCode, noSuchDevice, ownerKey, ownerResource, resolveOwner, SERIAL_PARAM, userNameRequired } from './devices.ts';

export interface EnableMFADeviceParams {
  UserName?: string;
  SerialNumber: string;
  AuthenticationCode1: string;
  AuthenticationCode2: string;
}

export const EnableMFADevice = defineOperation<EnableMFADeviceParams, undefined>({
  service: 'iam',
  name: 'EnableMFADevice',
  summary: 'Enables the specified MFA device and associates it with the specified IAM user.',
  params: [
    // Required by AWS's API; optional here only so the console can enable MFA for the root user.
    { name: 'UserName', type: 'string', min: 1, max: 128, pattern: PATTERNS.name, doc: 'The IAM user for whom to enable the MFA device.' },
    SERIAL_PARAM,
    codeParam('AuthenticationCode1'),
    codeParam('AuthenticationCode2'),
  ],
  resource: (ctx, p) => ownerResource(ctx, p.UserName),
  async run(ctx, p) {
    const { state } = ctx;
    // The API requires UserName; only the console enables a device for the signed-in identity itself.
    if (p.UserName === undefined && ctx.via !== 'console') return userNameRequired();
    const owner = resolveOwner(ctx, p.UserName, true);
    if (isApiError(owner)) return owner;
    const registered = state.mfaDevices[p.SerialNumber];
    const token = registered ? undefined : state.hardwareTokens?.[p.SerialNumber];
    if (!registered && !token) return noSuchDevice(p.SerialNumber);
    if (registered?.enabledFor !== undefined) return entityAlreadyExists('MFA Device is already in use.');
    if (devicesOf(state, owner).length >= QUOTAS.MFADevicesPerUser) return limitExceeded(quotaMessage('MFADevicesPerUser'));
    const seed = (registered ?? token)!.seed;
    const last = registered ? registered.lastAcceptedStep : token?.lastAcceptedStep;
    const step = await consecutiveCodes(seed, p.AuthenticationCode1, p.AuthenticationCode2, ctx.now, ENABLE_WINDOW, last);
    if (step === undefined) return invalidCode();
    const device: MfaDevice = registered ?? { serialNumber: p.SerialNumber, kind: 'hardware', seed, createDate: ctx.nowIso };
    device.enabledFor = ownerKey(owner);
    device.enableDate = ctx.nowIso;
    device.lastAcceptedStep = step;
    if (token) token.lastAcceptedStep = step;
    state.mfaDevices[p.SerialNumber] = device;
    return undefined;
  },
});
