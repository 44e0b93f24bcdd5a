/** The grader: a pure function of the account, its history, the learner's answers and a step's checks. */
import { CHECK_KINDS } from './checks/index.ts';
import type { Check, CheckResult, GradeInput } from './types.ts';

/** Grade one check. An unknown kind fails with a message (lesson packs are validated on load). */
export function gradeCheck(check: Check, input: GradeInput): CheckResult {
  const kind = CHECK_KINDS.get(check.kind);
  const reason = kind ? kind.evaluate(check, input) : `Unknown check kind "${check.kind}".`;
  return { label: check.label, passed: reason === undefined, message: reason === undefined ? '' : (check.failure ?? reason), hidden: check.hidden ?? false };
}

/** Grade every check of a step. */
export function gradeChecks(checks: readonly Check[], input: GradeInput): CheckResult[] {
  return checks.map((c) => gradeCheck(c, input));
}

/** A step passes when every check, hidden ones included, passes. */
export function allPassed(results: readonly CheckResult[]): boolean {
  return results.every((r) => r.passed);
}
