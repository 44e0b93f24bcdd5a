import { describe, expect, it } from 'vitest';
import { advanceClock, nowMs } from '../../../env.ts';
import { QUOTAS } from '../../../quotas.ts';
import { call, codeOf, newLab } from '../../../testing.ts';
import { totpAtStep, totpStep } from '../../../totp.ts';
import { currentMfaCode, shipHardwareToken } from './hardware.ts';

type Lab = ReturnType<typeof newLab>;

async function createDevice(lab: Lab, name: string, path?: string): Promise<{ serial: string; seed: string }> {
  const r = await call(lab, 'iam', 'CreateVirtualMFADevice', path ? { VirtualMFADeviceName: name, Path: path } : { VirtualMFADeviceName: name });
  if (!r.ok) throw new Error(r.error.message);
  const d = (r.value as { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }).VirtualMFADevice;
  return { serial: d.SerialNumber, seed: d.Base32StringSeed };
}

/** Two consecutive codes as a learner reads them: one at the previous step, one now. */
async function twoCodes(lab: Lab, seed: string, offset = 0): Promise<{ AuthenticationCode1: string; AuthenticationCode2: string }> {
  const now = totpStep(nowMs(lab.state, lab.env)) + offset;
  return { AuthenticationCode1: await totpAtStep(seed, now - 1), AuthenticationCode2: await totpAtStep(seed, now) };
}

async function labWithUser(name = 'alice'): Promise<Lab> {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: name });
  return lab;
}

describe('CreateVirtualMFADevice', () => {
  it('returns an mfa ARN, a 32-character Base32 seed and a PNG QR code', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'alice-phone', Path: '/staff/', Tags: [{ Key: 'k', Value: 'v' }] });
    expect(r.ok).toBe(true);
    const d = (r as { value: { VirtualMFADevice: Record<string, unknown> } }).value.VirtualMFADevice;
    expect(d.SerialNumber).toBe('arn:aws:iam::111122223333:mfa/staff/alice-phone');
    expect(d.Base32StringSeed).toMatch(/^[A-Z2-7]{32}$/);
    expect(Buffer.from(d.QRCodePNG as string, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(d.Tags).toEqual([{ Key: 'k', Value: 'v' }]);
    // The seed is never written to the event history.
    expect(JSON.stringify(lab.state.events)).not.toContain(d.Base32StringSeed as string);
  });

  it('refuses a second device with the same path and name, and bad names', async () => {
    const lab = newLab();
    await createDevice(lab, 'dev');
    expect(await call(lab, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'DEV' })).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'MFADevice entity at the same path and name already exists.' },
    });
    expect(codeOf(await call(lab, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'dev', Path: '/other/' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'bad name' }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateVirtualMFADevice', {}))).toBe('ValidationError');
  });
});

