/**
 * ChangePassword: an IAM user changes its own console password. Only IAM users may call it (root and
 * role sessions get InvalidUserType). The account policy's AllowUsersToChangePassword lets every user do
 * this without an identity policy; otherwise the user needs iam:ChangePassword on itself. An explicit deny
 * wins either way.
 */
import { authorizeCall } from '../../../authorize-call.ts';
import { accessDenied, ApiError, noSuchEntity } from '../../../errors.ts';
import { saltedHash } from '../../../hash.ts';
import { defineOperation } from '../../../operation.ts';
import { noLoginProfileMessage, passwordParam, policyViolation, reuseViolation, setPassword } from './login.ts';

export interface ChangePasswordParams {
  OldPassword: string;
  NewPassword: string;
}

export const ChangePassword = defineOperation<ChangePasswordParams, undefined>({
  service: 'iam',
  name: 'ChangePassword',
  summary: 'Changes the password of the IAM user who is calling this operation.',
  params: [
    passwordParam('OldPassword', true, "The IAM user's current password."),
    passwordParam('NewPassword', true, 'The new password; it must meet the account password policy.'),
  ],
  // Authorized in run: the account password policy can grant it without an identity policy.
  noAuthorization: true,
  resource: (ctx) => ctx.caller.arn,
  async run(ctx, p) {
    const { state, caller } = ctx;
    const user = caller.type === 'IAMUser' ? caller.user : undefined;
    if (!user) return new ApiError('InvalidUserType', 'Only IAM users can change their own password with ChangePassword.', 400);
    const authz = authorizeCall(ctx, 'iam:ChangePassword', user.arn, undefined);
    const grantedByPolicy = state.passwordPolicy?.AllowUsersToChangePassword === true && authz.decision.decision !== 'ExplicitDeny';
    if (authz.error && !grantedByPolicy) return authz.error;
    const profile = user.loginProfile;
    if (!profile) return noSuchEntity(noLoginProfileMessage(user.userName));
    if ((await saltedHash(p.OldPassword, profile.salt)) !== profile.passwordHash) {
      return accessDenied('The old password is incorrect.');
    }
    const violation = policyViolation(state, p.NewPassword) ?? (await reuseViolation(state, profile, p.NewPassword));
    if (violation) return violation;
    await setPassword(profile, p.NewPassword, ctx.nowIso);
    profile.passwordResetRequired = false;
    return undefined;
  },
});
