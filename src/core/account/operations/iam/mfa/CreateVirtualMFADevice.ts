/** CreateVirtualMFADevice: a new, unassigned virtual MFA device with its seed and QR code (shown once). */
import { entityAlreadyExists } from '../../../errors.ts';
import { newBase32Seed } from '../../../ids.ts';
import type { MfaDevice, Tag } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { otpauthUri, qrPngBase64 } from '../../../qr.ts';
import { iamArn, PATH_PARAM, TAGS_PARAM, tagsJson } from '../../../shapes.ts';

export interface CreateVirtualMFADeviceParams {
  Path?: string;
  VirtualMFADeviceName: string;
  Tags?: Tag[];
}

/** The response: AWS returns the seed and the QR code (base64 PNG) only here. */
export interface CreateVirtualMFADeviceResult {
  VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string; QRCodePNG: string; Tags?: Tag[] };
}

export const CreateVirtualMFADevice = defineOperation<CreateVirtualMFADeviceParams, CreateVirtualMFADeviceResult>({
  service: 'iam',
  name: 'CreateVirtualMFADevice',
  summary: 'Creates a new virtual MFA device for the AWS account. After creating it, use EnableMFADevice to attach it to a user.',
  params: [
    PATH_PARAM,
    { name: 'VirtualMFADeviceName', type: 'string', required: true, min: 1, max: 226, pattern: PATTERNS.name, doc: 'The name of the virtual MFA device.' },
    TAGS_PARAM,
  ],
  resource: (ctx, p) => iamArn(ctx.state, 'mfa', p.Path ?? '/', p.VirtualMFADeviceName),
  run(ctx, p) {
    const { state } = ctx;
    const path = p.Path ?? '/';
    const serialNumber = iamArn(state, 'mfa', path, p.VirtualMFADeviceName);
    const taken = Object.values(state.mfaDevices).some((d) => d.serialNumber.toLowerCase() === serialNumber.toLowerCase());
    if (taken) return entityAlreadyExists('MFADevice entity at the same path and name already exists.');
    const seed = newBase32Seed(state);
    const device: MfaDevice = { serialNumber, kind: 'virtual', seed, name: p.VirtualMFADeviceName, path, createDate: ctx.nowIso };
    if (p.Tags && p.Tags.length > 0) device.tags = p.Tags.map((t) => ({ Key: t.Key, Value: t.Value }));
    state.mfaDevices[serialNumber] = device;
    const out: CreateVirtualMFADeviceResult['VirtualMFADevice'] = {
      SerialNumber: serialNumber,
      Base32StringSeed: seed,
      QRCodePNG: qrPngBase64(otpauthUri(p.VirtualMFADeviceName, state.alias ?? state.accountId, seed)),
    };
    const tags = tagsJson(device.tags ?? []);
    if (tags) out.Tags = tags;
    return { VirtualMFADevice: out };
  },
});
