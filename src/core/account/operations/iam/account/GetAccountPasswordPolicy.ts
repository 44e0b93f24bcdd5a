/** GetAccountPasswordPolicy: the custom password policy; NoSuchEntity while none is set. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { policyJson } from '../../../password-policy.ts';

/** NoSuchEntity's message when the account has no custom password policy. */
export function noPolicyMessage(accountId: string): string {
  return `The Password Policy with domain name ${accountId} cannot be found.`;
}

export const GetAccountPasswordPolicy = defineOperation<Record<string, never>, { PasswordPolicy: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetAccountPasswordPolicy',
  summary: 'Retrieves the password policy for the account.',
  params: [],
  resource: () => '*',
  run(ctx) {
    const policy = ctx.state.passwordPolicy;
    if (!policy) return noSuchEntity(noPolicyMessage(ctx.state.accountId));
    return { PasswordPolicy: policyJson(policy) };
  },
});
