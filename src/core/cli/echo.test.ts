import { describe, expect, it } from 'vitest';
import type { AccountState } from '../account/model.ts';
import { call, newLab } from '../account/testing.ts';
import { cliEcho, shellQuote } from './echo.ts';
import { runCli } from './run.ts';
import { tokenize } from './tokenize.ts';

/** The account without its event history (console and CLI calls are recorded differently). */
function withoutEvents(state: AccountState): Omit<AccountState, 'events'> {
  const { events: _events, ...rest } = structuredClone(state);
  return rest;
}

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::it's/*" }] });

describe('cliEcho', () => {
  it('writes kebab-case operations and options', () => {
    expect(cliEcho('iam', 'CreateUser', { UserName: 'alice' })).toBe('aws iam create-user --user-name alice');
    expect(cliEcho('iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'root-mfa' })).toBe(
      'aws iam create-virtual-mfa-device --virtual-mfa-device-name root-mfa --outfile QRCode.png --bootstrap-method QRCodePNG',
    );
    expect(cliEcho('s3', 'ListBuckets', {})).toBe('aws s3api list-buckets');
  });

  it('writes booleans as flags and their --no- forms, integers bare', () => {
    expect(cliEcho('iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: false })).toBe(
      'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --no-require-numbers',
    );
  });

  it('quotes for a POSIX shell and leaves out paging and unknown parameters', () => {
    expect(shellQuote('plain-name_1@x.y')).toBe('plain-name_1@x.y');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    expect(shellQuote('')).toBe("''");
    expect(cliEcho('iam', 'ListUsers', { MaxItems: 5, Marker: 'x', Nonsense: 1 })).toBe('aws iam list-users');
  });

  it('gives a value that looks like an option as --opt=value', () => {
    expect(cliEcho('iam', 'CreateLoginProfile', { UserName: 'bob', Password: '-Secret1!' })).toBe(`aws iam create-login-profile --user-name bob '--password=-Secret1!'`);
    // With a space inside, argparse reads the word as a value.
    expect(cliEcho('iam', 'CreateLoginProfile', { UserName: 'bob', Password: '-Secret 1!' })).toBe(`aws iam create-login-profile --user-name bob --password '-Secret 1!'`);
  });

  it('writes structures and lists of structures as JSON', () => {
    const line = cliEcho('iam', 'TagUser', { UserName: 'bob', Tags: [{ Key: 'team', Value: 'blue green' }] });
    expect(line).toBe(`aws iam tag-user --user-name bob --tags '[{"Key":"team","Value":"blue green"}]'`);
  });

  // The real proof: the echoed line, run by the simulated CLI, does exactly what the console call did.
  const cases: [string, [string, Record<string, unknown>][]][] = [
    ['a user with a password and a group', [
      ['CreateGroup', { GroupName: 'devs' }],
      ['CreateUser', { UserName: 'alice', Tags: [{ Key: 'team', Value: 'blue + green: @sea' }] }],
      ['CreateLoginProfile', { UserName: 'alice', Password: `-Str0ng"pass"'word'$HOME`, PasswordResetRequired: true }],
      ['AddUserToGroup', { GroupName: 'devs', UserName: 'alice' }],
      ['AttachGroupPolicy', { GroupName: 'devs', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    ]],
    ['a customer managed policy and a password policy', [
      ['CreatePolicy', { PolicyName: 'read-its', PolicyDocument: POLICY, Description: 'Read "its" bucket' }],
      ['UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: false, MaxPasswordAge: 90 }],
    ]],
    ['a role with an inline policy', [
      ['CreateRole', { RoleName: 'auditor', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] }) }],
      ['PutRolePolicy', { RoleName: 'auditor', PolicyName: 'inline-one', PolicyDocument: POLICY }],
    ]],
    ['a virtual MFA device', [['CreateVirtualMFADevice', { VirtualMFADeviceName: 'phone' }]]],
  ];
  for (const [name, calls] of cases) {
    it(`round-trips through the command line: ${name}`, async () => {
      const consoleLab = newLab();
      const cliLab = newLab();
      for (const [op, params] of calls) {
        const viaConsole = await call(consoleLab, 'iam', op, params, { kind: 'root' }, 'console');
        expect(viaConsole.ok ? "ok" : viaConsole.error.message, `${op} in the console`).toBe("ok");
        const line = cliEcho('iam', op, params);
        expect(tokenize(line).ok).toBe(true);
        const out = await runCli(line, { state: cliLab.state, env: cliLab.env, writeFile: async () => {} });
        expect(out.stderr, line).toBe('');
        expect(out.exitCode, line).toBe(0);
      }
      expect(withoutEvents(cliLab.state)).toEqual(withoutEvents(consoleLab.state));
    });
  }
});
