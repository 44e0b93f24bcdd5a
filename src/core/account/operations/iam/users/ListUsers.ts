/** ListUsers: the account's users, sorted by name, paged with Marker/MaxItems. */
import { defineOperation } from '../../../operation.ts';
import { PAGING_PARAMS, userJson } from '../../../shapes.ts';
import { pageAfter, sortedByName } from './page-by-name.ts';

export interface ListUsersParams {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListUsers = defineOperation<ListUsersParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListUsers',
  summary: 'Lists the IAM users that have the specified path prefix.',
  params: [
    { name: 'PathPrefix', type: 'string', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*', doc: 'Only users whose path starts with this (default /).' },
    ...PAGING_PARAMS,
  ],
  resource: (ctx) => `arn:aws:iam::${ctx.state.accountId}:user/`,
  run(ctx, p) {
    const prefix = p.PathPrefix ?? '/';
    const sorted = sortedByName(ctx.state.users, (u) => u.userName);
    const { page, ...rest } = pageAfter(sorted, (u) => u.userName, p, (u) => u.path.startsWith(prefix));
    return { Users: page.map((u) => userJson(u)), ...rest };
  },
});
