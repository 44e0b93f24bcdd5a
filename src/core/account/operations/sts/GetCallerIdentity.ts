/** GetCallerIdentity: who the call's credentials belong to. Never denied, as in AWS. */
import { ApiError } from '../../errors.ts';
import { defineOperation } from '../../operation.ts';

/** AWS's response: the caller's aws:userid, its account and its ARN. */
export interface CallerIdentity {
  UserId: string;
  Account: string;
  Arn: string;
}

export const GetCallerIdentity = defineOperation<Record<string, never>, CallerIdentity>({
  service: 'sts',
  name: 'GetCallerIdentity',
  summary: 'Returns details about the IAM user or role whose credentials are used to call the operation.',
  params: [],
  noAuthorization: true,
  resource: () => '*',
  run(ctx) {
    const c = ctx.caller;
    if (c.type === 'Anonymous') return new ApiError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    // Root: the account id; a user: its AIDA id; a role session: AROA…:session-name.
    return { UserId: c.userId, Account: ctx.state.accountId, Arn: c.arn };
  },
});