describe('EnableMFADevice', () => {
  it('enables a device for a user with two consecutive codes', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    const r = await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) });
    expect(r).toEqual({ ok: true, value: undefined });
    expect(lab.state.mfaDevices[serial]).toMatchObject({ enabledFor: 'alice', enableDate: '2026-01-15T10:00:00+00:00' });
    // The codes are secrets: not in the event history.
    const last = lab.state.events.at(-1);
    expect(last?.requestParameters).toEqual({ UserName: 'alice', SerialNumber: serial });
  });

  it('accepts codes read a little while ago (clock drift window), not old ones', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    const codes = await twoCodes(lab, seed);
    advanceClock(lab.state, 60_000);
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...codes }))).toBe('OK');
    const other = await createDevice(lab, 'alice2');
    const old = await twoCodes(lab, other.seed);
    advanceClock(lab.state, 10 * 60_000);
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: other.serial, ...old }))).toBe('InvalidAuthenticationCode');
  });

  it('rejects a wrong code, non-consecutive codes, the same code twice and swapped codes', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    const now = totpStep(nowMs(lab.state, lab.env));
    const c = async (s: number): Promise<string> => totpAtStep(seed, s);
    const good = await c(now);
    const wrong = good === '000000' ? '000001' : '000000';
    const cases: [string, string][] = [
      [await c(now - 1), wrong],
      [await c(now - 2), await c(now)],
      [good, good],
      [await c(now), await c(now - 1)],
    ];
    for (const [a, b] of cases) {
      const r = await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, AuthenticationCode1: a, AuthenticationCode2: b });
      expect(r).toMatchObject({ ok: false, error: { code: 'InvalidAuthenticationCode', message: 'Authentication code for device is not valid.', status: 403 } });
    }
    expect(lab.state.mfaDevices[serial]?.enabledFor).toBeUndefined();
  });

  it('does not accept codes that were already used (after a deactivation)', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    const codes = await twoCodes(lab, seed);
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...codes }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { UserName: 'alice', SerialNumber: serial }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...codes }))).toBe('InvalidAuthenticationCode');
    // 30 s later the first code of a new pair is the last code already used: still refused.
    advanceClock(lab.state, 30_000);
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) }))).toBe('InvalidAuthenticationCode');
    advanceClock(lab.state, 30_000);
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) }))).toBe('OK');
  });

  it('says which entity is missing or already in use, with AWS codes', async () => {
    const lab = await labWithUser();
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    const { serial, seed } = await createDevice(lab, 'alice');
    const codes = await twoCodes(lab, seed);
    expect(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'nobody', SerialNumber: serial, ...codes })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'The user with name nobody cannot be found.' },
    });
    const missing = 'arn:aws:iam::111122223333:mfa/none';
    expect(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: missing, ...codes })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `VirtualMFADevice with serial number ${missing} doesn't exist.` },
    });
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...codes }))).toBe('OK');
    advanceClock(lab.state, 30_000);
    expect(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'bob', SerialNumber: serial, ...(await twoCodes(lab, seed)) })).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'MFA Device is already in use.' },
    });
    for (const bad of [{ AuthenticationCode1: '12345' }, { AuthenticationCode1: 'abcdef' }, { SerialNumber: 'short' }]) {
      expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...codes, ...bad }))).toBe('ValidationError');
    }
  });

  it('enforces MFADevicesPerUser (8)', async () => {
    const lab = await labWithUser();
    for (let i = 0; i < QUOTAS.MFADevicesPerUser; i++) {
      const { serial, seed } = await createDevice(lab, `d${i}`);
      expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) }))).toBe('OK');
    }
    const { serial, seed } = await createDevice(lab, 'one-more');
    expect(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for MFADevicesPerUser: 8' },
    });
  });

  it('is authorized against the user as the caller', async () => {
    const lab = await labWithUser();
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    const { serial, seed } = await createDevice(lab, 'alice');
    const r = await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) }, { kind: 'user', userName: 'bob' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: 'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:EnableMFADevice on resource: arn:aws:iam::111122223333:user/alice because no identity-based policy allows the iam:EnableMFADevice action',
      },
    });
  });
});

describe('root MFA is console-only', () => {
  it.each(['cli', 'api'] as const)('refuses root without UserName via %s, as the API does (UserName is required)', async (via) => {
    const lab = newLab();
    const { serial, seed } = await createDevice(lab, 'root-account-mfa-device');
    const r = await call(lab, 'iam', 'EnableMFADevice', { SerialNumber: serial, ...(await twoCodes(lab, seed)) }, { kind: 'root' }, via);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null" },
    });
    expect(lab.state.mfaDevices[serial]?.enabledFor).toBeUndefined();
  });

  it('requires UserName from the CLI for IAM users too; the console enables the signed-in user', async () => {
    const lab = await labWithUser();
    lab.state.users.alice!.inlinePolicies.self = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/${aws:username}' }] });
    const { serial, seed } = await createDevice(lab, 'alice');
    const as = { kind: 'user', userName: 'alice' } as const;
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { SerialNumber: serial, ...(await twoCodes(lab, seed)) }, as, 'cli'))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { SerialNumber: serial, ...(await twoCodes(lab, seed)) }, as, 'console'))).toBe('OK');
    expect(lab.state.mfaDevices[serial]?.enabledFor).toBe('alice');
  });

  it('enables root MFA from the console, and lists it as root', async () => {
    const lab = newLab();
    const { serial, seed } = await createDevice(lab, 'root-account-mfa-device');
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { SerialNumber: serial, ...(await twoCodes(lab, seed)) }, { kind: 'root' }, 'console'))).toBe('OK');
    expect(lab.state.mfaDevices[serial]?.enabledFor).toBe('root');
    const list = await call(lab, 'iam', 'ListVirtualMFADevices', { AssignmentStatus: 'Assigned' });
    expect(list).toMatchObject({
      ok: true,
      value: { VirtualMFADevices: [{ SerialNumber: serial, User: { Arn: 'arn:aws:iam::111122223333:root', UserId: '111122223333' }, EnableDate: '2026-01-15T10:00:00+00:00' }] },
    });
    const mine = await call(lab, 'iam', 'ListMFADevices', {});
    expect(mine).toMatchObject({ ok: true, value: { MFADevices: [{ SerialNumber: serial }], IsTruncated: false } });
    // Deactivating root's device without a name is console-only too.
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { SerialNumber: serial }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { SerialNumber: serial }, { kind: 'root' }, 'console'))).toBe('OK');
  });
});

