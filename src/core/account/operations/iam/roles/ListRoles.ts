/** ListRoles: the account's roles, sorted by name, paged. No boundary, tags or last use, as in AWS. */
import { defineOperation } from '../../../operation.ts';
import { byName, PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { roleJson } from './role-ref.ts';

export interface ListRolesParams {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListRoles = defineOperation<ListRolesParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListRoles',
  summary: 'Lists the IAM roles that have the specified path prefix.',
  params: [
    { name: 'PathPrefix', type: 'string', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*', doc: 'Only roles whose path starts with this (default /).' },
    ...PAGING_PARAMS,
  ],
  resource: (ctx) => `arn:aws:iam::${ctx.state.accountId}:role/`,
  run(ctx, p) {
    const prefix = p.PathPrefix ?? '/';
    const roles = byName(
      Object.values(ctx.state.roles).filter((r) => r.path.startsWith(prefix)),
      (r) => r.roleName,
    );
    const { page, ...rest } = paginate(roles, p);
    return { Roles: page.map((r) => roleJson(r, { settings: true })), ...rest };
  },
});
