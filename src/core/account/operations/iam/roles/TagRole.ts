/** TagRole: add tags to a role, replacing the value of a key it already has (keys match ignoring case). */
import { invalidInput, limitExceeded, noSuchEntity } from '../../../errors.ts';
import type { Tag } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { TAGS_PARAM } from '../../../shapes.ts';
import { duplicateKey, MAX_TAGS, mergeTags } from '../users/TagUser.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface TagRoleParams {
  RoleName: string;
  Tags: Tag[];
}

export const TagRole = defineOperation<TagRoleParams, undefined>({
  service: 'iam',
  name: 'TagRole',
  summary: 'Adds one or more tags to an IAM role. A key the role already has gets the new value.',
  params: [roleNameParam('The role to tag.'), { ...TAGS_PARAM, required: true, doc: 'The tags to add, as Key=string,Value=string pairs.' }],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    if (duplicateKey(p.Tags) !== undefined) return invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    const merged = mergeTags(role.tags, p.Tags);
    if (merged.length > MAX_TAGS) return limitExceeded('The number of tags has reached the maximum limit.');
    role.tags = merged;
    return undefined;
  },
});
