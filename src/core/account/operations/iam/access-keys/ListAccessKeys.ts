/** ListAccessKeys: a user's (or the caller's) access key ids, statuses and creation dates; never secrets. */
import { isApiError } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { KEY_USER_PARAM, keyJson, keyOwner, ownerArn } from './owner.ts';

export interface ListAccessKeysParams {
  UserName?: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListAccessKeys = defineOperation<ListAccessKeysParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListAccessKeys',
  summary: 'Returns information about the access key IDs associated with the specified user (default: the caller).',
  params: [KEY_USER_PARAM, ...PAGING_PARAMS],
  resource: (ctx, p) => ownerArn(ctx, p.UserName),
  run(ctx, p) {
    const owner = keyOwner(ctx, p.UserName);
    if (isApiError(owner)) return owner;
    const { page, ...rest } = paginate(owner.keys, p);
    return { AccessKeyMetadata: page.map((k) => keyJson(owner, k)), ...rest };
  },
});