describe('DeactivateMFADevice / DeleteVirtualMFADevice', () => {
  it('deactivates, then deletes; refuses to delete while enabled', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) });
    expect(await call(lab, 'iam', 'DeleteVirtualMFADevice', { SerialNumber: serial })).toMatchObject({
      ok: false,
      error: { code: 'DeleteConflict', message: 'MFA VirtualDevice in use. Must deactivate first.' },
    });
    expect(await call(lab, 'iam', 'DeactivateMFADevice', { UserName: 'alice', SerialNumber: 'arn:aws:iam::111122223333:mfa/none' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity' } });
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(await call(lab, 'iam', 'DeactivateMFADevice', { UserName: 'bob', SerialNumber: serial })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'MFA Device invalid for user.' },
    });
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { UserName: 'alice', SerialNumber: serial }))).toBe('OK');
    expect(lab.state.mfaDevices[serial]?.enabledFor).toBeUndefined();
    expect(codeOf(await call(lab, 'iam', 'DeleteVirtualMFADevice', { SerialNumber: serial }))).toBe('OK');
    expect(lab.state.mfaDevices[serial]).toBeUndefined();
    expect(await call(lab, 'iam', 'DeleteVirtualMFADevice', { SerialNumber: serial })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `VirtualMFADevice with serial number ${serial} doesn't exist.` },
    });
  });

  it('lets a user deactivate its own device without naming itself', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) });
    lab.state.users.alice!.inlinePolicies.self = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:DeactivateMFADevice', 'iam:ListMFADevices'], Resource: 'arn:aws:iam::*:user/${aws:username}' }],
    });
    const as = { kind: 'user', userName: 'alice' } as const;
    expect(await call(lab, 'iam', 'ListMFADevices', {}, as)).toMatchObject({ ok: true, value: { MFADevices: [{ UserName: 'alice', SerialNumber: serial }] } });
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { SerialNumber: serial }, as))).toBe('OK');
  });
});

describe('ListMFADevices / ListVirtualMFADevices', () => {
  it('lists by assignment status and pages', async () => {
    const lab = await labWithUser();
    const a = await createDevice(lab, 'a');
    await createDevice(lab, 'b');
    await createDevice(lab, 'c');
    await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: a.serial, ...(await twoCodes(lab, a.seed)) });
    const serials = async (params: Record<string, unknown>): Promise<string[]> => {
      const r = (await call(lab, 'iam', 'ListVirtualMFADevices', params)) as { value: { VirtualMFADevices: { SerialNumber: string }[] } };
      return r.value.VirtualMFADevices.map((d) => d.SerialNumber.split('/').pop() ?? '');
    };
    expect(await serials({})).toEqual(['a', 'b', 'c']);
    expect(await serials({ AssignmentStatus: 'Assigned' })).toEqual(['a']);
    expect(await serials({ AssignmentStatus: 'Unassigned' })).toEqual(['b', 'c']);
    expect(await serials({ MaxItems: 2 })).toEqual(['a', 'b']);
    expect(codeOf(await call(lab, 'iam', 'ListVirtualMFADevices', { AssignmentStatus: 'Some' }))).toBe('ValidationError');
    const assigned = (await call(lab, 'iam', 'ListVirtualMFADevices', { AssignmentStatus: 'Assigned' })) as { value: { VirtualMFADevices: { User: Record<string, string> }[] } };
    expect(assigned.value.VirtualMFADevices[0]?.User).toMatchObject({ UserName: 'alice', Arn: 'arn:aws:iam::111122223333:user/alice' });
    // Seeds are never listed.
    expect(JSON.stringify(assigned)).not.toContain(a.seed);
    expect(await call(lab, 'iam', 'ListMFADevices', { UserName: 'alice' })).toMatchObject({
      ok: true,
      value: { MFADevices: [{ UserName: 'alice', SerialNumber: a.serial, EnableDate: '2026-01-15T10:00:00+00:00' }], IsTruncated: false },
    });
    expect(codeOf(await call(lab, 'iam', 'ListMFADevices', { UserName: 'nobody' }))).toBe('NoSuchEntity');
  });
});

