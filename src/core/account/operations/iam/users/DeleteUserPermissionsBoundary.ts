/** DeleteUserPermissionsBoundary: remove a user's permissions boundary (its policies then apply alone). */
import { noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface DeleteUserPermissionsBoundaryParams {
  UserName: string;
}

export const DeleteUserPermissionsBoundary = defineOperation<DeleteUserPermissionsBoundaryParams, undefined>({
  service: 'iam',
  name: 'DeleteUserPermissionsBoundary',
  summary: 'Deletes the permissions boundary for the specified IAM user.',
  params: [userNameParam('The user whose boundary to remove.')],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    delete user.permissionsBoundary;
    return undefined;
  },
});
