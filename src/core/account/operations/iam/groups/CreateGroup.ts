/** CreateGroup: a new, empty IAM group with no policies. */
import { entityAlreadyExists, limitExceeded } from '../../../errors.ts';
import { newUniqueId } from '../../../ids.ts';
import type { Group } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { count, iamArn, PATH_PARAM } from '../../../shapes.ts';
import { findGroup, GROUP_NAME_PARAM, groupJson } from './shared.ts';

export interface CreateGroupParams {
  Path?: string;
  GroupName: string;
}

export const CreateGroup = defineOperation<CreateGroupParams, { Group: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreateGroup',
  summary: 'Creates a new IAM group: attach policies to it and add users to give them its permissions.',
  params: [PATH_PARAM, GROUP_NAME_PARAM],
  resource: (ctx, p) => iamArn(ctx.state, 'group', p.Path ?? '/', p.GroupName),
  run(ctx, p) {
    const { state } = ctx;
    if (findGroup(state, p.GroupName)) return entityAlreadyExists(`Group with name ${p.GroupName} already exists.`);
    if (count(state.groups) >= QUOTAS.GroupsPerAccount) return limitExceeded(quotaMessage('GroupsPerAccount'));
    const path = p.Path ?? '/';
    const group: Group = {
      groupName: p.GroupName,
      groupId: newUniqueId(state, 'AGPA'),
      path,
      arn: iamArn(state, 'group', path, p.GroupName),
      createDate: ctx.nowIso,
      attachedPolicies: [],
      inlinePolicies: {},
    };
    state.groups[p.GroupName.toLowerCase()] = group;
    return { Group: groupJson(group) };
  },
});
