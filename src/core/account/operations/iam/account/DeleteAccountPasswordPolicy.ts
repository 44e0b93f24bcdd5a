/** DeleteAccountPasswordPolicy: remove the custom policy; AWS's default policy applies again. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { noPolicyMessage } from './GetAccountPasswordPolicy.ts';

export const DeleteAccountPasswordPolicy = defineOperation<Record<string, never>, undefined>({
  service: 'iam',
  name: 'DeleteAccountPasswordPolicy',
  summary: 'Deletes the password policy for the account; AWS\'s default policy applies again.',
  params: [],
  resource: () => '*',
  run(ctx) {
    if (!ctx.state.passwordPolicy) return noSuchEntity(noPolicyMessage(ctx.state.accountId));
    delete ctx.state.passwordPolicy;
    return undefined;
  },
});
