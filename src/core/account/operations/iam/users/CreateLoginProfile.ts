/** CreateLoginProfile: give a user a console password (stored only as a salted hash). */
import { ApiError, entityAlreadyExists, noSuchUser } from '../../../errors.ts';
import { saltedHash } from '../../../hash.ts';
import { newToken } from '../../../ids.ts';
import type { LoginProfile } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { loginProfileJson, passwordParam, policyViolation } from './login.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface CreateLoginProfileParams {
  UserName?: string;
  Password?: string;
  PasswordResetRequired?: boolean;
}

export const CreateLoginProfile = defineOperation<CreateLoginProfileParams, { LoginProfile: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreateLoginProfile',
  summary: 'Creates a password for the specified IAM user, so the user can sign in to the console.',
  params: [
    userNameParam('The user to create a password for (default: the calling user).', false),
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
    if (user.loginProfile) return entityAlreadyExists(`Login Profile for user ${user.userName} already exists.`);
    if (p.Password === undefined) return new ApiError('ValidationError', 'Password is required to create a login profile.', 400);
    const violation = policyViolation(state, p.Password);
    if (violation) return violation;
    const salt = newToken(state, 32);
    const profile: LoginProfile = {
      passwordHash: await saltedHash(p.Password, salt),
      salt,
      createDate: ctx.nowIso,
      passwordResetRequired: p.PasswordResetRequired ?? false,
      passwordLastChanged: ctx.nowIso,
      previousHashes: [],
    };
    user.loginProfile = profile;
    return { LoginProfile: loginProfileJson(user, profile) };
  },
});
