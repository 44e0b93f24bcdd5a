import { describe, expect, it, vi } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { DAY_MS, fixedEnv } from '../../core/account/env.ts';
import { checkPassword, policyFromInput } from '../../core/account/password-policy.ts';
import { call, newLab, T0 } from '../../core/account/testing.ts';
import { totpAt } from '../../core/account/totp.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { ageLabel, agoLabel } from './ages.ts';
import { consoleFor } from './console-state.svelte.ts';
import { accessKeysCsv, accessKeysFileName, detailProblems, emptyChoices, toggled, wizardCalls } from './create-user.ts';
import { groupDetail, groupRows } from './groups-view.ts';
import { MfaAssign } from './mfa-assign.svelte.ts';
import { breadcrumbs, navItems } from './nav.ts';
import { generatePassword } from './password.ts';
import { formOf, policyParams } from './password-policy-form.ts';
import { policyDetail, policyRows } from './policies-view.ts';
import { accountTrustPolicy, roleDetail, trustedEntities } from './roles-view.ts';
import { userDetail, userRows } from './users-view.ts';

function workspace(): Workspace {
  return new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
}

describe('ages', () => {
  it('counts whole days on the simulated clock', () => {
    expect(ageLabel('2026-01-15T09:00:00Z', T0)).toBe('Today');
    expect(ageLabel('2026-01-14T09:00:00Z', T0)).toBe('1 day');
    expect(ageLabel(new Date(T0 - 91 * DAY_MS).toISOString(), T0)).toBe('91 days');
    expect(agoLabel(undefined, T0)).toBe('Never');
    expect(agoLabel(new Date(T0 - 45 * DAY_MS).toISOString(), T0)).toBe('45 days ago');
  });
});

describe('console navigation', () => {
  it('shows root credentials only to root and marks the open section', () => {
    expect(navItems({ page: 'dashboard' }, false).map((i) => i.label)).not.toContain('Security credentials (root)');
    const items = navItems({ page: 'user', name: 'alice', tab: 'groups' }, true);
    expect(items.map((i) => i.label)).toContain('Security credentials (root)');
    expect(items.filter((i) => i.current).map((i) => i.label)).toEqual(['Users']);
    expect(breadcrumbs({ page: 'user', name: 'alice', tab: 'groups' }).map((b) => b.label)).toEqual(['IAM', 'Users', 'alice']);
  });
});

describe('view models', () => {
  it('lists users with groups, activity and ages, and details their permissions', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'Devs' });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'devs', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
    await call(lab, 'iam', 'PutUserPolicy', { UserName: 'bob', PolicyName: 'mine', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' });
    await call(lab, 'iam', 'CreateAccessKey', { UserName: 'bob' });
    const later = T0 + 3 * DAY_MS;
    const [row] = userRows(lab.state, later);
    expect(row).toMatchObject({ name: 'bob', groups: ['Devs'], passwordAge: 'None', accessKeyAge: '3 days', lastActivity: 'Never' });
    const d = userDetail(lab.state, 'BOB', later)!;
    expect(d.permissions.map((p) => `${p.name} ${p.via}`)).toEqual(['IAMUserChangePassword Directly', 'mine Inline', 'ReadOnlyAccess Group Devs']);
    expect(d.accessKeys).toHaveLength(1);
    expect(d.accessKeys[0]).toMatchObject({ status: 'Active', age: '3 days', lastUsed: 'Never' });
    expect(d.otherGroups).toEqual([]);
    expect(userDetail(lab.state, 'nobody', later)).toBeUndefined();
    expect(groupRows(lab.state, later)).toEqual([{ name: 'Devs', users: 1, permissions: '1 policy', created: '3 days' }]);
    expect(groupDetail(lab.state, 'devs')).toMatchObject({ members: ['bob'], nonMembers: [], attached: [{ name: 'ReadOnlyAccess', type: 'AWS managed' }] });
  });

  it('filters policies by type and name and pretty-prints the default version', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'ReadReports', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' });
    expect(policyRows(lab.state, 'customer').map((p) => p.name)).toEqual(['ReadReports']);
    expect(policyRows(lab.state, 'all')[0]?.name).toBe('ReadReports');
    expect(policyRows(lab.state, 'aws', 'readonly').map((p) => p.name)).toContain('ReadOnlyAccess');
    expect(policyRows(lab.state, 'aws', 'readonly').every((p) => p.type === 'AWS managed')).toBe(true);
    const d = policyDetail(lab.state, 'arn:aws:iam::111122223333:policy/ReadReports')!;
    expect(d.defaultVersion).toBe('v1');
    expect(JSON.parse(d.document)).toMatchObject({ Statement: [{ Action: 's3:GetObject' }] });
    expect(d.document).toContain('\n  "Statement"');
  });

  it('says who a trust policy trusts and builds a role the API accepts', async () => {
    expect(trustedEntities(accountTrustPolicy('444455556666'))).toBe('AWS account 444455556666');
    expect(trustedEntities('{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}')).toBe('AWS service: ec2.amazonaws.com');
    expect(trustedEntities('not json')).toBe('Unreadable trust policy');
    const lab = newLab();
    const r = await call(lab, 'iam', 'CreateRole', { RoleName: 'auditor', AssumeRolePolicyDocument: accountTrustPolicy(lab.state.accountId) });
    expect(r.ok).toBe(true);
    expect(roleDetail(lab.state, 'AUDITOR')?.trustPolicy).toContain('arn:aws:iam::111122223333:root');
  });
});

