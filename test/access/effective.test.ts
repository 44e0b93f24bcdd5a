import { describe, expect, it } from 'vitest';
import { accountPrincipal, effectiveAccess, principalAccess, summarize } from '../../src/core/access/index.ts';
import { authorize } from '../../src/core/engine/authorize.ts';
import type { PolicySet } from '../../src/core/engine/types.ts';
import { lessonAccount, REFERENCE } from './fixtures.ts';

const USER = 'arn:aws:iam::111122223333:user/analyst';

function allowed(set: PolicySet, options: Parameters<typeof effectiveAccess>[1]): string[] {
  const access = effectiveAccess(set, options);
  return access.actions.flatMap((a) => a.results.filter((r) => r.decision === 'Allow').map((r) => `${r.action} ${r.resource}${Object.keys(r.context).length ? ` ${JSON.stringify(r.context)}` : ''}`));
}

describe('effective access of a principal of the account', () => {
  it('allows exactly listing reports and reading its objects under the reference policy', async () => {
    const state = await lessonAccount(REFERENCE);
    const who = accountPrincipal(state, 'user/analyst');
    expect(who).toBeDefined();
    const access = principalAccess(state, who!, { nowMs: Date.parse('2026-01-15T10:00:00Z') });
    const grants = access.actions.flatMap((a) => a.results.filter((r) => r.decision === 'Allow').map((r) => `${r.action} ${r.resource}`));
    expect(grants.sort()).toEqual(['s3:GetObject arn:aws:s3:::reports/q1.csv', 's3:GetObject arn:aws:s3:::reports/q2.csv', 's3:GetObject arn:aws:s3:::reports/x', 's3:ListBucket arn:aws:s3:::reports']);
    // Only the two actions some Allow statement names were evaluated.
    expect(access.actions.map((a) => a.action).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('summarizes like the console: limited List and Read on named resources, nothing else', async () => {
    const state = await lessonAccount(REFERENCE);
    const summary = summarize(principalAccess(state, accountPrincipal(state, 'user/analyst')!));
    expect(summary.services.map((s) => s.service)).toEqual(['s3']);
    const levels = summary.services[0]!.levels;
    expect(levels.map((l) => l.level)).toEqual(['List', 'Read']);
    expect(levels[0]!.label).toMatch(/^Limited: 1 of \d+ actions$/);
    expect(levels[0]!.resources).toEqual(['arn:aws:s3:::reports']);
    expect(levels[1]!.actions).toEqual(['GetObject']);
    // Made-up resources read as the policy's pattern; the account's objects as themselves.
    expect(levels[1]!.resources).toEqual(['arn:aws:s3:::reports/*', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::reports/q2.csv']);
    expect(levels[1]!.resources).not.toContain('arn:aws:s3:::payroll/salaries.csv');
    expect(levels[1]!.conditions).toEqual([]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('a user with no policies has no access at all', async () => {
    const state = await lessonAccount();
    const access = principalAccess(state, accountPrincipal(state, 'user/analyst')!);
    expect(access.actions).toEqual([]);
    expect(summarize(access).services).toEqual([]);
  });
});

describe('effective access of a policy set', () => {
  it('s3:* on * is full access at every level of S3, on all resources', () => {
    const set: PolicySet = { identity: [{ name: 'S3Full', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } }] };
    const summary = summarize(effectiveAccess(set, { principal: USER }));
    expect(summary.services.map((s) => s.service)).toEqual(['s3']);
    for (const level of summary.services[0]!.levels) {
      expect(level.label).toBe('Full access');
      expect(level.resources).toEqual(['All resources']);
    }
    expect(summary.services[0]!.levels.map((l) => l.level)).toEqual(['List', 'Read', 'Write', 'Permissions management', 'Tagging']);
  });

  it('an MFA condition splits the context: allowed with MFA, not without or when absent', () => {
    const set: PolicySet = {
      identity: [{ name: 'P', document: { Version: '2012-10-17', Statement: [{ Sid: 'Mfa', Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] } }],
    };
    expect(allowed(set, { principal: USER })).toEqual(['iam:ListUsers * {"aws:MultiFactorAuthPresent":true}']);
    const summary = summarize(effectiveAccess(set, { principal: USER }));
    expect(summary.services[0]!.levels[0]!.conditions).toEqual(['aws:MultiFactorAuthPresent']);
  });

  it('an IP range gives an address inside and one outside', () => {
    const set: PolicySet = {
      identity: [{ name: 'P', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }] } }],
    };
    const access = effectiveAccess(set, { principal: USER });
    const results = access.actions[0]!.results;
    expect(results.filter((r) => r.decision === 'Allow').map((r) => r.context)).toEqual([{ 'aws:SourceIp': '203.0.113.0' }]);
    expect(results.some((r) => r.decision !== 'Allow' && typeof r.context['aws:SourceIp'] === 'string')).toBe(true);
  });

  it('an explicit deny takes away what an allow grants', () => {
    const set: PolicySet = {
      identity: [
        { name: 'All', document: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
        { name: 'NoPayroll', document: { Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::payroll/*' }] } },
      ],
    };
    const grants = allowed(set, { principal: USER, resources: ['arn:aws:s3:::payroll/salaries.csv', 'arn:aws:s3:::reports/q1.csv'] });
    expect(grants).toContain('s3:GetObject arn:aws:s3:::reports/q1.csv');
    expect(grants).not.toContain('s3:GetObject arn:aws:s3:::payroll/salaries.csv');
  });

  it('every decision is the engine decision for the same concrete request', () => {
    const set: PolicySet = {
      identity: [{ name: 'P', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'iam:*User*'], Resource: ['arn:aws:s3:::reports/*', 'arn:aws:iam::111122223333:user/${aws:username}'], Condition: { StringLike: { 'aws:RequestedRegion': 'eu-*' } } }] } }],
    };
    const access = effectiveAccess(set, { principal: USER, baseContext: { 'aws:SecureTransport': true } });
    let checked = 0;
    for (const a of access.actions) {
      for (const r of a.results) {
        const tested = new Set(['aws:requestedregion']);
        const d = authorize(access.universe.request(r.action, r.resource, r.context, tested), set, { explain: false });
        expect(d.decision, `${r.action} ${r.resource}`).toBe(r.decision);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(allowed(set, { principal: USER })).toContain('iam:GetUser arn:aws:iam::111122223333:user/analyst {"aws:RequestedRegion":"eu-x"}');
  });
});
