/** GetAccountSummary: entity counts and IAM quotas of the account, as one SummaryMap. */
import { defineOperation } from '../../../operation.ts';
import { accountSummary, type SummaryKey } from './account-summary.ts';

export const GetAccountSummary = defineOperation<Record<string, never>, { SummaryMap: Record<SummaryKey, number> }>({
  service: 'iam',
  name: 'GetAccountSummary',
  summary: 'Retrieves information about IAM entity usage and IAM quotas in the account.',
  params: [],
  resource: () => '*',
  run(ctx) {
    return { SummaryMap: accountSummary(ctx.state) };
  },
});
