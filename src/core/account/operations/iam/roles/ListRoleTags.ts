/** ListRoleTags: the tags of a role, paged. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface ListRoleTagsParams {
  RoleName: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListRoleTags = defineOperation<ListRoleTagsParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListRoleTags',
  summary: 'Lists the tags that are attached to the specified role.',
  params: [roleNameParam('The role whose tags to list.'), ...PAGING_PARAMS],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    const { page, ...rest } = paginate(role.tags, p);
    return { Tags: page.map((t) => ({ Key: t.Key, Value: t.Value })), ...rest };
  },
});
