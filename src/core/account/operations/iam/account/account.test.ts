import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../../env.ts';
import { CREDENTIAL_REPORT_COLUMNS, parseCredentialReport } from '../../../credential-report.ts';
import { call, codeOf, newLab } from '../../../testing.ts';
import { SUMMARY_KEYS } from './account-summary.ts';

const HOUR = 60 * 60 * 1000;

describe('password policy operations', () => {
  it('has no policy at first: NoSuchEntity with the account id', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'GetAccountPasswordPolicy')).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', status: 404, message: 'The Password Policy with domain name 111122223333 cannot be found.' },
    });
    expect(codeOf(await call(lab, 'iam', 'DeleteAccountPasswordPolicy'))).toBe('NoSuchEntity');
  });

  it('sets a policy and reads it back with ExpirePasswords', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireSymbols: true, MaxPasswordAge: 90, PasswordReusePrevention: 3, AllowUsersToChangePassword: true })).toEqual({ ok: true, value: undefined });
    expect(await call(lab, 'iam', 'GetAccountPasswordPolicy')).toEqual({
      ok: true,
      value: {
        PasswordPolicy: {
          MinimumPasswordLength: 12,
          RequireSymbols: true,
          RequireNumbers: false,
          RequireUppercaseCharacters: false,
          RequireLowercaseCharacters: false,
          AllowUsersToChangePassword: true,
          ExpirePasswords: true,
          MaxPasswordAge: 90,
          PasswordReusePrevention: 3,
          HardExpiry: false,
        },
      },
    });
  });

  it('replaces the whole policy: omitted fields return to their defaults', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireSymbols: true, MaxPasswordAge: 90 });
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { RequireNumbers: true });
    expect(await call(lab, 'iam', 'GetAccountPasswordPolicy')).toEqual({
      ok: true,
      value: {
        PasswordPolicy: {
          MinimumPasswordLength: 6,
          RequireSymbols: false,
          RequireNumbers: true,
          RequireUppercaseCharacters: false,
          RequireLowercaseCharacters: false,
          AllowUsersToChangePassword: false,
          ExpirePasswords: false,
        },
      },
    });
  });

  const ranges: [string, number, string][] = [
    ['MinimumPasswordLength', 5, 'Member must have value greater than or equal to 6'],
    ['MinimumPasswordLength', 129, 'Member must have value less than or equal to 128'],
    ['MaxPasswordAge', 0, 'Member must have value greater than or equal to 1'],
    ['MaxPasswordAge', 1096, 'Member must have value less than or equal to 1095'],
    ['PasswordReusePrevention', 0, 'Member must have value greater than or equal to 1'],
    ['PasswordReusePrevention', 25, 'Member must have value less than or equal to 24'],
  ];
  it.each(ranges)('refuses %s = %i', async (name, value, constraint) => {
    const lab = newLab();
    const member = name.charAt(0).toLowerCase() + name.slice(1);
    expect(await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { [name]: value })).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}` },
    });
    expect(lab.state.passwordPolicy).toBeUndefined();
  });

  it('deletes the policy', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', {});
    expect(codeOf(await call(lab, 'iam', 'DeleteAccountPasswordPolicy'))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'GetAccountPasswordPolicy'))).toBe('NoSuchEntity');
  });

  it('is authorized like any call: a user without permission is denied', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(await call(lab, 'iam', 'UpdateAccountPasswordPolicy', {}, { kind: 'user', userName: 'bob' })).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: 'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:UpdateAccountPasswordPolicy on resource: * because no identity-based policy allows the iam:UpdateAccountPasswordPolicy action' },
    });
  });
});

describe('GetAccountSummary', () => {
  it('returns every key AWS returns, with the quotas', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'GetAccountSummary');
    const map = (r as { value: { SummaryMap: Record<string, number> } }).value.SummaryMap;
    expect(Object.keys(map).sort()).toEqual([...SUMMARY_KEYS].sort());
    expect(map).toMatchObject({ Users: 0, UsersQuota: 5000, GroupsQuota: 300, PoliciesQuota: 1500, AccessKeysPerUserQuota: 2, AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, Policies: 0, VersionsPerPolicyQuota: 5 });
  });

  it('counts users, groups, customer policies, roles, MFA devices, root keys and MFA', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'a' });
    await call(lab, 'iam', 'CreateUser', { UserName: 'b' });
    await call(lab, 'iam', 'CreateAccessKey', {});
    const s = lab.state;
    s.groups.g = { groupName: 'g', groupId: 'AGPA1', path: '/', arn: 'arn:aws:iam::111122223333:group/g', createDate: '', attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], inlinePolicies: {} };
    s.policies['arn:aws:iam::111122223333:policy/p'] = { policyName: 'p', policyId: 'ANPA1', arn: 'arn:aws:iam::111122223333:policy/p', path: '/', awsManaged: false, createDate: '', updateDate: '', versions: [], nextVersion: 2, tags: [] };
    s.users.a!.attachedPolicies.push('arn:aws:iam::111122223333:policy/p');
    s.mfaDevices.r = { serialNumber: 'r', kind: 'virtual', seed: '', enabledFor: 'root', createDate: '' };
    s.mfaDevices.u = { serialNumber: 'u', kind: 'virtual', seed: '', createDate: '' };
    const r = await call(lab, 'iam', 'GetAccountSummary');
    expect(r).toMatchObject({ ok: true, value: { SummaryMap: { Users: 2, Groups: 1, Policies: 1, Roles: 0, PolicyVersionsInUse: 2, MFADevices: 2, MFADevicesInUse: 1, AccountMFAEnabled: 1, AccountAccessKeysPresent: 1 } } });
  });
});

describe('GenerateCredentialReport / GetCredentialReport', () => {
  const decode = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

  it('is not present before generation', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'GetCredentialReport')).toMatchObject({ ok: false, error: { code: 'ReportNotPresent', status: 410 } });
  });

  it('starts, then completes, and serves base64 CSV with AWS columns', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    expect(await call(lab, 'iam', 'GenerateCredentialReport')).toEqual({ ok: true, value: { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' } });
    expect(await call(lab, 'iam', 'GenerateCredentialReport')).toEqual({ ok: true, value: { State: 'COMPLETE' } });
    const r = await call(lab, 'iam', 'GetCredentialReport');
    const value = (r as { value: { Content: string; ReportFormat: string; GeneratedTime: string } }).value;
    expect(value.ReportFormat).toBe('text/csv');
    expect(value.GeneratedTime).toBe('2026-01-15T10:00:00+00:00');
    const csv = decode(value.Content);
    expect(csv.split('\n')[0]).toBe(CREDENTIAL_REPORT_COLUMNS.join(','));
    expect(parseCredentialReport(csv).map((row) => row.user)).toEqual(['<root_account>', 'alice']);
  });

  it('keeps the snapshot for four hours, then expires and a new one can be generated', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'GenerateCredentialReport');
    await call(lab, 'iam', 'CreateUser', { UserName: 'late' });
    advanceClock(lab.state, 3 * HOUR);
    expect(await call(lab, 'iam', 'GenerateCredentialReport')).toMatchObject({ ok: true, value: { State: 'COMPLETE' } });
    const fresh = (await call(lab, 'iam', 'GetCredentialReport')) as { value: { Content: string } };
    expect(decode(fresh.value.Content)).not.toContain('late');
    advanceClock(lab.state, HOUR);
    expect(await call(lab, 'iam', 'GetCredentialReport')).toMatchObject({ ok: false, error: { code: 'ReportExpired', status: 410 } });
    expect(await call(lab, 'iam', 'GenerateCredentialReport')).toMatchObject({ ok: true, value: { State: 'STARTED' } });
    const again = (await call(lab, 'iam', 'GetCredentialReport')) as { value: { Content: string; GeneratedTime: string } };
    expect(decode(again.value.Content)).toContain('\nlate,');
    expect(again.value.GeneratedTime).toBe('2026-01-15T14:00:00+00:00');
  });
});

describe('account alias', () => {
  it('creates, lists, replaces and deletes the alias', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'ListAccountAliases')).toEqual({ ok: true, value: { AccountAliases: [], IsTruncated: false } });
    expect(codeOf(await call(lab, 'iam', 'CreateAccountAlias', { AccountAlias: 'my-lab' }))).toBe('OK');
    expect(await call(lab, 'iam', 'ListAccountAliases')).toEqual({ ok: true, value: { AccountAliases: ['my-lab'], IsTruncated: false } });
    await call(lab, 'iam', 'CreateAccountAlias', { AccountAlias: 'other-name' });
    expect(lab.state.alias).toBe('other-name');
    expect(await call(lab, 'iam', 'DeleteAccountAlias', { AccountAlias: 'my-lab' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The account alias my-lab cannot be found.' } });
    expect(codeOf(await call(lab, 'iam', 'DeleteAccountAlias', { AccountAlias: 'other-name' }))).toBe('OK');
    expect(lab.state.alias).toBeUndefined();
  });

  it.each(['My-Lab', 'ab', 'a--b', '-ab', 'ab-', 'a_b'])('refuses the alias %s', async (alias) => {
    const lab = newLab();
    expect(codeOf(await call(lab, 'iam', 'CreateAccountAlias', { AccountAlias: alias }))).toBe('ValidationError');
  });

  it('refuses twelve digits that are another account id', async () => {
    const lab = newLab();
    expect(codeOf(await call(lab, 'iam', 'CreateAccountAlias', { AccountAlias: '123456789012' }))).toBe('EntityAlreadyExists');
  });
});