describe('ResyncMFADevice', () => {
  it('accepts two consecutive codes from further away, rejects wrong ones and a device of another user', async () => {
    const lab = await labWithUser();
    const { serial, seed } = await createDevice(lab, 'alice');
    await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed)) });
    advanceClock(lab.state, 5 * 60_000);
    // A device whose clock runs 5 steps ahead: outside the enable window, inside the resync window.
    expect(codeOf(await call(lab, 'iam', 'ResyncMFADevice', { UserName: 'alice', SerialNumber: serial, ...(await twoCodes(lab, seed, 5)) }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'ResyncMFADevice', { UserName: 'alice', SerialNumber: serial, AuthenticationCode1: '000000', AuthenticationCode2: '000000' }))).toBe('InvalidAuthenticationCode');
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(codeOf(await call(lab, 'iam', 'ResyncMFADevice', { UserName: 'bob', SerialNumber: serial, ...(await twoCodes(lab, seed, 1)) }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'ResyncMFADevice', { UserName: 'nobody', SerialNumber: serial, ...(await twoCodes(lab, seed, 1)) }))).toBe('NoSuchEntity');
  });
});

describe('hardware TOTP tokens', () => {
  it('ships a token, registers it by serial with its displayed codes, and removes it from IAM on deactivation', async () => {
    const lab = await labWithUser();
    const token = shipHardwareToken(lab.state);
    expect(token.serialNumber).toMatch(/^GAHT\d{8}$/);
    expect(shipHardwareToken((await labWithUser()).state)).toEqual(token); // deterministic: same calls, same token
    const shown = await currentMfaCode(lab.state, lab.env, token.serialNumber);
    expect(shown).toMatchObject({ secondsLeft: 30 });
    advanceClock(lab.state, 30_000);
    const next = await currentMfaCode(lab.state, lab.env, token.serialNumber);
    expect(next?.step).toBe((shown?.step ?? 0) + 1);
    const r = await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: token.serialNumber, AuthenticationCode1: shown?.code, AuthenticationCode2: next?.code });
    expect(codeOf(r)).toBe('OK');
    expect(lab.state.mfaDevices[token.serialNumber]).toMatchObject({ kind: 'hardware', enabledFor: 'alice' });
    expect(await call(lab, 'iam', 'ListMFADevices', { UserName: 'alice' })).toMatchObject({ ok: true, value: { MFADevices: [{ SerialNumber: token.serialNumber }] } });
    // Hardware tokens are not virtual devices.
    expect(await call(lab, 'iam', 'ListVirtualMFADevices', {})).toMatchObject({ ok: true, value: { VirtualMFADevices: [] } });
    expect(codeOf(await call(lab, 'iam', 'DeactivateMFADevice', { UserName: 'alice', SerialNumber: token.serialNumber }))).toBe('OK');
    expect(lab.state.mfaDevices[token.serialNumber]).toBeUndefined();
    // Its old codes stay used.
    expect(codeOf(await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: token.serialNumber, AuthenticationCode1: shown?.code, AuthenticationCode2: next?.code }))).toBe('InvalidAuthenticationCode');
    expect(await currentMfaCode(lab.state, lab.env, 'GAHT00000000')).toBeUndefined();
  });
});