describe('create user wizard', () => {
  it('plans the calls in AWS order and refuses bad names', () => {
    const c = { ...emptyChoices(), userName: ' alice ', programmatic: true, consoleAccess: true, groups: ['devs'], policies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] };
    expect(wizardCalls(c, 'pw').map((x) => x.operation)).toEqual(['CreateUser', 'CreateLoginProfile', 'CreateAccessKey', 'AddUserToGroup', 'AttachUserPolicy']);
    expect(wizardCalls(c, 'pw')[1]?.params).toEqual({ UserName: 'alice', Password: 'pw', PasswordResetRequired: true });
    expect(detailProblems(c)).toEqual([]);
    expect(detailProblems({ ...c, userName: 'no spaces' })).toHaveLength(1);
    expect(detailProblems({ ...c, passwordMode: 'custom' })).toEqual(['Type a password, or choose an autogenerated one.']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['b'], 'a', true)).toEqual(['b', 'a']);
  });

  it('writes the access keys file with AWS columns', () => {
    expect(accessKeysCsv('AKIAEXAMPLE', 'se/cr+et')).toBe('Access key ID,Secret access key\r\nAKIAEXAMPLE,se/cr+et\r\n');
    expect(accessKeysFileName('alice')).toBe('alice_accessKeys.csv');
  });

  it('generates passwords that pass the strictest policy', () => {
    const policy = policyFromInput({ MinimumPasswordLength: 20, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true });
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword(policy);
      expect(pw).toHaveLength(20);
      expect(checkPassword(policy, pw)).toEqual([]);
    }
    // A predictable source still yields every class.
    expect(checkPassword(policy, generatePassword(policy, () => 0))).toEqual([]);
  });
});

describe('password policy form', () => {
  it('round-trips a policy and always sends every setting', () => {
    const policy = policyFromInput({ MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 60, PasswordReusePrevention: 3, AllowUsersToChangePassword: true });
    const form = formOf(policy);
    expect(policyFromInput(policyParams(form))).toEqual(policy);
    const params = policyParams({ ...form, expire: false, preventReuse: false });
    expect(params).not.toHaveProperty('MaxPasswordAge');
    expect(params).toMatchObject({ RequireNumbers: false, RequireLowercaseCharacters: false, HardExpiry: false });
  });
});

describe('ConsoleState', () => {
  it('keeps one console per workspace and shows results with their command lines', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    expect(consoleFor(ws)).toBe(c);
    c.go({ page: 'users' });
    const ok = await c.act('CreateUser', { UserName: 'alice' });
    expect(ok.ok).toBe(true);
    expect(c.results).toMatchObject([{ ok: true, text: 'User alice created.', cli: 'aws iam create-user --user-name alice' }]);
    await c.act('CreateUser', { UserName: 'alice' }, { append: true });
    expect(c.results).toHaveLength(2);
    expect(c.results[1]).toMatchObject({ ok: false, text: 'EntityAlreadyExists: User with name alice already exists.' });
    expect(ws.account.events.at(-1)?.via).toBe('console');
    c.go({ page: 'dashboard' });
    expect(c.results).toEqual([]);
  });

  it('records the read call of a list page it opens, and shows AccessDenied instead of the list to a caller without it', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    await c.act('CreateUser', { UserName: 'bob' });
    c.go({ page: 'users' });
    await vi.waitFor(() => expect(ws.account.events.at(-1)).toMatchObject({ eventName: 'ListUsers', via: 'console', allowed: true }));
    expect(c.results).toEqual([]);
    expect(c.pageReadDenied).toBe(false);

    ws.setActingAs('user/bob');
    c.go({ page: 'groups' });
    await vi.waitFor(() => expect(c.pageReadDenied).toBe(true));
    expect(ws.account.events.at(-1)).toMatchObject({ eventName: 'ListGroups', allowed: false });
    expect(c.results[0]).toMatchObject({ ok: false, cli: 'aws iam list-groups' });
    expect(c.results[0]?.text).toMatch(/^AccessDenied: .*iam:ListGroups/);
    expect(c.shownResults).toHaveLength(1);
    ws.setActingAs('root');
    expect(c.pageReadDenied).toBe(false);
    expect(c.shownResults).toEqual([]);
    const count = ws.account.events.length;
    c.go({ page: 'create-user' });
    await ws.call('iam', 'GetUser', { UserName: 'bob' });
    expect(ws.account.events.length).toBe(count + 1);
  });

  it('shows AWS access-denied errors when acting as a user without permissions', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    await c.act('CreateUser', { UserName: 'bob' });
    ws.setActingAs('user/bob');
    expect(c.actingAsRoot).toBe(false);
    const r = await c.act('CreateGroup', { GroupName: 'devs' });
    expect(r.ok).toBe(false);
    expect(c.results[0]?.text).toMatch(/^AccessDenied: User: arn:aws:iam::111122223333:user\/bob is not authorized to perform: iam:CreateGroup/);
  });
});

