import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';
import { saltedHash } from '../../../hash.ts';

const GOOD = 'Correct-Horse-9';
const alice = { kind: 'user', userName: 'alice' } as const;

async function labWithAlice() {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
  return lab;
}

describe('CreateLoginProfile / GetLoginProfile', () => {
  it('creates a password, returns the profile, and stores only a salted hash', async () => {
    const lab = await labWithAlice();
    const r = await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD, PasswordResetRequired: true });
    expect(r).toEqual({ ok: true, value: { LoginProfile: { UserName: 'alice', CreateDate: '2026-01-15T10:00:00+00:00', PasswordResetRequired: true } } });
    const profile = lab.state.users.alice!.loginProfile!;
    expect(JSON.stringify(lab.state)).not.toContain(GOOD);
    expect(profile.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(profile.passwordHash).toBe(await saltedHash(GOOD, profile.salt));
    expect(await call(lab, 'iam', 'GetLoginProfile', { UserName: 'ALICE' })).toEqual(r);
  });

  it('keeps the password out of the event history', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD });
    const event = lab.state.events.at(-1)!;
    expect(event.eventName).toBe('CreateLoginProfile');
    expect(event.requestParameters).toEqual({ UserName: 'alice' });
  });

  it('refuses a second profile, an unknown user, and a missing profile', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD });
    expect(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD })).toMatchObject({ ok: false, error: { code: 'EntityAlreadyExists', status: 409 } });
    expect(codeOf(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'bob', Password: GOOD }))).toBe('NoSuchEntity');
    await call(lab, 'iam', 'CreateUser', { UserName: 'carol' });
    expect(await call(lab, 'iam', 'GetLoginProfile', { UserName: 'carol' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Login Profile for User carol cannot be found.' },
    });
  });

  it("applies AWS's default policy when none is set, with AWS's message", async () => {
    const lab = await labWithAlice();
    expect(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: 'short1A' })).toMatchObject({
      ok: false,
      error: { code: 'PasswordPolicyViolation', status: 400, message: 'Password should have a minimum length of 8' },
    });
    expect(lab.state.users.alice!.loginProfile).toBeUndefined();
  });

  it('applies the custom policy once one is set', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 6 });
    expect(codeOf(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: 'simple' }))).toBe('OK');
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { RequireNumbers: true });
    expect(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'bob', Password: 'simple' })).toMatchObject({
      ok: false,
      error: { code: 'PasswordPolicyViolation', message: 'Password should have at least one number' },
    });
  });

  it('validates the password parameter', async () => {
    const lab = await labWithAlice();
    expect(codeOf(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: 'x'.repeat(129) }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: 'snow☃man-Pass1' }))).toBe('ValidationError');
  });
});

describe('UpdateLoginProfile / DeleteLoginProfile', () => {
  it('sets a new password and the reset flag, keeping the old hash for reuse prevention', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD });
    const firstHash = lab.state.users.alice!.loginProfile!.passwordHash;
    expect(codeOf(await call(lab, 'iam', 'UpdateLoginProfile', { UserName: 'alice', Password: 'Another-Pass-2', PasswordResetRequired: true }))).toBe('OK');
    const profile = lab.state.users.alice!.loginProfile!;
    expect(profile.passwordResetRequired).toBe(true);
    expect(profile.previousHashes).toEqual([firstHash]);
    expect(profile.passwordHash).not.toBe(firstHash);
  });

  it('refuses a weak password and a user without a profile', async () => {
    const lab = await labWithAlice();
    expect(await call(lab, 'iam', 'UpdateLoginProfile', { UserName: 'alice', Password: GOOD })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Login Profile for User alice cannot be found.' },
    });
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD });
    expect(codeOf(await call(lab, 'iam', 'UpdateLoginProfile', { UserName: 'alice', Password: 'weak' }))).toBe('PasswordPolicyViolation');
    expect(codeOf(await call(lab, 'iam', 'UpdateLoginProfile', { UserName: 'ghost' }))).toBe('NoSuchEntity');
  });

  it('deletes the profile once; then DeleteUser is no longer blocked by it', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD });
    expect(await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict' } });
    expect(codeOf(await call(lab, 'iam', 'DeleteLoginProfile', { UserName: 'alice' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeleteLoginProfile', { UserName: 'alice' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' }))).toBe('OK');
  });
});

