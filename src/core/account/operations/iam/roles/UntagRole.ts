/** UntagRole: remove tags from a role by key (ignoring case); keys it does not have are ignored. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { TAG_KEYS_PARAM, withoutTags } from '../../../shapes.ts';
import { findRole } from '../../../principals.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface UntagRoleParams {
  RoleName: string;
  TagKeys: string[];
}

export const UntagRole = defineOperation<UntagRoleParams, undefined>({
  service: 'iam',
  name: 'UntagRole',
  summary: 'Removes the specified tags from the role.',
  params: [
    roleNameParam('The role to remove tags from.'),
    TAG_KEYS_PARAM,
  ],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    role.tags = withoutTags(role.tags, p.TagKeys);
    return undefined;
  },
});
