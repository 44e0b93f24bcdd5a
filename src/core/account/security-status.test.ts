import { describe, expect, it } from 'vitest';
import { createAccount } from './create.ts';
import type { AccountState, User } from './model.ts';
import { policyFromInput } from './password-policy.ts';
import { securityStatus, type SecurityItemId } from './security-status.ts';

const T0 = Date.parse('2026-01-15T10:00:00Z');
const DAY = 86_400_000;

function user(name: string): User {
  return { userName: name, userId: 'AIDA' + name, path: '/', arn: `arn:aws:iam::111122223333:user/${name}`, createDate: '', tags: [], accessKeys: [], groups: [], attachedPolicies: [], inlinePolicies: {} };
}

function item(state: AccountState, id: SecurityItemId, now = T0) {
  const found = securityStatus(state, now).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('securityStatus', () => {
  it('lists the six items in order, none ok for a fresh account except root keys', () => {
    const s = createAccount({ createdAt: T0 });
    expect(securityStatus(s, T0).map((i) => [i.id, i.ok])).toEqual([
      ['root-access-keys', true],
      ['root-mfa', false],
      ['individual-users', false],
      ['groups-for-permissions', false],
      ['password-policy', false],
      ['access-key-age', true],
    ]);
  });

  it('root access keys: not ok while root has a key, even an inactive one', () => {
    const s = createAccount({ createdAt: T0 });
    s.root.accessKeys.push({ accessKeyId: 'AKIAR', secretHash: '', status: 'Inactive', createDate: '2026-01-15T10:00:00+00:00' });
    expect(item(s, 'root-access-keys')).toMatchObject({ ok: false, detail: 'The root user has 1 access key.' });
    s.root.accessKeys = [];
    expect(item(s, 'root-access-keys').ok).toBe(true);
  });

  it('root MFA: ok once a device is enabled for root (a user device does not count)', () => {
    const s = createAccount({ createdAt: T0 });
    s.mfaDevices.u = { serialNumber: 'u', kind: 'virtual', seed: '', enabledFor: 'alice', createDate: '' };
    s.mfaDevices.n = { serialNumber: 'n', kind: 'virtual', seed: '', createDate: '' };
    expect(item(s, 'root-mfa').ok).toBe(false);
    s.mfaDevices.r = { serialNumber: 'r', kind: 'virtual', seed: '', enabledFor: 'root', createDate: '' };
    expect(item(s, 'root-mfa').ok).toBe(true);
  });

  it('individual users: ok once a user exists', () => {
    const s = createAccount({ createdAt: T0 });
    expect(item(s, 'individual-users').ok).toBe(false);
    s.users.alice = user('alice');
    expect(item(s, 'individual-users')).toMatchObject({ ok: true, detail: 'The account has 1 IAM user.' });
  });

  it('groups: ok when users are in groups and no user has policies of its own', () => {
    const s = createAccount({ createdAt: T0 });
    s.users.alice = user('alice');
    expect(item(s, 'groups-for-permissions')).toMatchObject({ ok: false, detail: 'No groups exist yet.' });
    s.groups.dev = { groupName: 'dev', groupId: 'AGPA', path: '/', arn: '', createDate: '', attachedPolicies: [], inlinePolicies: {} };
    expect(item(s, 'groups-for-permissions')).toMatchObject({ ok: false, detail: 'No user is a member of a group yet.' });
    s.users.alice.groups.push('dev');
    expect(item(s, 'groups-for-permissions').ok).toBe(true);
    s.users.bob = user('bob');
    s.users.bob.attachedPolicies.push('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(item(s, 'groups-for-permissions')).toMatchObject({ ok: false, detail: '1 user has policies of its own: bob.' });
    s.users.carol = user('carol');
    s.users.carol.inlinePolicies.x = '{}';
    expect(item(s, 'groups-for-permissions').detail).toBe('2 users have policies of their own: bob and carol.');
    s.users.bob.attachedPolicies = [];
    delete s.users.carol;
    s.users.bob.inlinePolicies.x = '{}';
    expect(item(s, 'groups-for-permissions').ok).toBe(false);
    delete s.users.bob.inlinePolicies.x;
    s.users.bob.permissionsBoundary = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    expect(item(s, 'groups-for-permissions').ok).toBe(true);
  });

  it('password policy: ok once a custom policy is set', () => {
    const s = createAccount({ createdAt: T0 });
    expect(item(s, 'password-policy').ok).toBe(false);
    s.passwordPolicy = policyFromInput({});
    expect(item(s, 'password-policy').ok).toBe(true);
  });

  it('key age: not ok for an active key older than 90 days (root or user); inactive keys do not count', () => {
    const s = createAccount({ createdAt: T0 });
    s.users.alice = user('alice');
    s.users.alice.accessKeys.push({ accessKeyId: 'AKIAOLD', secretHash: '', status: 'Active', createDate: '2026-01-15T10:00:00+00:00' });
    expect(item(s, 'access-key-age', T0 + 90 * DAY).ok).toBe(true);
    expect(item(s, 'access-key-age', T0 + 91 * DAY)).toMatchObject({ ok: false, detail: '1 active access key is older than 90 days: alice (AKIAOLD).' });
    s.users.alice.accessKeys[0]!.status = 'Inactive';
    expect(item(s, 'access-key-age', T0 + 91 * DAY).ok).toBe(true);
    s.root.accessKeys.push({ accessKeyId: 'AKIAROOT', secretHash: '', status: 'Active', createDate: '2025-01-01T00:00:00+00:00' });
    expect(item(s, 'access-key-age')).toMatchObject({ ok: false, detail: '1 active access key is older than 90 days: root (AKIAROOT).' });
  });
});
