/**
 * CreateAccessKey: a new AKIA… key pair for a user (or for the caller). The secret is returned only
 * here and kept only as a salted hash. At most two keys per user, inactive ones included.
 */
import { isApiError, limitExceeded } from '../../../errors.ts';
import { saltedHash } from '../../../hash.ts';
import { newAccessKeyId, newSecret } from '../../../ids.ts';
import type { AccessKey } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { KEY_USER_PARAM, keyJson, keyOwner, ownerArn } from './owner.ts';

export interface CreateAccessKeyParams {
  UserName?: string;
}

export const CreateAccessKey = defineOperation<CreateAccessKeyParams, { AccessKey: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreateAccessKey',
  summary: 'Creates a new secret access key and access key ID for the specified user (default: the caller).',
  params: [KEY_USER_PARAM],
  resource: (ctx, p) => ownerArn(ctx, p.UserName),
  async run(ctx, p) {
    const { state } = ctx;
    const owner = keyOwner(ctx, p.UserName);
    if (isApiError(owner)) return owner;
    if (owner.keys.length >= QUOTAS.AccessKeysPerUser) return limitExceeded(quotaMessage('AccessKeysPerUser'));
    const accessKeyId = newAccessKeyId(state, 'AKIA');
    const secret = newSecret(state);
    // The key id salts its own secret's hash: unique per key, and known when a signed call is checked.
    const key: AccessKey = { accessKeyId, secretHash: await saltedHash(secret, accessKeyId), status: 'Active', createDate: ctx.nowIso };
    owner.keys.push(key);
    const json = keyJson(owner, key);
    return { AccessKey: { ...json, SecretAccessKey: secret, CreateDate: key.createDate } };
  },
});
