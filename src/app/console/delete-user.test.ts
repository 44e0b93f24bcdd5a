import { describe, expect, it } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv, nowMs } from '../../core/account/env.ts';
import { shipHardwareToken } from '../../core/account/operations/iam/mfa/hardware.ts';
import { call, newLab, T0 } from '../../core/account/testing.ts';
import { totpAtStep, totpStep } from '../../core/account/totp.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { consoleFor } from './console-state.svelte.ts';
import { confirmMatches, deleteUserCalls } from './delete-user.ts';

type Lab = ReturnType<typeof newLab>;
const DOC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';

async function ok(lab: Lab, operation: string, params: Record<string, unknown>): Promise<unknown> {
  const r = await call(lab, 'iam', operation, params);
  if (!r.ok) throw new Error(`${operation}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** Two consecutive codes of a seed, as read off a device. */
async function codes(lab: Lab, seed: string): Promise<{ AuthenticationCode1: string; AuthenticationCode2: string }> {
  const step = totpStep(nowMs(lab.state, lab.env));
  return { AuthenticationCode1: await totpAtStep(seed, step - 1), AuthenticationCode2: await totpAtStep(seed, step) };
}

/** A user with one of everything the lab models: password, two keys, a virtual and a hardware MFA device, two groups, policies. */
async function loadedUser(lab: Lab): Promise<{ virtual: string; hardware: string; keys: string[] }> {
  await ok(lab, 'CreateUser', { UserName: 'Alice' });
  await ok(lab, 'CreateGroup', { GroupName: 'Devs' });
  await ok(lab, 'CreateGroup', { GroupName: 'ops' });
  await ok(lab, 'AddUserToGroup', { GroupName: 'devs', UserName: 'alice' });
  await ok(lab, 'AddUserToGroup', { GroupName: 'ops', UserName: 'alice' });
  await ok(lab, 'CreateLoginProfile', { UserName: 'alice', Password: 'Correct-Horse-9-battery', PasswordResetRequired: true });
  const keys: string[] = [];
  for (let i = 0; i < 2; i++) keys.push(((await ok(lab, 'CreateAccessKey', { UserName: 'alice' })) as { AccessKey: { AccessKeyId: string } }).AccessKey.AccessKeyId);
  await ok(lab, 'AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  await ok(lab, 'PutUserPolicy', { UserName: 'alice', PolicyName: 'zeta', PolicyDocument: DOC });
  await ok(lab, 'PutUserPolicy', { UserName: 'alice', PolicyName: 'alpha', PolicyDocument: DOC });
  const v = ((await ok(lab, 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'alice-phone' })) as { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }).VirtualMFADevice;
  await ok(lab, 'EnableMFADevice', { UserName: 'alice', SerialNumber: v.SerialNumber, ...(await codes(lab, v.Base32StringSeed)) });
  const token = shipHardwareToken(lab.state);
  await ok(lab, 'EnableMFADevice', { UserName: 'alice', SerialNumber: token.serialNumber, ...(await codes(lab, token.seed)) });
  return { virtual: v.SerialNumber, hardware: token.serialNumber, keys };
}

describe('deleteUserCalls', () => {
  it('plans every clean-up call in the console order, and the plan really deletes the user', async () => {
    const lab = newLab();
    const { virtual, hardware, keys } = await loadedUser(lab);
    // DeleteUser alone is refused, which is why the plan exists.
    const alone = await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' });
    expect(alone.ok ? 'OK' : alone.error.code).toBe('DeleteConflict');

    const plan = deleteUserCalls(lab.state, 'ALICE')!;
    const hwFirst = hardware.localeCompare(virtual) < 0;
    const mfaCalls = hwFirst
      ? [`DeactivateMFADevice ${hardware}`, `DeactivateMFADevice ${virtual}`, `DeleteVirtualMFADevice ${virtual}`]
      : [`DeactivateMFADevice ${virtual}`, `DeleteVirtualMFADevice ${virtual}`, `DeactivateMFADevice ${hardware}`];
    const brief = (p: { operation: string; params: Record<string, unknown> }): string =>
      [p.operation, p.params.AccessKeyId ?? p.params.SerialNumber ?? p.params.GroupName ?? p.params.PolicyArn ?? p.params.PolicyName].filter(Boolean).join(' ');
    expect(plan.map(brief)).toEqual([
      'DeleteLoginProfile',
      ...keys.map((k) => `DeleteAccessKey ${k}`),
      ...mfaCalls,
      'RemoveUserFromGroup Devs',
      'RemoveUserFromGroup ops',
      'DetachUserPolicy arn:aws:iam::aws:policy/ReadOnlyAccess',
      'DeleteUserPolicy alpha',
      'DeleteUserPolicy zeta',
      'DeleteUser',
    ]);
    // Every call names the user as it is written, whatever case the learner typed.
    expect(plan.filter((p) => 'UserName' in p.params).every((p) => p.params.UserName === 'Alice')).toBe(true);
    expect(plan.map((p) => p.label)).toContain('Attached policy ReadOnlyAccess');

    for (const p of plan) {
      const r = await call(lab, 'iam', p.operation, p.params, { kind: 'root' }, 'console');
      expect(r.ok ? 'OK' : `${p.operation}: ${r.error.code}`).toBe('OK');
    }
    expect(lab.state.users['alice']).toBeUndefined();
    expect(lab.state.mfaDevices[virtual]).toBeUndefined();
    expect(lab.state.mfaDevices[hardware]).toBeUndefined();
    expect(lab.state.groups['devs']).toBeDefined();
  });

  it('is just DeleteUser for a bare user, and undefined for a user that does not exist', async () => {
    const lab = newLab();
    await ok(lab, 'CreateUser', { UserName: 'bob' });
    expect(deleteUserCalls(lab.state, 'bob')).toEqual([{ operation: 'DeleteUser', params: { UserName: 'bob' }, label: 'User bob' }]);
    expect(deleteUserCalls(lab.state, 'nobody')).toBeUndefined();
  });

  it('leaves an unassigned virtual device and other users\' devices alone', async () => {
    const lab = newLab();
    await ok(lab, 'CreateUser', { UserName: 'bob' });
    await ok(lab, 'CreateUser', { UserName: 'carol' });
    await ok(lab, 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'spare' });
    const v = ((await ok(lab, 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'carol-phone' })) as { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } }).VirtualMFADevice;
    await ok(lab, 'EnableMFADevice', { UserName: 'carol', SerialNumber: v.SerialNumber, ...(await codes(lab, v.Base32StringSeed)) });
    expect(deleteUserCalls(lab.state, 'bob')?.map((p) => p.operation)).toEqual(['DeleteUser']);
  });
});

describe('confirmMatches', () => {
  it('wants the name exactly as written', () => {
    expect(confirmMatches('Alice', 'Alice')).toBe(true);
    expect(confirmMatches('alice', 'Alice')).toBe(false);
    expect(confirmMatches('Alice ', 'Alice')).toBe(false);
    expect(confirmMatches('', 'Alice')).toBe(false);
  });
});

describe('ConsoleState.runCalls', () => {
  it('runs a delete plan in the console, echoing each call, and stops at the first failure', async () => {
    const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
    const c = consoleFor(ws);
    await c.act('CreateUser', { UserName: 'dave' });
    await c.act('CreateAccessKey', { UserName: 'dave' });
    await c.act('PutUserPolicy', { UserName: 'dave', PolicyName: 'p', PolicyDocument: DOC });
    const plan = deleteUserCalls(ws.account, 'dave')!;
    // Something changes between planning and running: the plan's DeleteUserPolicy fails and nothing after it runs.
    await ws.call('iam', 'DeleteUserPolicy', { UserName: 'dave', PolicyName: 'p' }, 'api');
    expect(await c.runCalls(plan)).toBe(false);
    expect(c.results.map((r) => `${r.ok ? 'ok' : 'failed'} ${r.cli.split(' ').slice(0, 3).join(' ')}`)).toEqual(['ok aws iam delete-access-key', 'failed aws iam delete-user-policy']);
    expect(ws.account.users['dave']).toBeDefined();
    // Planned again, it goes through: the last result is the user's deletion.
    expect(await c.runCalls(deleteUserCalls(ws.account, 'dave')!)).toBe(true);
    expect(c.results.map((r) => r.text)).toEqual(['User dave deleted.']);
    expect(c.results[0]?.cli).toBe('aws iam delete-user --user-name dave');
    expect(ws.account.users['dave']).toBeUndefined();
  });
});
