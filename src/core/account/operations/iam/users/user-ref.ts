/** Shared pieces of the users' operations: the UserName parameter and a user's ARN for authorization. */
import type { OpContext } from '../../../operation.ts';
import type { ParamSpec } from '../../../params.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';

/** `UserName` naming an existing user (IAM accepts up to 128 characters when it looks one up). */
export function userNameParam(doc: string, required = true): ParamSpec {
  return { name: 'UserName', type: 'string', required, min: 1, max: 128, pattern: PATTERNS.name, doc };
}

/** The ARN a call on user NAME is authorized against: the user's own, or the ARN it would have. */
export function userArnFor(ctx: OpContext, userName: string): string {
  return findUser(ctx.state, userName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${userName}`;
}
