import { describe, expect, it } from 'vitest';
import { testPolicy } from './policy-test.ts';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "List", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::reports" },
    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" }
  ]
}`;
const analyst = 'arn:aws:iam::111122223333:user/analyst';

describe('testPolicy', () => {
  it('names the deciding statement with its span, and why the others did not apply', () => {
    const r = testPolicy(POLICY, 'identity', { principalArn: analyst, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv', context: {} }, '111122223333');
    if (!r.ok) throw new Error(r.problem);
    expect(r.view.decision).toBe('Allow');
    const line5 = POLICY.split('\n')[4] ?? '';
    expect(r.decidingSpans).toEqual([{ start: { line: 5, column: 5 }, end: { line: 5, column: line5.length + 1 } }]);
    const other = r.statements.find((s) => !s.deciding);
    expect(other?.index).toBe(0);
    expect(other?.reasons.join(' ')).toContain('Action does not include s3:GetObject');
  });

  it('denies implicitly what nothing allows, with no highlight', () => {
    const r = testPolicy(POLICY, 'identity', { principalArn: analyst, action: 's3:GetObject', resource: 'arn:aws:s3:::payroll/x', context: {} }, '111122223333');
    if (!r.ok) throw new Error(r.problem);
    expect(r.view.decision).toBe('ImplicitDeny');
    expect(r.decidingSpans).toEqual([]);
  });

  it('reports malformed JSON instead of a decision', () => {
    const r = testPolicy('{"Version": ', 'identity', { principalArn: analyst, action: 's3:GetObject', resource: '*', context: {} }, '111122223333');
    expect(r.ok).toBe(false);
  });
});