describe('the Create user wizard, run', () => {
  it('creates the user with a password, a key, a group and a policy, and returns the secret once', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    await c.act('CreateGroup', { GroupName: 'devs' });
    const made = await c.createUser({ ...emptyChoices(), userName: 'dana', consoleAccess: true, programmatic: true, groups: ['devs'], policies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] });
    expect(made.ok).toBe(true);
    expect(made.accessKey?.accessKeyId).toMatch(/^AKIA/);
    expect(made.accessKey?.secretAccessKey).toHaveLength(40);
    expect(made.password).toHaveLength(16);
    expect(c.results.map((r) => r.operation)).toEqual(['CreateUser', 'CreateLoginProfile', 'CreateAccessKey', 'AddUserToGroup', 'AttachUserPolicy']);
    const user = ws.account.users['dana']!;
    expect(user.loginProfile?.passwordResetRequired).toBe(true);
    expect(user.groups).toEqual(['devs']);
    expect(user.accessKeys[0]?.accessKeyId).toBe(made.accessKey?.accessKeyId);
  });

  it('stops at the first failure and reports it', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    await ws.call('iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 20 });
    const made = await c.createUser({ ...emptyChoices(), userName: 'eve', consoleAccess: true, passwordMode: 'custom', customPassword: 'short', programmatic: true });
    expect(made.ok).toBe(false);
    expect(made.password).toBeUndefined();
    expect(c.results.map((r) => r.ok)).toEqual([true, false]);
    expect(c.results[1]?.text).toMatch(/^PasswordPolicyViolation: /);
    expect(ws.account.users['eve']?.accessKeys).toEqual([]);
  });
});

describe('MFA assignment', () => {
  it('enables a virtual device for root with two consecutive codes, in the console', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    const mfa = new MfaAssign(c, undefined);
    mfa.choose('virtual');
    expect(await mfa.createVirtual()).toBe(true);
    expect(mfa.created?.serialNumber).toBe('arn:aws:iam::111122223333:mfa/root-mfa');
    expect(mfa.created?.qrPngBase64.startsWith('iVBORw0KGgo')).toBe(true);
    const first = mfa.display!;
    expect(first.code).toBe(await totpAt(mfa.created!.base32Seed, ws.now()));
    // The same code twice is refused, as AWS does.
    mfa.code1 = first.code;
    mfa.code2 = first.code;
    expect(mfa.canEnable).toBe(false);
    // Wait for the next code on the simulated clock.
    await ws.advanceDays(first.secondsLeft / 86400);
    await mfa.tick();
    expect(mfa.display!.step).toBe(first.step + 1);
    mfa.code2 = mfa.display!.code;
    expect(await mfa.enable()).toBe(true);
    expect(mfa.done).toBe(true);
    expect(ws.account.mfaDevices['arn:aws:iam::111122223333:mfa/root-mfa']?.enabledFor).toBe('root');
    expect(c.results.at(-1)).toMatchObject({ ok: true, cli: expect.stringContaining('aws iam enable-mfa-device --serial-number'), cliNote: expect.stringContaining('only in the console') });
  });

  it('registers a held hardware token for a user and reports a wrong code', async () => {
    const ws = workspace();
    const c = consoleFor(ws);
    await c.act('CreateUser', { UserName: 'carol' });
    const serial = await c.orderHardwareToken();
    expect(c.heldTokens()).toEqual([serial]);
    const mfa = new MfaAssign(c, 'carol');
    mfa.choose('hardware');
    expect(mfa.serial).toBe(serial);
    await mfa.tick();
    const first = mfa.display!.code;
    mfa.code1 = first;
    mfa.code2 = first === '000000' ? '111111' : '000000';
    expect(await mfa.enable()).toBe(false);
    expect(c.results.at(-1)?.text).toBe('InvalidAuthenticationCode: Authentication code for device is not valid.');
    await ws.advanceDays(mfa.display!.secondsLeft / 86400);
    await mfa.tick();
    mfa.code2 = mfa.display!.code;
    expect(await mfa.enable()).toBe(true);
    expect(ws.account.mfaDevices[serial]?.enabledFor).toBe('carol');
    expect(c.results.at(-1)?.cliNote).toBeUndefined();
  });
});
