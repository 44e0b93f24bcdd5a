import { describe, expect, it } from 'vitest';
import { call, newLab } from '../../core/account/testing.ts';
import { deleteRoleCalls } from './delete-role.ts';
import { accountTrustPolicy } from './roles-view.ts';

const DOC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';

describe('deleteRoleCalls', () => {
  it('detaches managed policies and deletes inline ones before DeleteRole, and the plan really deletes the role', async () => {
    const lab = newLab();
    const steps: [string, Record<string, unknown>][] = [
      ['CreatePolicy', { PolicyName: 'Reports', PolicyDocument: DOC }],
      ['CreateRole', { RoleName: 'Auditor', AssumeRolePolicyDocument: accountTrustPolicy(lab.state.accountId) }],
      ['AttachRolePolicy', { RoleName: 'auditor', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      ['AttachRolePolicy', { RoleName: 'auditor', PolicyArn: `arn:aws:iam::${lab.state.accountId}:policy/Reports` }],
      ['PutRolePolicy', { RoleName: 'auditor', PolicyName: 'extra', PolicyDocument: DOC }],
    ];
    for (const [op, params] of steps) expect((await call(lab, 'iam', op, params)).ok).toBe(true);
    const alone = await call(lab, 'iam', 'DeleteRole', { RoleName: 'Auditor' });
    expect(alone.ok ? 'OK' : alone.error.code).toBe('DeleteConflict');

    const plan = deleteRoleCalls(lab.state, 'AUDITOR')!;
    expect(plan.map((p) => p.operation)).toEqual(['DetachRolePolicy', 'DetachRolePolicy', 'DeleteRolePolicy', 'DeleteRole']);
    expect(plan.map((p) => p.label)).toEqual(['Attached policy ReadOnlyAccess', 'Attached policy Reports', 'Inline policy extra', 'Role Auditor']);
    expect(plan.every((p) => p.params.RoleName === 'Auditor')).toBe(true);
    for (const p of plan) expect((await call(lab, 'iam', p.operation, p.params, { kind: 'root' }, 'console')).ok).toBe(true);
    expect(lab.state.roles['auditor']).toBeUndefined();
    // The customer managed policy stays: it was only detached.
    expect(lab.state.policies[`arn:aws:iam::${lab.state.accountId}:policy/Reports`]).toBeDefined();
  });

  it('is undefined for a role that does not exist', () => {
    expect(deleteRoleCalls(newLab().state, 'ghost')).toBeUndefined();
  });
});
