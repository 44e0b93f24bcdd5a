/**
 * Whose access keys a call manages: the named user, or without a name the caller itself — the root
 * user's own keys when root calls, an IAM user's own keys when a user calls.
 */
import { ApiError, noSuchUser } from '../../../errors.ts';
import type { AccessKey, AccountState } from '../../../model.ts';
import type { OpContext } from '../../../operation.ts';
import type { ParamSpec } from '../../../params.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';

/** The owner of a set of access keys. */
export interface KeyOwner {
  /** The user's name; undefined for the root user. */
  userName?: string;
  arn: string;
  keys: AccessKey[];
}

/** The optional `UserName` of the access key operations. */
export const KEY_USER_PARAM: ParamSpec = {
  name: 'UserName',
  type: 'string',
  min: 1,
  max: 128,
  pattern: PATTERNS.name,
  doc: 'The user whose keys to manage (default: the caller, the root user included).',
};

/** The `AccessKeyId` parameter. */
export const ACCESS_KEY_ID_PARAM: ParamSpec = {
  name: 'AccessKeyId',
  type: 'string',
  required: true,
  min: 16,
  max: 128,
  pattern: PATTERNS.accessKeyId,
  doc: 'The access key id, such as AKIAIOSFODNN7EXAMPLE.',
};

/** The ARN the call is authorized against. */
export function ownerArn(ctx: OpContext, userName: string | undefined): string {
  if (userName !== undefined) return findUser(ctx.state, userName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${userName}`;
  return ctx.caller.arn;
}

/** Resolve the owner, or the error AWS gives. */
export function keyOwner(ctx: OpContext, userName: string | undefined): KeyOwner | ApiError {
  const { state, caller } = ctx;
  if (userName !== undefined) {
    const user = findUser(state, userName);
    if (!user) return noSuchUser(userName);
    return { userName: user.userName, arn: user.arn, keys: user.accessKeys };
  }
  if (caller.type === 'Root') return { arn: state.root.arn, keys: state.root.accessKeys };
  if (caller.type === 'IAMUser' && caller.user) return { userName: caller.user.userName, arn: caller.user.arn, keys: caller.user.accessKeys };
  return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
}

/** NoSuchEntity's message for an access key the owner does not have. */
export function noKeyMessage(accessKeyId: string): string {
  return `The Access Key with id ${accessKeyId} cannot be found.`;
}

/** Find a long-term access key anywhere in the account, with its owner. */
export function findAccessKey(state: AccountState, accessKeyId: string): { key: AccessKey; userName?: string } | undefined {
  const rootKey = state.root.accessKeys.find((k) => k.accessKeyId === accessKeyId);
  if (rootKey) return { key: rootKey };
  for (const user of Object.values(state.users)) {
    const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
    if (key) return { key, userName: user.userName };
  }
  return undefined;
}

/** The `AccessKeyMetadata` / `AccessKey` fields common to list and create. */
export function keyJson(owner: KeyOwner, key: AccessKey): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (owner.userName !== undefined) out.UserName = owner.userName;
  out.AccessKeyId = key.accessKeyId;
  out.Status = key.status;
  out.CreateDate = key.createDate;
  return out;
}
