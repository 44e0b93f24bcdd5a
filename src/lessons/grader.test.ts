import { describe, expect, it } from 'vitest';
import { call, newLab, T0 } from '../core/account/testing.ts';
import { DAY_MS } from '../core/account/env.ts';
import type { AccountState, ManagedPolicy } from '../core/account/model.ts';
import { gradeCheck, gradeChecks, allPassed } from './grader.ts';
import type { Check, GradeInput } from './types.ts';

const input = (state: AccountState, answers: Record<string, number> = {}, nowMs = T0): GradeInput => ({ state, nowMs, answers });
const passes = (check: Check, i: GradeInput): boolean => gradeCheck(check, i).passed;

function customPolicy(state: AccountState, name: string, statements: unknown[]): string {
  const arn = `arn:aws:iam::${state.accountId}:policy/${name}`;
  const p: ManagedPolicy = {
    policyName: name, policyId: 'ANPAX', arn, path: '/', awsManaged: false, createDate: '', updateDate: '', nextVersion: 2, tags: [],
    versions: [{ versionId: 'v1', isDefault: true, createDate: '', document: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }],
  };
  state.policies[arn] = p;
  return arn;
}

describe('entity checks', () => {
  it('root: access keys and MFA', () => {
    const { state } = newLab();
    const noKeys: Check = { kind: 'root', label: 'root has no keys', accessKeys: 0 };
    expect(passes(noKeys, input(state))).toBe(true);
    state.root.accessKeys.push({ accessKeyId: 'AKIAOLD', secretHash: '', status: 'Inactive', createDate: '' });
    const r = gradeCheck(noKeys, input(state));
    expect(r).toMatchObject({ passed: false, message: 'The root user has 1 access key; it should have exactly 0.' });
    const mfa: Check = { kind: 'root', label: 'MFA', mfa: true };
    expect(passes(mfa, input(state))).toBe(false);
    state.mfaDevices.x = { serialNumber: 'x', kind: 'virtual', seed: '', createDate: '', enabledFor: 'root' };
    expect(passes(mfa, input(state))).toBe(true);
  });

  it('user: console access with reset, keys, groups, direct policies, key age', async () => {
    const lab = newLab();
    const { state } = lab;
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    const consoleCheck: Check = { kind: 'user', label: 'alice can sign in', name: 'alice', console: true, passwordResetRequired: true, accessKeys: 0 };
    expect(gradeCheck(consoleCheck, input(state)).message).toBe('alice cannot sign in to the console yet (no password).');
    state.users.alice!.loginProfile = { passwordHash: '', salt: '', createDate: '', passwordResetRequired: true, passwordLastChanged: '', previousHashes: [] };
    expect(passes(consoleCheck, input(state))).toBe(true);
    state.users.alice!.accessKeys.push({ accessKeyId: 'AKIA1', secretHash: '', status: 'Active', createDate: new Date(T0 - 400 * DAY_MS).toISOString() });
    expect(passes(consoleCheck, input(state))).toBe(false);
    expect(gradeCheck({ kind: 'user', label: 'young keys', name: 'alice', activeKeysYoungerThanDays: 90 }, input(state)).message).toContain('older than 90 days');
    expect(passes({ kind: 'user', label: 'gone', name: 'alice', keyDeleted: 'AKIA1' }, input(state))).toBe(false);
    expect(passes({ kind: 'user', label: 'no direct', name: 'alice', directPolicies: 0 }, input(state))).toBe(true);
    state.users.alice!.inlinePolicies.x = '{}';
    expect(passes({ kind: 'user', label: 'no direct', name: 'alice', directPolicies: 0 }, input(state))).toBe(false);
    expect(passes({ kind: 'user', label: 'absent', name: 'bob', exists: false }, input(state))).toBe(true);
    expect(gradeCheck({ kind: 'user', label: 'bob', name: 'bob' }, input(state)).message).toBe('There is no user named bob yet.');
  });

  it('group: attached policy by name or ARN, and members', async () => {
    const lab = newLab();
    const { state } = lab;
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    const arn = customPolicy(state, 'AdminLike', [{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    state.groups.admins = { groupName: 'Admins', groupId: 'AGPA1', path: '/', arn: '', createDate: '', attachedPolicies: [arn], inlinePolicies: {} };
    const check: Check = { kind: 'group', label: 'Admins', name: 'Admins', attached: ['AdminLike'], members: ['alice'] };
    expect(gradeCheck(check, input(state)).message).toBe('alice is not a member of Admins yet.');
    state.users.alice!.groups.push('Admins');
    expect(passes(check, input(state))).toBe(true);
    expect(passes({ ...check, attached: [arn] }, input(state))).toBe(true);
  });

  it('password policy: comparisons and booleans', () => {
    const { state } = newLab();
    const check: Check = { kind: 'password-policy', label: 'strong', fields: { MinimumPasswordLength: '>= 14', RequireSymbols: true, MaxPasswordAge: '<= 90', ExpirePasswords: true } };
    expect(gradeCheck(check, input(state)).message).toBe('No password policy is set for the account yet.');
    state.passwordPolicy = { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, MaxPasswordAge: 90, HardExpiry: false };
    expect(gradeCheck(check, input(state)).message).toBe("The password policy's MinimumPasswordLength is 12; it should be at least 14.");
    state.passwordPolicy.MinimumPasswordLength = 14;
    expect(passes(check, input(state))).toBe(true);
  });
});

describe('request checks grade what policies do, not their text', () => {
  async function analyst(statements: unknown[]) {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'analyst' });
    lab.state.users.analyst!.attachedPolicies.push(customPolicy(lab.state, 'Reports', statements));
    return lab.state;
  }
  const checks: Check[] = [
    { kind: 'request', label: 'read reports', as: 'user/analyst', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv', expect: 'allowed' },
    { kind: 'request', label: 'list reports', as: 'user/analyst', action: 's3:ListBucket', resource: 'arn:aws:s3:::reports', expect: 'allowed' },
    { kind: 'request', label: 'no payroll', as: 'user/analyst', action: 's3:GetObject', resource: 'arn:aws:s3:::payroll/x', expect: 'denied', hidden: true },
    { kind: 'request', label: 'no writes', as: 'user/analyst', action: 's3:PutObject', resource: 'arn:aws:s3:::reports/x', expect: 'denied', hidden: true },
  ];
  it('accepts different texts with the same effect', async () => {
    const a = await analyst([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }, { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' }]);
    const b = await analyst([{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }, { Effect: 'Deny', Action: 's3:GetObjectAcl', Resource: '*' }]);
    expect(allPassed(gradeChecks(checks, input(a)))).toBe(true);
    expect(allPassed(gradeChecks(checks, input(b)))).toBe(true);
  });
  it('rejects a too-broad policy through a hidden check, with a helpful message', async () => {
    const broad = await analyst([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]);
    const results = gradeChecks(checks, input(broad));
    expect(allPassed(results)).toBe(false);
    expect(results.find((r) => !r.passed)).toMatchObject({ hidden: true, message: 'user/analyst can still do s3:GetObject on arn:aws:s3:::payroll/x, which it should not.' });
  });
  it('rejects a policy on the wrong resource', async () => {
    const wrong = await analyst([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::payroll/*' }]);
    expect(gradeCheck(checks[0]!, input(wrong)).message).toBe('user/analyst cannot yet do s3:GetObject on arn:aws:s3:::reports/q1.csv.');
  });
});

describe('findings, events and questions', () => {
  it('flags a policy with a security warning', async () => {
    const lab = newLab();
    customPolicy(lab.state, 'Everything', [{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    const r = gradeCheck({ kind: 'findings', label: 'no admin', policy: 'Everything', none: ['ERROR', 'SECURITY_WARNING'] }, input(lab.state));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/SECURITY_WARNING/);
  });

  it('event, order and no-event-after over the history', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'intern' });
    await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'intern' });
    const denied: Check = { kind: 'event', label: 'intern was denied', match: { by: 'user/intern', allowed: false } };
    expect(passes(denied, input(lab.state))).toBe(true);
    const byAlice: Check = { kind: 'event', label: 'alice created bob', match: { by: 'user/alice', operation: 'CreateUser', params: { UserName: 'bob' }, allowed: true } };
    expect(gradeCheck(byAlice, input(lab.state)).message).toBe('The history has no CreateUser call made as user/alice yet.');
    const order: Check = { kind: 'order', label: 'created before listing', first: { operation: 'CreateUser' }, then: { operation: 'ListUsers' } };
    expect(passes(order, input(lab.state))).toBe(true);
    const reversed: Check = { kind: 'order', label: 'x', first: { operation: 'ListUsers' }, then: { operation: 'CreateUser' } };
    expect(passes(reversed, input(lab.state))).toBe(false);
    const noRoot: Check = { kind: 'no-event-after', label: 'no root after', match: { by: 'root' }, after: { by: 'user/intern' } };
    expect(passes(noRoot, input(lab.state))).toBe(true);
    await call(lab, 'iam', 'ListUsers', {});
    expect(passes(noRoot, input(lab.state))).toBe(false);
  });

  it('security status items flip when the account changes', () => {
    const { state } = newLab();
    const check: Check = { kind: 'security-status', label: 'root keys gone', item: 'root-access-keys', ok: true };
    expect(passes(check, input(state))).toBe(true);
    state.root.accessKeys.push({ accessKeyId: 'AKIAOLD', secretHash: '', status: 'Active', createDate: '' });
    expect(gradeCheck(check, input(state)).passed).toBe(false);
  });

  it('questions need the right answer', () => {
    const { state } = newLab();
    const q: Check = { kind: 'question', label: 'where IAM lives', id: 'global', prompt: 'Where does IAM live?', options: ['In one region', 'Global'], answer: 1 };
    expect(gradeCheck(q, input(state)).message).toBe('Answer the question.');
    expect(passes(q, input(state, { global: 0 }))).toBe(false);
    expect(passes(q, input(state, { global: 1 }))).toBe(true);
  });

  it('uses the author\'s failure message when given, and fails unknown kinds', () => {
    const { state } = newLab();
    expect(gradeCheck({ kind: 'user', label: 'x', name: 'nobody', failure: 'Create the user first.' }, input(state)).message).toBe('Create the user first.');
    expect(gradeCheck({ kind: 'bogus', label: 'x' } as unknown as Check, input(state))).toMatchObject({ passed: false, message: 'Unknown check kind "bogus".' });
  });
});
