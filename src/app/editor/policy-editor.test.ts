import { describe, expect, it } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv } from '../../core/account/env.ts';
import { T0 } from '../../core/account/testing.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { findingCountsLabel, PolicyEditorModel } from './policy-editor.svelte.ts';

const READ_REPORTS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
    { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
  ],
}, null, 2);

async function editor() {
  const store = createMemoryStore({ debounceMs: 0 });
  const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, store, fixedEnv(T0));
  await ws.call('iam', 'CreateUser', { UserName: 'analyst' });
  return { ws, store, m: new PolicyEditorModel(ws, store, () => undefined) };
}

describe('PolicyEditorModel', () => {
  it('validates as the text changes and keeps the draft per workspace', async () => {
    const { m, store, ws } = await editor();
    m.setText('{"Statement": []}');
    expect(m.findings.map((f) => f.issueCode)).toContain('MISSING_VERSION');
    expect(m.counts.warnings).toBeGreaterThan(0);
    expect((await store.getDraft('sandbox:policy-editor'))?.text).toBe('{"Statement": []}');
    const again = new PolicyEditorModel(ws, store, () => undefined);
    await again.load();
    expect(again.text).toBe('{"Statement": []}');
    expect(again.loaded).toBe(true);
  });

  it('tests a request as a user of the account, refreshed with the text', async () => {
    const { m } = await editor();
    m.setText(READ_REPORTS);
    m.principal = 'user/analyst';
    m.action = 's3:GetObject';
    m.resource = 'arn:aws:s3:::reports/q1.csv';
    const r = m.testResult;
    expect(r?.ok && r.view.decision).toBe('Allow');
    expect(r?.ok && r.statements.filter((s) => s.deciding).map((s) => s.index)).toEqual([1]);
    m.setText(READ_REPORTS.replace('reports/*', 'other/*'));
    expect(m.testResult?.ok && m.testResult.view.decision).toBe('ImplicitDeny');
    m.principal = 'user/nobody';
    expect(m.testResult?.ok).toBe(false);
  });

  it('saves as a managed policy and attaches it, each call with its CLI echo', async () => {
    const { m, ws } = await editor();
    m.setText(READ_REPORTS);
    m.save = { mode: 'create', name: 'ReportsReadOnly', policyArn: '', target: 'user/analyst' };
    expect(await m.saveToAccount()).toBe(true);
    expect(m.results.map((r) => r.cli.split(' --')[0])).toEqual(['aws iam create-policy', 'aws iam attach-user-policy']);
    expect(ws.account.users.analyst?.attachedPolicies).toContain(`arn:aws:iam::${ws.account.accountId}:policy/ReportsReadOnly`);
    // Saving again as a new version sets it as the default.
    m.save = { mode: 'version', name: '', policyArn: `arn:aws:iam::${ws.account.accountId}:policy/ReportsReadOnly`, target: '' };
    expect(await m.saveToAccount()).toBe(true);
    expect(m.results[0]?.cli).toMatch(/^aws iam create-policy-version .*--set-as-default/s);
  });

  it('does not save a policy with an ERROR finding (a misspelt action), and makes no call', async () => {
    const { m, ws } = await editor();
    m.setText(READ_REPORTS.replace('s3:ListBucket', 's3:Listreports'));
    expect(m.counts.errors).toBe(1);
    m.save = { mode: 'create', name: 'Typo', policyArn: '', target: '' };
    expect(await m.saveToAccount()).toBe(false);
    expect(m.results.map((r) => r.text)).toEqual(["Fix the policy's error first (see Findings); then save."]);
    expect(ws.account.policies[`arn:aws:iam::${ws.account.accountId}:policy/Typo`]).toBeUndefined();
  });

  it('reports an AWS error and stops', async () => {
    const { m } = await editor();
    m.setText(READ_REPORTS);
    m.save = { mode: 'create', name: 'P', policyArn: '', target: 'user/ghost' };
    expect(await m.saveToAccount()).toBe(false);
    expect(m.results.map((r) => r.ok)).toEqual([true, false]);
    expect(m.results[1]?.text).toMatch(/NoSuchEntity/);
  });

  it('offers the certain fixes of a finding', async () => {
    const { m } = await editor();
    m.setText('{"Statement": []}');
    const missing = m.findings.find((f) => f.issueCode === 'MISSING_VERSION');
    expect(missing && m.fixesFor(missing).map((f) => f.title)).toEqual(['Add "Version": "2012-10-17"']);
  });

  it('applies a template with its kind', async () => {
    const { m } = await editor();
    expect(m.useTemplate('deny-without-mfa')?.title).toBe('Deny everything without MFA');
    expect(m.text).toContain('aws:MultiFactorAuthPresent');
    expect(m.useTemplate('nope')).toBeUndefined();
  });
});

describe('findingCountsLabel', () => {
  it('says one finding in the singular and others in the plural', () => {
    expect(findingCountsLabel({ errors: 1, warnings: 0, suggestions: 2 })).toBe('1 error, 0 warnings, 2 suggestions');
    expect(findingCountsLabel({ errors: 3, warnings: 1, suggestions: 1 })).toBe('3 errors, 1 warning, 1 suggestion');
  });
});
