/** CreateAccountAlias: a friendly name for the account's sign-in URL (one alias per account; a new one replaces it). */
import { entityAlreadyExists } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';

export interface AccountAliasParams {
  AccountAlias: string;
}

/** The AccountAlias parameter: 3–63 lowercase letters, digits and single hyphens, not at either end. */
export const ACCOUNT_ALIAS_PARAM = {
  name: 'AccountAlias',
  type: 'string',
  required: true,
  min: 3,
  max: 63,
  pattern: '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$',
  doc: 'The account alias: lowercase letters, digits and single hyphens.',
} as const;

export const CreateAccountAlias = defineOperation<AccountAliasParams, undefined>({
  service: 'iam',
  name: 'CreateAccountAlias',
  summary: 'Creates an alias for your AWS account (it replaces the current alias, if any).',
  params: [ACCOUNT_ALIAS_PARAM],
  resource: () => '*',
  run(ctx, p) {
    if (/^\d{12}$/.test(p.AccountAlias) && p.AccountAlias !== ctx.state.accountId) {
      // Twelve digits would read as another account's id in a sign-in URL.
      return entityAlreadyExists(`The account alias ${p.AccountAlias} already exists.`);
    }
    ctx.state.alias = p.AccountAlias;
    return undefined;
  },
});
