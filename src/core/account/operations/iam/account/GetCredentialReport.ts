/** GetCredentialReport: the last generated report as base64 CSV; 410 before one exists or once it expired. */
import { ApiError } from '../../../errors.ts';
import { base64Utf8 } from '../../../credential-report.ts';
import { defineOperation } from '../../../operation.ts';
import { reportIsFresh } from './GenerateCredentialReport.ts';

export const GetCredentialReport = defineOperation<Record<string, never>, { Content: string; ReportFormat: string; GeneratedTime: string }>({
  service: 'iam',
  name: 'GetCredentialReport',
  summary: 'Retrieves the credential report for the account (generate it first).',
  params: [],
  resource: () => '*',
  run(ctx) {
    const report = ctx.state.credentialReport;
    // AWS's message for a missing report really is "Unknown".
    if (!report) return new ApiError('ReportNotPresent', 'Unknown', 410);
    if (!reportIsFresh(report.generatedTime, ctx.now)) {
      return new ApiError('ReportExpired', 'The most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.', 410);
    }
    return { Content: base64Utf8(report.csv), ReportFormat: 'text/csv', GeneratedTime: report.generatedTime };
  },
});
