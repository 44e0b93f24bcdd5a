/** GetLoginProfile: whether a user has a console password, since when, and whether it must be reset. */
import { ApiError, noSuchEntity, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { loginProfileJson, noLoginProfileMessage } from './login.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface GetLoginProfileParams {
  UserName?: string;
}

export const GetLoginProfile = defineOperation<GetLoginProfileParams, { LoginProfile: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetLoginProfile',
  summary: 'Retrieves the user name and creation date of the password for the specified IAM user.',
  params: [userNameParam('The user whose login profile to get (default: the calling user).', false)],
  resource: (ctx, p) => (p.UserName !== undefined ? userArnFor(ctx, p.UserName) : ctx.caller.arn),
  run(ctx, p) {
    const name = p.UserName ?? ctx.caller.user?.userName;
    if (name === undefined) return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
    const user = findUser(ctx.state, name);
    if (!user) return noSuchUser(name);
    if (!user.loginProfile) return noSuchEntity(noLoginProfileMessage(user.userName));
    return { LoginProfile: loginProfileJson(user, user.loginProfile) };
  },
});
