/** AddUserToGroup: the user gets the group's permissions (at most 10 groups per user). Adding twice changes nothing. */
import { limitExceeded, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { findGroup, GROUP_NAME_PARAM, groupArnFor, groupNotFound, MEMBER_USER_PARAM } from './shared.ts';

export interface AddUserToGroupParams {
  GroupName: string;
  UserName: string;
}

export const AddUserToGroup = defineOperation<AddUserToGroupParams, undefined>({
  service: 'iam',
  name: 'AddUserToGroup',
  summary: 'Adds the specified user to the specified group.',
  params: [GROUP_NAME_PARAM, MEMBER_USER_PARAM],
  resource: (ctx, p) => groupArnFor(ctx.state, p.GroupName),
  run(ctx, p) {
    const { state } = ctx;
    const group = findGroup(state, p.GroupName);
    if (!group) return groupNotFound(p.GroupName);
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const lower = group.groupName.toLowerCase();
    if (user.groups.some((n) => n.toLowerCase() === lower)) return undefined;
    if (user.groups.length >= QUOTAS.GroupsPerUser) return limitExceeded(quotaMessage('GroupsPerUser'));
    user.groups.push(group.groupName);
    return undefined;
  },
});
