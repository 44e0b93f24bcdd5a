/** DeleteLoginProfile: remove a user's console password (its access keys keep working). */
import { ApiError, noSuchEntity, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { noLoginProfileMessage } from './login.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface DeleteLoginProfileParams {
  UserName?: string;
}

export const DeleteLoginProfile = defineOperation<DeleteLoginProfileParams, undefined>({
  service: 'iam',
  name: 'DeleteLoginProfile',
  summary: 'Deletes the password for the specified IAM user; the user can no longer sign in to the console.',
  params: [userNameParam('The user whose password to delete (default: the calling user).', false)],
  resource: (ctx, p) => (p.UserName !== undefined ? userArnFor(ctx, p.UserName) : ctx.caller.arn),
  run(ctx, p) {
    const name = p.UserName ?? ctx.caller.user?.userName;
    if (name === undefined) return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
    const user = findUser(ctx.state, name);
    if (!user) return noSuchUser(name);
    if (!user.loginProfile) return noSuchEntity(noLoginProfileMessage(user.userName));
    delete user.loginProfile;
    return undefined;
  },
});
