/** UpdateLoginProfile: an administrator sets a user's password and/or its reset-required flag. */
import { ApiError, noSuchEntity, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { noLoginProfileMessage, passwordParam, policyViolation, reuseViolation, setPassword } from './login.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface UpdateLoginProfileParams {
  UserName?: string;
  Password?: string;
  PasswordResetRequired?: boolean;
}

export const UpdateLoginProfile = defineOperation<UpdateLoginProfileParams, undefined>({
  service: 'iam',
  name: 'UpdateLoginProfile',
  summary: 'Changes the password for the specified IAM user, or whether it must be reset at next sign-in.',
  params: [
    userNameParam('The user whose password to change (default: the calling user).', false),
    passwordParam('Password', false, 'The new password; it must meet the account password policy.'),
    { name: 'PasswordResetRequired', type: 'boolean', doc: 'Whether the user must set a new password at next sign-in.' },
  ],
  resource: (ctx, p) => (p.UserName !== undefined ? userArnFor(ctx, p.UserName) : ctx.caller.arn),
  async run(ctx, p) {
    const { state } = ctx;
    const name = p.UserName ?? ctx.caller.user?.userName;
    if (name === undefined) return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
    const user = findUser(state, name);
    if (!user) return noSuchUser(name);
    const profile = user.loginProfile;
    if (!profile) return noSuchEntity(noLoginProfileMessage(user.userName));
    if (p.Password !== undefined) {
      const violation = policyViolation(state, p.Password) ?? (await reuseViolation(state, profile, p.Password));
      if (violation) return violation;
      await setPassword(profile, p.Password, ctx.nowIso);
    }
    if (p.PasswordResetRequired !== undefined) profile.passwordResetRequired = p.PasswordResetRequired;
    return undefined;
  },
});
