/** DeleteUser: only a user with nothing left attached can be deleted, as in AWS. */
import { deleteConflict, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';

export interface DeleteUserParams {
  UserName: string;
}

export const DeleteUser = defineOperation<DeleteUserParams, undefined>({
  service: 'iam',
  name: 'DeleteUser',
  summary: 'Deletes the specified IAM user. The user must have no password, keys, MFA, groups or policies left.',
  params: [{ name: 'UserName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The user to delete.' }],
  resource: (ctx, p) => findUser(ctx.state, p.UserName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${p.UserName}`,
  run(ctx, p) {
    const { state } = ctx;
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    if (user.loginProfile) return deleteConflict('Cannot delete entity, must delete login profile first.');
    if (user.accessKeys.length > 0) return deleteConflict('Cannot delete entity, must delete access keys first.');
    if (Object.values(state.mfaDevices).some((d) => d.enabledFor === user.userName)) return deleteConflict('Cannot delete entity, must delete MFA device first.');
    if (user.groups.length > 0) return deleteConflict('Cannot delete entity, must remove user from all groups first.');
    if (user.attachedPolicies.length > 0) return deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(user.inlinePolicies).length > 0) return deleteConflict('Cannot delete entity, must delete policies first.');
    delete state.users[user.userName.toLowerCase()];
    return undefined;
  },
});
