/** DeleteAccountAlias: remove the alias; the sign-in URL uses the account id again. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { ACCOUNT_ALIAS_PARAM, type AccountAliasParams } from './CreateAccountAlias.ts';

export const DeleteAccountAlias = defineOperation<AccountAliasParams, undefined>({
  service: 'iam',
  name: 'DeleteAccountAlias',
  summary: 'Deletes the specified AWS account alias.',
  params: [ACCOUNT_ALIAS_PARAM],
  resource: () => '*',
  run(ctx, p) {
    if (ctx.state.alias !== p.AccountAlias) return noSuchEntity(`The account alias ${p.AccountAlias} cannot be found.`);
    delete ctx.state.alias;
    return undefined;
  },
});
