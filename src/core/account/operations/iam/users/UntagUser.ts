/** UntagUser: remove tags from a user by key (ignoring case); keys it does not have are ignored. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { noUserMessage, userArnFor, userNameParam } from './user-ref.ts';

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
    {
      name: 'TagKeys',
      type: 'list',
      required: true,
      max: 50,
      doc: 'The keys of the tags to remove.',
      member: { name: 'TagKey', type: 'string', min: 1, max: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' },
    },
  ],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchEntity(noUserMessage(p.UserName));
    const drop = new Set(p.TagKeys.map((k) => k.toLowerCase()));
    user.tags = user.tags.filter((t) => !drop.has(t.Key.toLowerCase()));
    return undefined;
  },
});
