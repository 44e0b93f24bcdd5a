/** UntagRole: remove tags from a role by key (ignoring case); keys it does not have are ignored. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
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
    {
      name: 'TagKeys',
      type: 'list',
      required: true,
      max: 50,
      doc: 'The keys of the tags to remove.',
      member: { name: 'TagKey', type: 'string', min: 1, max: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' },
    },
  ],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    const drop = new Set(p.TagKeys.map((k) => k.toLowerCase()));
    role.tags = role.tags.filter((t) => !drop.has(t.Key.toLowerCase()));
    return undefined;
  },
});
