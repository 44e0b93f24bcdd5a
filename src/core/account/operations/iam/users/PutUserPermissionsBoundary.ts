/** PutUserPermissionsBoundary: set (or replace) the managed policy that bounds a user's permissions. */
import { noSuchEntity, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface PutUserPermissionsBoundaryParams {
  UserName: string;
  PermissionsBoundary: string;
}

export const PutUserPermissionsBoundary = defineOperation<PutUserPermissionsBoundaryParams, undefined>({
  service: 'iam',
  name: 'PutUserPermissionsBoundary',
  summary: 'Adds or updates the policy that is specified as the IAM user\'s permissions boundary.',
  params: [
    userNameParam('The user to set the boundary on.'),
    { name: 'PermissionsBoundary', type: 'string', required: true, min: 20, max: 2048, doc: 'ARN of the managed policy to use as the boundary.' },
  ],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  context: (_ctx, p) => ({ 'iam:PermissionsBoundary': p.PermissionsBoundary }),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    if (!ctx.state.policies[p.PermissionsBoundary]) return noSuchEntity(`Scope ARN: ${p.PermissionsBoundary} does not exist or is not attachable.`);
    user.permissionsBoundary = p.PermissionsBoundary;
    return undefined;
  },
});
