/**
 * GenerateCredentialReport: IAM builds at most one report every four hours. The first call (or the first
 * after the report is four hours old) starts a new report and answers STARTED; calls while the report is
 * fresh answer COMPLETE and keep it. The simulation builds the report at once, as a snapshot of that moment.
 */
import { buildCredentialReport } from '../../../credential-report.ts';
import { defineOperation } from '../../../operation.ts';

/** A report is reused for four hours (IAM User Guide: getting credential reports). */
export const REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000;

/** Whether the stored report is still fresh at `now`. */
export function reportIsFresh(generatedTime: string, now: number): boolean {
  return now - Date.parse(generatedTime) < REPORT_LIFETIME_MS;
}

export const GenerateCredentialReport = defineOperation<Record<string, never>, { State: string; Description?: string }>({
  service: 'iam',
  name: 'GenerateCredentialReport',
  summary: 'Generates a credential report for the account (at most one every four hours).',
  params: [],
  resource: () => '*',
  run(ctx) {
    const { state } = ctx;
    const report = state.credentialReport;
    if (report && reportIsFresh(report.generatedTime, ctx.now)) return { State: 'COMPLETE' };
    state.credentialReport = { generatedTime: ctx.nowIso, csv: buildCredentialReport(state) };
    return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
  },
});