describe('ChangePassword', () => {
  async function labWithPassword(policy?: Record<string, unknown>) {
    const lab = await labWithAlice();
    if (policy) await call(lab, 'iam', 'UpdateAccountPasswordPolicy', policy);
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: GOOD, PasswordResetRequired: true });
    return lab;
  }

  it('lets a user change its own password when the policy allows users to, and clears the reset flag', async () => {
    const lab = await labWithPassword({ AllowUsersToChangePassword: true, MinimumPasswordLength: 8 });
    expect(codeOf(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }, alice))).toBe('OK');
    const profile = lab.state.users.alice!.loginProfile!;
    expect(profile.passwordResetRequired).toBe(false);
    expect(profile.passwordHash).toBe(await saltedHash('Brand-New-3', profile.salt));
  });

  it('needs iam:ChangePassword when the policy does not allow users to change passwords', async () => {
    const lab = await labWithPassword();
    expect(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }, alice)).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:ChangePassword on resource: arn:aws:iam::111122223333:user/alice because no identity-based policy allows the iam:ChangePassword action',
      },
    });
    lab.state.users.alice!.attachedPolicies.push('arn:aws:iam::aws:policy/IAMUserChangePassword');
    expect(codeOf(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }, alice))).toBe('OK');
  });

  it('an explicit deny wins over AllowUsersToChangePassword', async () => {
    const lab = await labWithPassword({ AllowUsersToChangePassword: true });
    lab.state.users.alice!.inlinePolicies.no = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:ChangePassword', Resource: '*' }] });
    expect(codeOf(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }, alice))).toBe('AccessDenied');
  });

  it('refuses a wrong old password, root, a user without a password, and a weak new one', async () => {
    const lab = await labWithPassword({ AllowUsersToChangePassword: true, MinimumPasswordLength: 10 });
    expect(await call(lab, 'iam', 'ChangePassword', { OldPassword: 'wrong', NewPassword: 'Brand-New-3' }, alice)).toMatchObject({ ok: false, error: { code: 'AccessDenied', message: 'The old password is incorrect.' } });
    expect(codeOf(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }))).toBe('InvalidUserType');
    expect(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'short' }, alice)).toMatchObject({
      ok: false,
      error: { code: 'PasswordPolicyViolation', message: 'Password should have a minimum length of 10' },
    });
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(await call(lab, 'iam', 'ChangePassword', { OldPassword: GOOD, NewPassword: 'Brand-New-3' }, { kind: 'user', userName: 'bob' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Login Profile for User bob cannot be found.' },
    });
    expect(lab.state.users.alice!.loginProfile!.passwordHash).toBe(await saltedHash(GOOD, lab.state.users.alice!.loginProfile!.salt));
  });

  it('prevents reuse of the last N passwords, the current one included', async () => {
    const lab = await labWithPassword({ AllowUsersToChangePassword: true, PasswordReusePrevention: 2 });
    const change = (from: string, to: string) => call(lab, 'iam', 'ChangePassword', { OldPassword: from, NewPassword: to }, alice);
    expect(await change(GOOD, GOOD)).toMatchObject({ ok: false, error: { code: 'PasswordPolicyViolation', message: 'Password should not be one of your last 2 passwords' } });
    expect(codeOf(await change(GOOD, 'Second-Pass-2'))).toBe('OK');
    expect(codeOf(await change('Second-Pass-2', GOOD))).toBe('PasswordPolicyViolation');
    expect(codeOf(await change('Second-Pass-2', 'Third-Pass-3'))).toBe('OK');
    // GOOD is now three passwords back: allowed again.
    expect(codeOf(await change('Third-Pass-3', GOOD))).toBe('OK');
  });
});
