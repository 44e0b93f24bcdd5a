/** DeleteAccessKey: delete a key pair for good; calls signed with it fail from then on. */
import { isApiError, noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { ACCESS_KEY_ID_PARAM, KEY_USER_PARAM, keyOwner, noKeyMessage, ownerArn } from './owner.ts';

export interface DeleteAccessKeyParams {
  UserName?: string;
  AccessKeyId: string;
}

export const DeleteAccessKey = defineOperation<DeleteAccessKeyParams, undefined>({
  service: 'iam',
  name: 'DeleteAccessKey',
  summary: 'Deletes the access key pair associated with the specified user (default: the caller).',
  params: [KEY_USER_PARAM, ACCESS_KEY_ID_PARAM],
  resource: (ctx, p) => ownerArn(ctx, p.UserName),
  run(ctx, p) {
    const owner = keyOwner(ctx, p.UserName);
    if (isApiError(owner)) return owner;
    const i = owner.keys.findIndex((k) => k.accessKeyId === p.AccessKeyId);
    if (i < 0) return noSuchEntity(noKeyMessage(p.AccessKeyId));
    owner.keys.splice(i, 1);
    return undefined;
  },
});
