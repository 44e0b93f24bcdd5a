import { describe, expect, it } from 'vitest';
import { savePlan } from './save-plan.ts';
import { TEMPLATES } from './templates.ts';
import { validatePolicy } from '../../core/policy/validate.ts';

const DOC = '{"Version":"2012-10-17","Statement":[]}';

describe('savePlan', () => {
  it('creates a managed policy and attaches it', () => {
    expect(savePlan({ mode: 'create', name: ' ReportsReadOnly ', policyArn: '', target: 'user/analyst' }, DOC, '111122223333')).toEqual([
      { operation: 'CreatePolicy', params: { PolicyName: 'ReportsReadOnly', PolicyDocument: DOC } },
      { operation: 'AttachUserPolicy', params: { UserName: 'analyst', PolicyArn: 'arn:aws:iam::111122223333:policy/ReportsReadOnly' } },
    ]);
  });

  it('adds a default version without attaching when no target is chosen', () => {
    const arn = 'arn:aws:iam::111122223333:policy/P';
    expect(savePlan({ mode: 'version', name: '', policyArn: arn, target: '' }, DOC, '111122223333')).toEqual([
      { operation: 'CreatePolicyVersion', params: { PolicyArn: arn, PolicyDocument: DOC, SetAsDefault: true } },
    ]);
  });

  it('puts an inline policy on a role, and asks for what is missing', () => {
    expect(savePlan({ mode: 'inline', name: 'p', policyArn: '', target: 'role/ops' }, DOC, '1')).toEqual([
      { operation: 'PutRolePolicy', params: { RoleName: 'ops', PolicyName: 'p', PolicyDocument: DOC } },
    ]);
    expect(savePlan({ mode: 'inline', name: 'p', policyArn: '', target: '' }, DOC, '1')).toHaveProperty('problem');
    expect(savePlan({ mode: 'create', name: '  ', policyArn: '', target: '' }, DOC, '1')).toHaveProperty('problem');
  });
});

describe('templates', () => {
  it('are valid policies with no errors or security warnings', () => {
    for (const t of TEMPLATES) {
      const bad = validatePolicy(t.text, { kind: t.kind }).filter((f) => f.findingType === 'ERROR' || f.findingType === 'SECURITY_WARNING');
      expect(bad, t.id).toEqual([]);
      expect(t.explanation.length).toBeGreaterThan(40);
    }
  });
});
