/** ListAccountAliases: the account's alias, as a list of zero or one. */
import { defineOperation } from '../../../operation.ts';
import { PAGING_PARAMS, paginate } from '../../../shapes.ts';

export interface ListAccountAliasesParams {
  Marker?: string;
  MaxItems?: number;
}

export const ListAccountAliases = defineOperation<ListAccountAliasesParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListAccountAliases',
  summary: 'Lists the account alias associated with the account.',
  params: [...PAGING_PARAMS],
  resource: () => '*',
  run(ctx, p) {
    const { page, ...rest } = paginate(ctx.state.alias !== undefined ? [ctx.state.alias] : [], p);
    return { AccountAliases: page, ...rest };
  },
});
