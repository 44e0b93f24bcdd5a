/** UpdateAccessKey: make a key Active or Inactive (an inactive key fails every signed call). */
import { isApiError, noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { ACCESS_KEY_ID_PARAM, KEY_USER_PARAM, keyOwner, noKeyMessage, ownerArn } from './owner.ts';

export interface UpdateAccessKeyParams {
  UserName?: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
}

export const UpdateAccessKey = defineOperation<UpdateAccessKeyParams, undefined>({
  service: 'iam',
  name: 'UpdateAccessKey',
  summary: "Changes the status of the specified access key from Active to Inactive, or vice versa.",
  params: [
    KEY_USER_PARAM,
    ACCESS_KEY_ID_PARAM,
    { name: 'Status', type: 'string', required: true, enum: ['Active', 'Inactive'], doc: 'Active: the key can sign calls; Inactive: it cannot.' },
  ],
  resource: (ctx, p) => ownerArn(ctx, p.UserName),
  run(ctx, p) {
    const owner = keyOwner(ctx, p.UserName);
    if (isApiError(owner)) return owner;
    const key = owner.keys.find((k) => k.accessKeyId === p.AccessKeyId);
    if (!key) return noSuchEntity(noKeyMessage(p.AccessKeyId));
    key.status = p.Status;
    return undefined;
  },
});
