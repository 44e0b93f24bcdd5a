/** UpdateUser: rename a user and/or move it to another path; its ARN follows. */
import { entityAlreadyExists, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';
import { iamArn, PATH_PARAM } from '../../../shapes.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface UpdateUserParams {
  UserName: string;
  NewPath?: string;
  NewUserName?: string;
}

export const UpdateUser = defineOperation<UpdateUserParams, undefined>({
  service: 'iam',
  name: 'UpdateUser',
  summary: 'Updates the name and/or the path of the specified IAM user.',
  params: [
    userNameParam('Name of the user to update.'),
    { ...PATH_PARAM, name: 'NewPath', doc: 'New path for the user. Include this only if you are changing the path.' },
    { name: 'NewUserName', type: 'string', min: 1, max: 64, pattern: PATTERNS.name, doc: 'New name for the user. Include this only if you are changing the name.' },
  ],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const { state } = ctx;
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const newName = p.NewUserName ?? user.userName;
    const other = findUser(state, newName);
    if (other && other !== user) return entityAlreadyExists(`User with name ${newName} already exists.`);
    const oldName = user.userName;
    const path = p.NewPath ?? user.path;
    delete state.users[oldName.toLowerCase()];
    user.userName = newName;
    user.path = path;
    user.arn = iamArn(state, 'user', path, newName);
    state.users[newName.toLowerCase()] = user;
    if (newName !== oldName) {
      // MFA devices name the user they are enabled for.
      for (const device of Object.values(state.mfaDevices)) if (device.enabledFor === oldName) device.enabledFor = newName;
    }
    return undefined;
  },
});
