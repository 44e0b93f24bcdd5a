/**
 * Account benchmark (issue 3): an account at IAM's quotas — 5,000 users, 300 groups, 1,500 customer
 * policies — built directly in memory, then the calls a dashboard makes on it, each timed through
 * `invoke` (operation lookup, caller, validation, engine authorization, run, event history) as root.
 * Prints the median and the slowest of ROUNDS runs, in milliseconds. Target: each median under 50 ms.
 * Run: `npx tsx bench/account.bench.ts` (BENCH_ROUNDS to change the number of runs).
 */
import { performance } from 'node:perf_hooks';
import { median } from './median.ts';
import { createAccount } from '../src/core/account/create.ts';
import { fixedEnv, isoTime } from '../src/core/account/env.ts';
import { invoke, type CallResult } from '../src/core/account/invoke.ts';
import type { AccountState, Group, ManagedPolicy, User } from '../src/core/account/model.ts';
import { securityStatus } from '../src/core/account/security-status.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const T0 = Date.parse('2026-01-15T10:00:00Z');
const DAY = 86_400_000;

/** A deterministic pseudo-random sequence (xorshift32), so every run builds the same account. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function buildAccount(): AccountState {
  const state = createAccount({ createdAt: T0 - 400 * DAY });
  const rand = rng(42);
  const id = (prefix: string, n: number): string => `${prefix}${String(n).padStart(17, '0')}`;
  const day = (n: number): string => isoTime(T0 - n * DAY);

  const policyArns: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const arn = `arn:aws:iam::${state.accountId}:policy/team/Policy${i}`;
    const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [`s3:GetObject`], Resource: `arn:aws:s3:::bucket-${i}/*` }] });
    const policy: ManagedPolicy = {
      policyName: `Policy${i}`,
      policyId: id('ANPA', i),
      arn,
      path: '/team/',
      awsManaged: false,
      createDate: day(300),
      updateDate: day(300),
      versions: [{ versionId: 'v1', document, isDefault: true, createDate: day(300) }],
      nextVersion: 2,
      tags: [],
    };
    state.policies[arn] = policy;
    policyArns.push(arn);
  }
  const pick = (): string => policyArns[Math.floor(rand() * policyArns.length)] ?? '';

  const groupNames: string[] = [];
  for (let i = 0; i < 300; i++) {
    const name = `group-${i}`;
    const group: Group = {
      groupName: name,
      groupId: id('AGPA', i),
      path: '/',
      arn: `arn:aws:iam::${state.accountId}:group/${name}`,
      createDate: day(350),
      attachedPolicies: [pick(), pick()],
      inlinePolicies: {},
    };
    state.groups[name] = group;
    groupNames.push(name);
  }

  for (let i = 0; i < 5000; i++) {
    const name = `user-${String(i).padStart(4, '0')}`;
    const user: User = {
      userName: name,
      userId: id('AIDA', i),
      path: i % 10 === 0 ? '/contractors/' : '/',
      arn: `arn:aws:iam::${state.accountId}:user/${i % 10 === 0 ? 'contractors/' : ''}${name}`,
      createDate: day(300 - (i % 300)),
      tags: [{ Key: 'team', Value: `t${i % 40}` }],
      accessKeys: [],
      groups: [groupNames[i % 300] ?? '', groupNames[(i * 7) % 300] ?? ''],
      attachedPolicies: i % 25 === 0 ? [pick()] : [],
      inlinePolicies: {},
    };
    if (i % 2 === 0) {
      user.loginProfile = { passwordHash: 'x', salt: 'y', createDate: day(200), passwordResetRequired: false, passwordLastChanged: day(200 - (i % 100)), previousHashes: [] };
      if (i % 4 === 0) user.loginProfile.passwordLastUsed = day(i % 30);
    }
    const keys = i % 3;
    for (let k = 0; k < keys; k++) {
      user.accessKeys.push({
        accessKeyId: `AKIA${String(i * 2 + k).padStart(16, '0')}`,
        secretHash: 'h',
        status: k === 1 && i % 2 ? 'Inactive' : 'Active',
        createDate: day(Math.floor(rand() * 200)),
        ...(rand() < 0.5 ? { lastUsed: { date: day(1), serviceName: 's3', region: 'us-east-1' } } : {}),
      });
    }
    if (i % 5 === 0) state.mfaDevices[`arn:aws:iam::${state.accountId}:mfa/${name}`] = { serialNumber: `arn:aws:iam::${state.accountId}:mfa/${name}`, kind: 'virtual', seed: 'S', enabledFor: name, createDate: day(100) };
    state.users[name] = user;
  }
  state.passwordPolicy = { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, MaxPasswordAge: 90, HardExpiry: false };
  return state;
}

async function time(label: string, run: () => Promise<unknown> | unknown): Promise<void> {
  await run(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const med = median(times);
  const verdict = med < 50 ? 'ok' : 'OVER 50 ms';
  console.log(`${label.padEnd(44)} median ${med.toFixed(2).padStart(8)} ms   max ${Math.max(...times).toFixed(2).padStart(8)} ms   ${verdict}`);
}

function must(r: CallResult): Record<string, unknown> {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const state = buildAccount();
  const env = fixedEnv(T0);
  console.log(
    `account: ${Object.keys(state.users).length} users, ${Object.keys(state.groups).length} groups, ` +
      `${Object.values(state.policies).filter((p) => !p.awsManaged).length} customer policies (built in ${(performance.now() - t0).toFixed(0)} ms); ${ROUNDS} rounds\n`,
  );
  const iam = (operation: string, params: Record<string, unknown> = {}): Promise<CallResult> =>
    invoke(state, { service: 'iam', operation, params, as: { kind: 'root' }, via: 'cli' }, env);

  await time('ListUsers (first page of 100)', async () => must(await iam('ListUsers')));
  await time('ListUsers (all pages, 100 each: 50 calls)', async () => {
    let marker: string | undefined;
    let n = 0;
    do {
      const page = must(await iam('ListUsers', marker === undefined ? {} : { Marker: marker }));
      n += (page.Users as unknown[]).length;
      marker = page.Marker as string | undefined;
    } while (marker !== undefined);
    if (n !== 5000) throw new Error(`listed ${n} users`);
  });
  await time('ListUsers (all at once, MaxItems 1000 x 5)', async () => {
    let marker: string | undefined;
    do {
      const page = must(await iam('ListUsers', marker === undefined ? { MaxItems: 1000 } : { MaxItems: 1000, Marker: marker }));
      marker = page.Marker as string | undefined;
    } while (marker !== undefined);
  });
  await time('GetAccountSummary', async () => must(await iam('GetAccountSummary')));
  await time('GenerateCredentialReport + GetCredentialReport', async () => {
    delete state.credentialReport;
    must(await iam('GenerateCredentialReport'));
    const report = must(await iam('GetCredentialReport'));
    if (typeof report.Content !== 'string' || report.Content.length < 100_000) throw new Error('report too small');
  });
  await time('securityStatus (pure)', () => securityStatus(state, T0));
}

await main();
