import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compareAccess } from '../../src/core/access/index.ts';
import type { PolicySet } from '../../src/core/engine/types.ts';
import { EQUIVALENT, LOOK_ALIKE, REFERENCE, TOO_BROAD, TOO_NARROW } from './fixtures.ts';

const set = (name: string, document: unknown): PolicySet => ({ identity: [{ name, document }] });
const RESOURCES = ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::payroll', 'arn:aws:s3:::payroll/salaries.csv', 'arn:aws:s3:::reports-archive', 'arn:aws:s3:::reports-archive/2019.csv'];
const options = { resources: RESOURCES };

describe('comparing a learner policy with the least-privilege reference', () => {
  it('too broad: FAIL, with the extra Get actions as examples naming the statement', () => {
    const c = compareAccess(set('Mine', TOO_BROAD), set('Reference', REFERENCE), options);
    expect(c.result).toBe('FAIL');
    expect(c.lostAccess).toEqual([]);
    const acl = c.newAccess.find((e) => e.action === 's3:GetObjectAcl');
    expect(acl).toEqual({ action: 's3:GetObjectAcl', resource: 'arn:aws:s3:::reports/q1.csv', statement: 'Mine: Sid "ReadEverything"' });
    expect(c.newAccess.every((e) => e.action.startsWith('s3:Get'))).toBe(true);
  });

  it('a look-alike bucket wildcard: FAIL on reports-archive', () => {
    const c = compareAccess(set('Mine', LOOK_ALIKE), set('Reference', REFERENCE), options);
    expect(c.result).toBe('FAIL');
    expect(c.newAccess.map((e) => `${e.action} ${e.resource}`)).toEqual(['s3:GetObject arn:aws:s3:::reports-archive/2019.csv', 's3:ListBucket arn:aws:s3:::reports-archive']);
    expect(c.newAccess[0]!.statement).toBe('Mine: Sid "Reports"');
  });

  it('too narrow: PASS (nothing new), and the lost listing is shown', () => {
    const c = compareAccess(set('Mine', TOO_NARROW), set('Reference', REFERENCE), options);
    expect(c.result).toBe('PASS');
    expect(c.newAccess).toEqual([]);
    expect(c.lostAccess).toEqual([{ action: 's3:ListBucket', resource: 'arn:aws:s3:::reports', statement: 'Reference: Sid "ListReports"' }]);
  });

  it('equivalent but written differently: PASS both ways, no differences', () => {
    const c = compareAccess(set('Mine', EQUIVALENT), set('Reference', REFERENCE), options);
    expect(c).toEqual({ result: 'PASS', newAccess: [], lostAccess: [] });
    expect(compareAccess(set('Reference', REFERENCE), set('Mine', EQUIVALENT), options).result).toBe('PASS');
  });

  it('a condition is an example context: MFA-only access is new when the existing policy needs more', () => {
    const withMfa = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
    const c = compareAccess(set('Ref', REFERENCE), set('Mfa', withMfa), options);
    expect(c.result).toBe('FAIL');
    const get = c.newAccess.find((e) => e.action === 's3:GetObject');
    expect(get?.context?.['aws:MultiFactorAuthPresent']).not.toBe(true);
    const back = compareAccess(set('Mfa', withMfa), set('Ref', REFERENCE), options);
    expect(back.result).toBe('PASS');
  });
});

describe('Access Analyzer-shaped checks', () => {
  it('checkNoNewAccess names the statement in its reasons', () => {
    const v = checkNoNewAccess(set('Mine', TOO_BROAD), set('Reference', REFERENCE), options);
    expect(v.result).toBe('FAIL');
    expect(v.reasons.length).toBeGreaterThan(0);
    expect(v.reasons[0]!.statement).toBe('Mine: Sid "ReadEverything"');
    expect(v.reasons[0]!.description).toContain('Mine: Sid "ReadEverything" allows s3:Get');
    expect(checkNoNewAccess(set('Mine', EQUIVALENT), set('Reference', REFERENCE), options)).toEqual({ result: 'PASS', reasons: [] });
  });

  it('checkAccessNotGranted: actions, resources, or both', () => {
    expect(checkAccessNotGranted(set('R', REFERENCE), { actions: ['s3:PutObject', 's3:DeleteObject'] }).result).toBe('PASS');
    const broad = set('Broad', { Statement: [{ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    const v = checkAccessNotGranted(broad, { actions: ['s3:PutObject'] });
    expect(v.result).toBe('FAIL');
    expect(v.reasons[0]!.example.action).toBe('s3:PutObject');
    expect(v.reasons[0]!.statement).toBe('Broad: Sid "All"');
    expect(checkAccessNotGranted(set('R', REFERENCE), { resources: ['arn:aws:s3:::payroll/*'] }).result).toBe('PASS');
    expect(checkAccessNotGranted(set('R', REFERENCE), { resources: ['arn:aws:s3:::reports/q1.csv'] }).result).toBe('FAIL');
    expect(checkAccessNotGranted(set('R', REFERENCE), { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::payroll/salaries.csv'] }).result).toBe('PASS');
  });
});
