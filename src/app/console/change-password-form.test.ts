import { describe, expect, it } from 'vitest';
import { changePasswordCall, changePasswordProblems, emptyChangePassword, showsOwnPasswordForm } from './change-password-form.ts';

describe('change-password form', () => {
  it('asks for the old password, a new one and the same again', () => {
    expect(changePasswordProblems(emptyChangePassword())).toEqual(['Type your current password.', 'Type a new password.']);
    expect(changePasswordProblems({ oldPassword: 'a', newPassword: 'Bb-1', confirmPassword: 'Bb-2' })).toEqual(['The new password and its confirmation differ.']);
    expect(changePasswordProblems({ oldPassword: 'a', newPassword: 'Bb-1', confirmPassword: 'Bb-1' })).toEqual([]);
  });

  it('makes ChangePassword with the two passwords and no user name', () => {
    expect(changePasswordCall({ oldPassword: 'old', newPassword: 'new', confirmPassword: 'new' })).toEqual({ operation: 'ChangePassword', params: { OldPassword: 'old', NewPassword: 'new' } });
  });

  it('is shown only to the user whose page it is, when that user has a password', () => {
    expect(showsOwnPasswordForm('user/alice', 'alice', true)).toBe(true);
    expect(showsOwnPasswordForm('root', 'alice', true)).toBe(false);
    expect(showsOwnPasswordForm('user/bob', 'alice', true)).toBe(false);
    expect(showsOwnPasswordForm('user/alice', 'alice', false)).toBe(false);
  });
});
