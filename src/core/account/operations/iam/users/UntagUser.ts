/** UntagUser: remove tags from a user by key (ignoring case); keys it does not have are ignored. */
import { noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { TAG_KEYS_PARAM, withoutTags } from '../../../shapes.ts';
import { findUser } from '../../../principals.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface UntagUserParams {
  UserName: string;
  TagKeys: string[];
}

export const UntagUser = defineOperation<UntagUserParams, undefined>({
  service: 'iam',
  name: 'UntagUser',
  summary: 'Removes the specified tags from the user.',
  params: [
    userNameParam('The user to remove tags from.'),
    TAG_KEYS_PARAM,
  ],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    user.tags = withoutTags(user.tags, p.TagKeys);
    return undefined;
  },
});
