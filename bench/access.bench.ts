/**
 * `npm run bench` (access part): the effective access of a principal with 10 attached policies over the
 * whole catalogue, and a comparison of two policies of about 6 KB each; medians of several runs.
 * Target: under 100 ms each.
 */
import { performance } from 'node:perf_hooks';
import { median } from './median.ts';
import { compareAccess, effectiveAccess, summarize } from '../src/core/access/index.ts';
import type { PolicySet } from '../src/core/engine/types.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const ACCOUNT = '111122223333';
const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:user/analyst`;

const doc = (...Statement: Record<string, unknown>[]): Record<string, unknown> => ({ Version: '2012-10-17', Statement });

/** Ten policies such as a team member collects: read-only families, a power-user NotAction, denies with conditions. */
const TEN: PolicySet = {
  identity: [
    doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }),
    doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'iam:GenerateCredentialReport'], Resource: '*' }),
    doc({ Effect: 'Allow', Action: ['ec2:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*', 'logs:*'], Resource: '*' }),
    doc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders/*`] }),
    doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }),
    doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    doc({ Effect: 'Deny', Action: ['s3:Delete*', 's3:PutBucketPolicy'], Resource: ['arn:aws:s3:::payroll', 'arn:aws:s3:::payroll/*'] }),
    doc({ Effect: 'Allow', Action: ['iam:ChangePassword', 'iam:*AccessKey*', 'iam:*MFADevice*'], Resource: `arn:aws:iam::${ACCOUNT}:user/\${aws:username}` }),
    doc({ Effect: 'Deny', NotAction: ['iam:*MFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    doc({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }),
  ].map((document, i) => ({ name: `Policy${i}`, document })),
};

const RESOURCES = [
  'arn:aws:s3:::reports', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::reports/q2.csv', 'arn:aws:s3:::payroll', 'arn:aws:s3:::payroll/salaries.csv',
  ...['analyst', 'alice', 'bob', 'deploy-bot', 'intern'].map((u) => `arn:aws:iam::${ACCOUNT}:user/${u}`),
  `arn:aws:iam::${ACCOUNT}:group/Developers`, `arn:aws:iam::${ACCOUNT}:role/ReadOnly`, `arn:aws:iam::${ACCOUNT}:policy/ReportsReadOnly`,
];

/** A policy of about 6 KB: many statements over several services, some with conditions. */
function bigPolicy(seed: number): Record<string, unknown> {
  const services = ['s3', 'iam', 'ec2', 'dynamodb', 'logs', 'sqs', 'sns', 'kms', 'lambda', 'cloudwatch'];
  const verbs = ['Get*', 'List*', 'Describe*', 'Put*', 'Create*', 'Delete*', 'Update*', 'Tag*'];
  const statements: Record<string, unknown>[] = [];
  for (let i = 0; statements.length < 44; i++) {
    const svc = services[(i + seed) % services.length] as string;
    const verb = verbs[(i * 3 + seed) % verbs.length] as string;
    const resource = svc === 's3' ? [`arn:aws:s3:::bucket-${i % 5}`, `arn:aws:s3:::bucket-${i % 5}/*`] : svc === 'iam' ? `arn:aws:iam::${ACCOUNT}:user/team-${i % 3}/*` : `arn:aws:${svc}:us-east-1:${ACCOUNT}:*`;
    const s: Record<string, unknown> = { Sid: `S${i}`, Effect: i % 9 === 8 ? 'Deny' : 'Allow', Action: [`${svc}:${verb}`, `${svc}:${verbs[(i + 1) % verbs.length]}`], Resource: resource };
    if (i % 7 === 3) s.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
    if (i % 11 === 5) s.Condition = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } };
    statements.push(s);
  }
  return doc(...statements);
}

/** Median wall-clock and CPU milliseconds of a run (CPU time is steadier on a busy machine), and what the warm-up run returned. */
function time<T>(run: () => T): { wall: number; cpu: number; result: T } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const result = run(); // warm-up (compiles, catalogue indexes)
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), result };
}

const a = bigPolicy(0);
const b = bigPolicy(1);
const sizes = [JSON.stringify(a).length, JSON.stringify(b).length];

const effective = time(() => {
  const access = effectiveAccess(TEN, { principal: PRINCIPAL, resources: RESOURCES });
  summarize(access);
  return access;
});
const comparison = time(() => compareAccess({ identity: [{ name: 'A', document: a }] }, { identity: [{ name: 'B', document: b }] }, { resources: RESOURCES }));
const one = effective.result;
const cmp = comparison.result;
console.log(`effective access, 10 policies, whole catalogue: median ${effective.wall.toFixed(1)} ms wall, ${effective.cpu.toFixed(1)} ms CPU (${one.actions.length} actions, ${one.evaluated} requests evaluated; target < 100 ms)`);
console.log(`comparison of two policies of ${sizes[0]} and ${sizes[1]} bytes (compact JSON): median ${comparison.wall.toFixed(1)} ms wall, ${comparison.cpu.toFixed(1)} ms CPU (${cmp.result}, ${cmp.newAccess.length} new, ${cmp.lostAccess.length} lost examples; target < 100 ms)`);
