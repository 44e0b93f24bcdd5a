/** CreateUser: a new IAM user with no permissions, no password and no access keys. */
import { entityAlreadyExists, limitExceeded, noSuchEntity } from '../../../errors.ts';
import { newUniqueId } from '../../../ids.ts';
import type { Tag, User } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { count, iamArn, PATH_PARAM, TAGS_PARAM, userJson } from '../../../shapes.ts';

export interface CreateUserParams {
  Path?: string;
  UserName: string;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

export const CreateUser = defineOperation<CreateUserParams, { User: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreateUser',
  summary: 'Creates a new IAM user for your AWS account.',
  params: [
    PATH_PARAM,
    { name: 'UserName', type: 'string', required: true, min: 1, max: 64, pattern: PATTERNS.name, doc: 'The name of the user to create.' },
    { name: 'PermissionsBoundary', type: 'string', min: 20, max: 2048, doc: 'ARN of the managed policy that sets the permissions boundary.' },
    TAGS_PARAM,
  ],
  resource: (ctx, p) => iamArn(ctx.state, 'user', p.Path ?? '/', p.UserName),
  run(ctx, p) {
    const { state } = ctx;
    if (findUser(state, p.UserName)) return entityAlreadyExists(`User with name ${p.UserName} already exists.`);
    if (count(state.users) >= QUOTAS.UsersPerAccount) return limitExceeded(quotaMessage('UsersPerAccount'));
    if (p.PermissionsBoundary !== undefined && !state.policies[p.PermissionsBoundary]) {
      return noSuchEntity(`Scope ARN: ${p.PermissionsBoundary} does not exist or is not attachable.`);
    }
    const path = p.Path ?? '/';
    const user: User = {
      userName: p.UserName,
      userId: newUniqueId(state, 'AIDA'),
      path,
      arn: iamArn(state, 'user', path, p.UserName),
      createDate: ctx.nowIso,
      tags: p.Tags ?? [],
      accessKeys: [],
      groups: [],
      attachedPolicies: [],
      inlinePolicies: {},
    };
    if (p.PermissionsBoundary !== undefined) user.permissionsBoundary = p.PermissionsBoundary;
    state.users[p.UserName.toLowerCase()] = user;
    return { User: userJson(user, true) };
  },
});
