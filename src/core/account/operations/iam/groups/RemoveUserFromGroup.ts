/** RemoveUserFromGroup: the user loses the group's permissions. Removing a user who is not in the group changes nothing, as in AWS. */
import { noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { findGroup, GROUP_NAME_PARAM, groupArnFor, groupNotFound, MEMBER_USER_PARAM } from './shared.ts';

export interface RemoveUserFromGroupParams {
  GroupName: string;
  UserName: string;
}

export const RemoveUserFromGroup = defineOperation<RemoveUserFromGroupParams, undefined>({
  service: 'iam',
  name: 'RemoveUserFromGroup',
  summary: 'Removes the specified user from the specified group.',
  params: [GROUP_NAME_PARAM, MEMBER_USER_PARAM],
  resource: (ctx, p) => groupArnFor(ctx.state, p.GroupName),
  run(ctx, p) {
    const { state } = ctx;
    const group = findGroup(state, p.GroupName);
    if (!group) return groupNotFound(p.GroupName);
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const lower = group.groupName.toLowerCase();
    user.groups = user.groups.filter((n) => n.toLowerCase() !== lower);
    return undefined;
  },
});
