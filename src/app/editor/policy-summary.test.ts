import { describe, expect, it, vi } from 'vitest';
import { call, newLab, T0 } from '../../core/account/testing.ts';
import type { AccountState, Bucket } from '../../core/account/model.ts';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv } from '../../core/account/env.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { PolicyEditorModel, SUMMARY_DEBOUNCE_MS } from './policy-editor.svelte.ts';
import { summarizePolicy, MAX_EXAMPLES } from './policy-summary.ts';

function bucket(name: string, keys: string[]): Bucket {
  const objects: Bucket['objects'] = {};
  for (const key of keys) objects[key] = { key, body: 'x', contentType: 'text/csv', lastModified: new Date(T0).toISOString(), etag: '"e"', size: 1 };
  return { name, region: 'us-east-1', creationDate: new Date(T0).toISOString(), objects };
}

async function account(): Promise<AccountState> {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'analyst' });
  lab.state.buckets.reports = bucket('reports', ['q1.csv']);
  lab.state.buckets.payroll = bucket('payroll', ['salaries.csv']);
  return lab.state;
}

const doc = (statements: unknown[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('summarizePolicy', () => {
  it('s3:Get* on one bucket: S3 · Read · Limited, on that bucket only, with examples on it', async () => {
    const state = await account();
    const r = summarizePolicy(doc([{ Effect: 'Allow', Action: 's3:Get*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }]), 'identity', state, T0);
    if (!r.ok) throw new Error(r.problem);
    const read = r.rows.find((x) => x.service === 's3' && x.level === 'Read');
    expect(read?.serviceName).toMatch(/S3/);
    expect(read?.full).toBe(false);
    expect(read?.label).toMatch(/^Limited: \d+ of \d+ actions$/);
    expect(read?.actions).toContain('GetObject');
    expect(read?.resources).toContain('arn:aws:s3:::reports/q1.csv');
    expect(read?.resources.some((x) => x.includes('payroll'))).toBe(false);
    expect(read?.examples.length).toBeGreaterThan(0);
    expect(read?.examples.length).toBeLessThanOrEqual(MAX_EXAMPLES);
    for (const e of read?.examples ?? []) {
      expect(e.action.startsWith('s3:Get')).toBe(true);
      expect(e.resource.startsWith('arn:aws:s3:::reports')).toBe(true);
    }
    expect(r.rows.some((x) => x.level === 'Write')).toBe(false);
  });

  it('* on * is Full access on all resources, for every level of a service', async () => {
    const r = summarizePolicy(doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]), 'identity', await account(), T0);
    if (!r.ok) throw new Error(r.problem);
    const s3 = r.rows.filter((x) => x.service === 's3');
    expect(s3.map((x) => x.level)).toEqual(expect.arrayContaining(['List', 'Read', 'Write']));
    for (const row of r.rows) {
      expect(row.full).toBe(true);
      expect(row.label).toBe('Full access');
      expect(row.resources).toEqual(['All resources']);
    }
    expect(r.rows.some((x) => x.service === 'iam')).toBe(true);
  });

  it('names the condition keys of the allowing statements, and the examples carry them', async () => {
    const r = summarizePolicy(
      doc([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }]),
      'identity', await account(), T0,
    );
    if (!r.ok) throw new Error(r.problem);
    expect(r.rows.map((x) => x.id)).toEqual(['s3/List']);
    const row = r.rows[0];
    expect(row?.conditions).toEqual(['aws:MultiFactorAuthPresent']);
    expect(row?.examples[0]).toMatchObject({ action: 's3:ListBucket', resource: 'arn:aws:s3:::reports' });
    expect(row?.examples[0]?.context.join(' ')).toContain('aws:MultiFactorAuthPresent = true');
  });

  it('an explicit deny takes its grants away', async () => {
    const r = summarizePolicy(doc([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*' },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::payroll/*' },
    ]), 'identity', await account(), T0);
    if (!r.ok) throw new Error(r.problem);
    const read = r.rows.find((x) => x.id === 's3/Read');
    expect(read?.resources).toContain('arn:aws:s3:::reports/q1.csv');
    expect(read?.resources.some((x) => x.includes('payroll'))).toBe(false);
  });

  it('waits for valid JSON, and says why', async () => {
    const r = summarizePolicy('{"Version": "2012-10-17", "Statement": [', 'identity', await account(), T0);
    expect(r).toEqual({ ok: false, problem: expect.stringContaining('not valid JSON') });
  });

  it('an empty policy allows nothing', async () => {
    const r = summarizePolicy(doc([]), 'identity', await account(), T0);
    expect(r.ok && r.rows).toEqual([]);
  });
});

describe('PolicyEditorModel summary', () => {
  it('is recomputed once the typing pauses for SUMMARY_DEBOUNCE_MS, not at every keystroke', () => {
    const store = createMemoryStore({ debounceMs: 0 });
    const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, store, fixedEnv(T0));
    const m = new PolicyEditorModel(ws, store, () => undefined);
    vi.useFakeTimers();
    try {
      m.setText(doc([{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }]));
      expect(m.summaryPending).toBe(true);
      expect(m.summary).toBeUndefined();
      vi.advanceTimersByTime(SUMMARY_DEBOUNCE_MS - 1);
      m.setText(doc([{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }]));
      vi.advanceTimersByTime(SUMMARY_DEBOUNCE_MS - 1);
      expect(m.summary).toBeUndefined();
      vi.advanceTimersByTime(1);
      expect(m.summaryPending).toBe(false);
      const s = m.summary;
      if (!s?.ok) throw new Error('no summary');
      expect(s.rows.map((r) => r.id)).toEqual(['s3/Read']);
      m.setText('{"Statement": [');
      vi.advanceTimersByTime(SUMMARY_DEBOUNCE_MS);
      expect(m.summary?.ok).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
