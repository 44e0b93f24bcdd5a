import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../core/account/model.ts';
import { call, newLab, T0 } from '../../core/account/testing.ts';
import { effectiveView } from './effective-view.ts';

const ACCOUNT = '111122223333';

async function ok(lab: ReturnType<typeof newLab>, service: 'iam' | 's3', op: string, params: Record<string, unknown>): Promise<void> {
  const r = await call(lab, service, op, params);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
}

/**
 * A small account: bucket reports with one object; group readers whose policy reads every bucket's
 * objects and lists every bucket; user ana in readers, with an inline deny on reports' secret/ prefix and
 * a boundary that allows S3 reads on reports only.
 */
async function account(): Promise<AccountState> {
  const lab = newLab();
  await ok(lab, 's3', 'CreateBucket', { Bucket: 'reports' });
  await ok(lab, 's3', 'PutObject', { Bucket: 'reports', Key: 'q1.csv', Body: 'x' });
  await ok(lab, 's3', 'CreateBucket', { Bucket: 'payroll' });
  await ok(lab, 's3', 'PutObject', { Bucket: 'payroll', Key: 'salaries.csv', Body: 'x' });
  await ok(lab, 'iam', 'CreateUser', { UserName: 'ana' });
  await ok(lab, 'iam', 'CreateGroup', { GroupName: 'readers' });
  await ok(lab, 'iam', 'AddUserToGroup', { GroupName: 'readers', UserName: 'ana' });
  const read = { Version: '2012-10-17', Statement: [{ Sid: 'ReadAll', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }] };
  await ok(lab, 'iam', 'CreatePolicy', { PolicyName: 'S3Read', PolicyDocument: JSON.stringify(read) });
  await ok(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'readers', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/S3Read` });
  const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/secret/*' }] };
  await ok(lab, 'iam', 'PutUserPolicy', { UserName: 'ana', PolicyName: 'NoSecrets', PolicyDocument: JSON.stringify(deny) });
  const fence = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ReportsOnly', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }],
  };
  await ok(lab, 'iam', 'CreatePolicy', { PolicyName: 'ReportsFence', PolicyDocument: JSON.stringify(fence) });
  await ok(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'ana', PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/ReportsFence` });
  return lab.state;
}

describe('effective permissions view', () => {
  it('a user with a group policy, a deny and a boundary: limited S3 List and Read, each explained', async () => {
    const view = effectiveView(await account(), { kind: 'user', name: 'ana' }, T0);
    expect(view).toBeDefined();
    expect(view!.principal).toBe(`arn:aws:iam::${ACCOUNT}:user/ana`);
    expect(view!.boundary).toBe('ReportsFence');
    expect(view!.rows.map((r) => r.id)).toEqual(['s3/List', 's3/Read']);
    const [list, read] = view!.rows as [NonNullable<typeof view>['rows'][number], NonNullable<typeof view>['rows'][number]];
    expect(list.label).toMatch(/^Limited: 1 of \d+ actions$/);
    expect(list.actions).toEqual(['ListBucket']);
    // The boundary keeps the payroll bucket out.
    expect(list.resources).toEqual(['arn:aws:s3:::reports']);
    expect(read.actions).toEqual(['GetObject']);
    expect(read.resources).toContain('arn:aws:s3:::reports/q1.csv');
    expect(read.resources.some((r) => r.includes('payroll') || r.includes('secret'))).toBe(false);
    // Granted by the group's policy statement, named by Sid.
    expect(read.grants).toEqual([{ statement: 'S3Read (attached to group readers): Sid "ReadAll"', actions: ['GetObject'] }]);
    expect(list.grants.map((g) => g.statement)).toEqual(['S3Read (attached to group readers): Sid "ReadAll"']);
    // Limited by the inline deny (statement 0, no Sid) and by the boundary.
    const deny = read.limits.find((l) => l.kind === 'deny');
    expect(deny?.statement).toBe('NoSecrets (inline, user ana): Statement[0]');
    expect(deny?.actions).toEqual(['GetObject']);
    expect(deny?.resources.every((r) => r.startsWith('arn:aws:s3:::reports/secret/'))).toBe(true);
    const fenced = read.limits.find((l) => l.kind === 'boundary');
    expect(fenced?.statement).toBe('ReportsFence');
    expect(fenced?.resources).toContain('arn:aws:s3:::payroll/salaries.csv');
    expect(list.limits.map((l) => l.kind)).toEqual(['boundary']);
  });

  it('a group: its own policies as for a member, with no boundary and no deny', async () => {
    const view = effectiveView(await account(), { kind: 'group', name: 'readers' }, T0);
    expect(view!.boundary).toBeUndefined();
    const read = view!.rows.find((r) => r.id === 's3/Read');
    expect(read?.resources).toEqual(['All resources']);
    expect(read?.limits).toEqual([]);
    expect(view!.basis).toMatch(/group readers/);
  });

  it('a boundary that allows nothing the policies grant leaves rows of "No access" explained by it', async () => {
    const state = await account();
    const lab = { state, env: newLab().env };
    const elsewhere = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] };
    await ok(lab, 'iam', 'CreatePolicy', { PolicyName: 'IamOnly', PolicyDocument: JSON.stringify(elsewhere) });
    await ok(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'ana', PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/IamOnly` });
    const view = effectiveView(state, { kind: 'user', name: 'ana' }, T0);
    expect(view!.rows.map((r) => `${r.id} ${r.label}`)).toEqual(['s3/List No access', 's3/Read No access']);
    expect(view!.rows[1]!.limits.map((l) => `${l.kind} ${l.statement}`)).toContain('boundary IamOnly');
  });

  it('a role: its policies for a session of the role; unknown names give nothing', async () => {
    const state = await account();
    const lab = { state, env: newLab().env };
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    await ok(lab, 'iam', 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: JSON.stringify(trust) });
    await ok(lab, 'iam', 'AttachRolePolicy', { RoleName: 'app', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/S3Read` });
    const view = effectiveView(state, { kind: 'role', name: 'app' }, T0);
    expect(view!.principal).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/app/iam-lab-access`);
    expect(view!.rows.map((r) => `${r.id} ${r.resources.join(',')}`)).toEqual(['s3/List All resources', 's3/Read All resources']);
    expect(view!.rows[1]!.grants[0]!.statement).toBe('S3Read (attached to role app): Sid "ReadAll"');
    expect(effectiveView(state, { kind: 'user', name: 'nobody' }, T0)).toBeUndefined();
    expect(effectiveView(state, { kind: 'group', name: 'nobody' }, T0)).toBeUndefined();
    expect(effectiveView(state, { kind: 'role', name: 'nobody' }, T0)).toBeUndefined();
  });
});
