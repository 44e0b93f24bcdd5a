/** ListGroupsForUser: the groups a user is in, sorted by name. */
import { noSuchUser } from '../../../errors.ts';
import type { Group } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { byName, iamArn, PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { findGroup, groupJson, MEMBER_USER_PARAM } from './shared.ts';

export interface ListGroupsForUserParams {
  UserName: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListGroupsForUser = defineOperation<ListGroupsForUserParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListGroupsForUser',
  summary: 'Lists the IAM groups that the specified user belongs to.',
  params: [MEMBER_USER_PARAM, ...PAGING_PARAMS],
  resource: (ctx, p) => findUser(ctx.state, p.UserName)?.arn ?? iamArn(ctx.state, 'user', '/', p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const groups = user.groups.map((n) => findGroup(ctx.state, n)).filter((g): g is Group => g !== undefined);
    const { page, ...rest } = paginate(byName(groups, (g) => g.groupName), p);
    return { Groups: page.map(groupJson), ...rest };
  },
});
