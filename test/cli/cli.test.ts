import { execFile } from 'node:child_process';

import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './harness.ts';

const { dir, file } = scratch('iam-lab-cli-');
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const readAll = { Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] };
const oneCase = (action: string) => ({ policies: { identity: [readAll] }, request: { principal: ALICE, action, resource: 'arn:aws:s3:::b/k' } });

describe('iam-lab simulate', () => {
  it('prints one result per case, in order, with the contract fields only', async () => {
    const r = await run('simulate', file('cases.json', [oneCase('s3:GetObject'), oneCase('s3:PutObject')]));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    expect(out.map((o) => o.decision)).toEqual(['Allow', 'ImplicitDeny']);
    expect(Object.keys(out[0]!).sort()).toEqual(['decision', 'matched', 'missingContextKeys']);
    expect(out[0]!.matched).toMatchObject([{ sid: 'Read', effect: 'Allow', statementIndex: 0 }]);
  });

  it('accepts a single case object and adds statements with --explain', async () => {
    const r = await run('simulate', file('one.json', oneCase('s3:GetObject')), '--explain');
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveProperty('statements');
    expect(out[0]).toHaveProperty('stage', 'identity');
  });

  it('reads SCPs grouped by organization level (an inner array is one level)', async () => {
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const ec2Only = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] };
    const withLevels = (scp: unknown) => ({ ...oneCase('s3:GetObject'), policies: { identity: [readAll], scp } });
    const r = await run('simulate', file('scp.json', [withLevels([[allowAll], [ec2Only]]), withLevels([[allowAll], [ec2Only, allowAll]]), withLevels([allowAll, ec2Only])]));
    expect((JSON.parse(r.out) as { decision: string }[]).map((o) => o.decision)).toEqual(['ImplicitDeny', 'Allow', 'Allow']);
  });

  it.each([
    [[oneCase('s3:GetObject'), { policies: {}, request: { principal: ALICE, action: 's3:GetObject' } }], 'case 1: request.resource'],
    [{ policies: { identity: {} }, request: oneCase('s3:GetObject').request }, 'case 0: policies.identity'],
    [{ policies: { idnetity: [] }, request: oneCase('s3:GetObject').request }, 'case 0: policies.idnetity'],
    [{ ...oneCase('x'), request: { ...oneCase('x').request, action: 'GetObject' } }, 'case 0: request.action'],
    [{ ...oneCase('s3:GetObject'), policies: { identity: ['{ "Version": '] } }, 'case 0: policies.identity[0]'],
    [{ ...oneCase('s3:GetObject'), request: { ...oneCase('x').request, action: 's3:GetObject', context: { k: { nested: 1 } } } }, 'case 0: request.context.k'],
  ])('exits 2 with one line naming the case and field (%#)', async (content, expected) => {
    const r = await run('simulate', file('bad.json', content));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(expected);
  });

  it('exits 2 for a missing file, a file that is not JSON, and usage mistakes', async () => {
    expect((await run('simulate', join(dir, 'nope.json'))).code).toBe(2);
    expect((await run('simulate', file('text.json', 'not json'))).err).toContain('not valid JSON');
    expect((await run('simulate')).code).toBe(2);
    expect((await run('simulate', 'a.json', '--bogus')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('iam-lab validate', () => {
  it('prints findings with 1-based spans and exits 0 without errors', async () => {
    const r = await run('validate', file('ok.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, null, 2)));
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.out) as { findingType: string; issueCode: string; path: string; span: { start: { line: number; column: number } } }[];
    expect(findings.some((f) => f.findingType === 'SECURITY_WARNING')).toBe(true);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['findingType', 'issueCode', 'message', 'path', 'span']);
      expect(f.span.start.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('exits 1 when any finding is an ERROR, naming line and column', async () => {
    const r = await run('validate', file('broken.json', '{\n  "Version": "2012-10-17",\n  "Statement": [\n'));
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { findingType: string; span: { start: { line: number } } }[];
    expect(findings[0]).toMatchObject({ findingType: 'ERROR' });
  });

  it('applies --type: Principal belongs in a resource policy, not an identity policy', async () => {
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] });
    const path = file('bucket.json', doc);
    expect((await run('validate', path)).code).toBe(1);
    expect((await run('validate', path, '--type', 'resource')).code).toBe(0);
    expect((await run('validate', path, '--type=resource')).code).toBe(0);
  });

  it('exits 2 for usage mistakes and unreadable files', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', 'x.json', '--type', 'bogus')).code).toBe(2);
    expect((await run('validate', join(dir, 'absent.json'))).code).toBe(2);
  });
});

describe('the installed command', () => {
  it('runs through npx-style bin with the same output', async () => {
    const exec = promisify(execFile);
    const path = file('bin.json', [oneCase('s3:GetObject')]);
    const { stdout } = await exec(process.execPath, [join(import.meta.dirname, '../../bin/iam-lab.mjs'), 'simulate', path]);
    expect((JSON.parse(stdout) as { decision: string }[])[0]!.decision).toBe('Allow');
    const bad = await exec(process.execPath, [join(import.meta.dirname, '../../bin/iam-lab.mjs'), 'simulate', join(dir, 'missing.json')]).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
  });
});
