/** TagUser: add tags to a user, replacing the value of a key it already has (keys match ignoring case). */
import { invalidInput, limitExceeded, noSuchUser } from '../../../errors.ts';
import type { Tag } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { findUser } from '../../../principals.ts';
import { TAGS_PARAM } from '../../../shapes.ts';
import { userArnFor, userNameParam } from './user-ref.ts';

export interface TagUserParams {
  UserName: string;
  Tags: Tag[];
}

/** IAM allows at most 50 tags on a user. */
export const MAX_TAGS = 50;

/** Merge tags: a key already present (ignoring case) takes the new value and spelling. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const out = existing.map((t) => ({ Key: t.Key, Value: t.Value }));
  for (const tag of added) {
    const i = out.findIndex((t) => t.Key.toLowerCase() === tag.Key.toLowerCase());
    if (i >= 0) out[i] = { Key: tag.Key, Value: tag.Value };
    else out.push({ Key: tag.Key, Value: tag.Value });
  }
  return out;
}

/** InvalidInput when one request names the same key twice (ignoring case). */
export function duplicateKey(tags: readonly Tag[]): string | undefined {
  const seen = new Set<string>();
  for (const t of tags) {
    const k = t.Key.toLowerCase();
    if (seen.has(k)) return t.Key;
    seen.add(k);
  }
  return undefined;
}

export const TagUser = defineOperation<TagUserParams, undefined>({
  service: 'iam',
  name: 'TagUser',
  summary: 'Adds one or more tags to an IAM user. A key the user already has gets the new value.',
  params: [userNameParam('The user to tag.'), { ...TAGS_PARAM, required: true, doc: 'The tags to add, as Key=string,Value=string pairs.' }],
  resource: (ctx, p) => userArnFor(ctx, p.UserName),
  run(ctx, p) {
    const user = findUser(ctx.state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    const dup = duplicateKey(p.Tags);
    if (dup !== undefined) return invalidInput(`Duplicate tag keys found. Please note that Tag keys are case insensitive.`);
    const merged = mergeTags(user.tags, p.Tags);
    if (merged.length > MAX_TAGS) return limitExceeded(`The number of tags has reached the maximum limit.`);
    user.tags = merged;
    return undefined;
  },
});
