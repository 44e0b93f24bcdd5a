/**
 * `npm run bench` (grader part): how long grading one step takes, median of many runs, on a lesson-sized
 * account and a least-privilege step (visible and hidden engine-decided requests, entity facts, history).
 * Target: under 2 ms at the median. As a yardstick from the same process, the time of one JSON
 * serialization of the same account is printed beside it, and the ratio.
 */
import { performance } from 'node:perf_hooks';
import { call, newLab } from '../src/core/account/testing.ts';
import { nowMs } from '../src/core/account/env.ts';
import { gradeChecks } from '../src/lessons/grader.ts';
import type { Check } from '../src/lessons/types.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 2000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const lab = newLab();
  for (const name of ['analyst', 'alice', 'bob', 'deploy-bot', 'intern']) await call(lab, 'iam', 'CreateUser', { UserName: name });
  for (let i = 0; i < 40; i++) await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'intern' });
  const arn = `arn:aws:iam::${lab.state.accountId}:policy/ReportsRead`;
  lab.state.policies[arn] = {
    policyName: 'ReportsRead', policyId: 'ANPABENCH', arn, path: '/', awsManaged: false, createDate: '', updateDate: '', nextVersion: 2, tags: [],
    versions: [{ versionId: 'v1', isDefault: true, createDate: '', document: JSON.stringify({ Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
    ] }) }],
  };
  lab.state.users.analyst!.attachedPolicies.push(arn);

  const req = (action: string, resource: string, expect: 'allowed' | 'denied', hidden = false): Check => ({ kind: 'request', label: `${action} ${resource}`, as: 'user/analyst', action, resource, expect, hidden });
  const checks: Check[] = [
    { kind: 'user', label: 'analyst exists', name: 'analyst', directPolicies: '>= 1' },
    req('s3:GetObject', 'arn:aws:s3:::reports/q1.csv', 'allowed'),
    req('s3:ListBucket', 'arn:aws:s3:::reports', 'allowed'),
    req('s3:GetObject', 'arn:aws:s3:::payroll/salaries.csv', 'denied', true),
    req('s3:PutObject', 'arn:aws:s3:::reports/x', 'denied', true),
    req('s3:DeleteObject', 'arn:aws:s3:::reports/q1.csv', 'denied', true),
    req('s3:ListBucket', 'arn:aws:s3:::payroll', 'denied', true),
    req('ec2:DescribeInstances', '*', 'denied', true),
    req('iam:CreateUser', `arn:aws:iam::${lab.state.accountId}:user/x`, 'denied', true),
    { kind: 'findings', label: 'no errors', of: 'user/analyst', none: ['ERROR', 'SECURITY_WARNING'] },
    { kind: 'event', label: 'intern was denied', match: { by: 'user/intern', allowed: false } },
    { kind: 'no-event-after', label: 'no root after', match: { by: 'root' }, after: { by: 'user/intern' } },
  ];
  const input = { state: lab.state, nowMs: nowMs(lab.state, lab.env), answers: {} };
  for (let i = 0; i < 200; i++) gradeChecks(checks, input);
  const grade: number[] = [];
  const yard: number[] = [];
  let sink = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    sink += gradeChecks(checks, input).length;
    grade.push(performance.now() - t);
    t = performance.now();
    sink += JSON.stringify(lab.state).length;
    yard.push(performance.now() - t);
  }
  const g = median(grade);
  const y = median(yard);
  console.log(`grader: one step of ${checks.length} checks (${checks.filter((c) => c.kind === 'request').length} engine requests), ${RUNS} runs`);
  console.log(`  grade step           median ${g.toFixed(3)} ms  (target < 2 ms)`);
  console.log(`  JSON.stringify(state) median ${y.toFixed(3)} ms  (same-process yardstick)`);
  console.log(`  ratio grade / yardstick: ${(g / y).toFixed(2)}x${sink > 0 ? '' : ' '}`);
}

await main();
