/**
 * The console form in which a signed-in IAM user changes their own password (ChangePassword), as data:
 * AWS's console asks for the old password, the new one, and the new one again.
 */
import type { PlannedCall } from './create-user.ts';

/** What the user typed. */
export interface ChangePasswordChoices {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** An empty form. */
export function emptyChangePassword(): ChangePasswordChoices {
  return { oldPassword: '', newPassword: '', confirmPassword: '' };
}

/** Problems that keep the form from being sent (empty when it may be). The policy itself is AWS's to check. */
export function changePasswordProblems(c: ChangePasswordChoices): string[] {
  const out: string[] = [];
  if (c.oldPassword === '') out.push('Type your current password.');
  if (c.newPassword === '') out.push('Type a new password.');
  else if (c.newPassword !== c.confirmPassword) out.push('The new password and its confirmation differ.');
  return out;
}

/** The call, made as the signed-in user (it names no user: it changes the caller's own password). */
export function changePasswordCall(c: ChangePasswordChoices): PlannedCall {
  return { operation: 'ChangePassword', params: { OldPassword: c.oldPassword, NewPassword: c.newPassword } };
}

/** Whether the console shows the form on a user's page: only to that user, signed in with a password. */
export function showsOwnPasswordForm(actingAs: string, userName: string, hasPassword: boolean): boolean {
  return hasPassword && actingAs === `user/${userName}`;
}
