/** GetUser: a user's details; without a name, the caller's own (root included). */
import { ApiError, noSuchUser } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findUser } from '../../../principals.ts';
import { userJson } from '../../../shapes.ts';

export interface GetUserParams {
  UserName?: string;
}

export const GetUser = defineOperation<GetUserParams, { User: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetUser',
  summary: 'Retrieves information about the specified IAM user, or the user making the call.',
  params: [{ name: 'UserName', type: 'string', min: 1, max: 128, pattern: PATTERNS.name, doc: 'The user to describe (default: the caller).' }],
  resource: (ctx, p) => {
    if (p.UserName !== undefined) return findUser(ctx.state, p.UserName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${p.UserName}`;
    return ctx.caller.arn;
  },
  run(ctx, p) {
    const { state, caller } = ctx;
    if (p.UserName === undefined) {
      if (caller.type === 'Root') {
        const root: Record<string, unknown> = { UserId: state.accountId, Arn: state.root.arn, CreateDate: state.root.createDate };
        if (state.root.passwordLastUsed) root.PasswordLastUsed = state.root.passwordLastUsed;
        return { User: root };
      }
      if (!caller.user) return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
      return { User: userJson(caller.user, true) };
    }
    const user = findUser(state, p.UserName);
    if (!user) return noSuchUser(p.UserName);
    return { User: userJson(user, true) };
  },
});
