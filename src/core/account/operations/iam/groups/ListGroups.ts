/** ListGroups: the account's groups, sorted by name, filtered by path, paged. */
import { defineOperation } from '../../../operation.ts';
import { byName, PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { groupJson } from './shared.ts';

export interface ListGroupsParams {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListGroups = defineOperation<ListGroupsParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListGroups',
  summary: 'Lists the IAM groups that have the specified path prefix.',
  params: [
    { name: 'PathPrefix', type: 'string', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*', doc: 'Only groups whose path starts with this (default /).' },
    ...PAGING_PARAMS,
  ],
  resource: (ctx) => `arn:aws:iam::${ctx.state.accountId}:group/`,
  run(ctx, p) {
    const prefix = p.PathPrefix ?? '/';
    const groups = byName(
      Object.values(ctx.state.groups).filter((g) => g.path.startsWith(prefix)),
      (g) => g.groupName,
    );
    const { page, ...rest } = paginate(groups, p);
    return { Groups: page.map(groupJson), ...rest };
  },
});
