/** GetGroup: a group and the users in it (paged over the users). */
import { defineOperation } from '../../../operation.ts';
import { byName, PAGING_PARAMS, paginate, userJson } from '../../../shapes.ts';
import { findGroup, GROUP_NAME_PARAM, groupArnFor, groupJson, groupNotFound, membersOf } from './shared.ts';

export interface GetGroupParams {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
}

export const GetGroup = defineOperation<GetGroupParams, Record<string, unknown>>({
  service: 'iam',
  name: 'GetGroup',
  summary: 'Returns the IAM users in the specified group.',
  params: [GROUP_NAME_PARAM, ...PAGING_PARAMS],
  resource: (ctx, p) => groupArnFor(ctx.state, p.GroupName),
  run(ctx, p) {
    const group = findGroup(ctx.state, p.GroupName);
    if (!group) return groupNotFound(p.GroupName);
    const { page, ...rest } = paginate(byName(membersOf(ctx.state, group), (u) => u.userName), p);
    return { Users: page.map((u) => userJson(u)), Group: groupJson(group), ...rest };
  },
});
