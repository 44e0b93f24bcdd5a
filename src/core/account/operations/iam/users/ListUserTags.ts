/** ListUserTags: a user's tags, paged with Marker/MaxItems. */
import { noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface ListUserTagsParams {
  UserName: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListUserTags = defineOperation<ListUserTagsParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListUserTags',
  summary: 'Lists the tags that are attached to the specified IAM user.',
  params: [userNameParam('The user whose tags to list.'), ...PAGING_PARAMS],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const { page, ...rest } = paginate(user.tags, p);
    return { Tags: page.map((t) => ({ Key: t.Key, Value: t.Value })), ...rest };
  },
});
