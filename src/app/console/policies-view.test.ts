import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../core/account/testing.ts';
import { policyDetail, policyEntities, policyPermissions, policyVersions } from './policies-view.ts';

const ARN = 'arn:aws:iam::111122223333:policy/Reports';
const doc = (action: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('policy versions and entities', () => {
  it('lists versions newest first with the default marked, past v9', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
    // v2..v10 through create-and-delete, so the numbers pass 9 (a text sort would put v10 before v2).
    for (let i = 2; i <= 10; i++) {
      expect(codeOf(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc(`s3:Get${i}`) }))).toBe('OK');
      if (i < 9) expect(codeOf(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: `v${i}` }))).toBe('OK');
    }
    await call(lab, 'iam', 'SetDefaultPolicyVersion', { PolicyArn: ARN, VersionId: 'v9' });
    const rows = policyVersions(lab.state, ARN);
    expect(rows.map((r) => `${r.versionId}${r.isDefault ? '*' : ''}`)).toEqual(['v10', 'v9*', 'v1']);
    expect(JSON.parse(rows[1]!.document)).toMatchObject({ Statement: [{ Action: 's3:Get9' }] });
    expect(rows[0]!.created).toMatch(/^2026-01-15 10:00 UTC$/);
    expect(policyDetail(lab.state, ARN)).toMatchObject({ defaultVersion: 'v9', versions: 3, awsManaged: false });
    expect(policyVersions(lab.state, 'arn:aws:iam::111122223333:policy/Nope')).toEqual([]);
  });

  it('names the users, groups and roles a policy is attached to, then its boundary uses', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
    for (const u of ['zed', 'amy', 'bob']) await call(lab, 'iam', 'CreateUser', { UserName: u });
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    await call(lab, 'iam', 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    for (const u of ['zed', 'amy']) await call(lab, 'iam', 'AttachUserPolicy', { UserName: u, PolicyArn: ARN });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'devs', PolicyArn: ARN });
    await call(lab, 'iam', 'AttachRolePolicy', { RoleName: 'app', PolicyArn: ARN });
    expect(codeOf(await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'bob', PermissionsBoundary: ARN }))).toBe('OK');
    expect(policyEntities(lab.state, ARN).map((e) => `${e.kind}:${e.name}:${e.use}`)).toEqual([
      'user:amy:permissions',
      'user:zed:permissions',
      'group:devs:permissions',
      'role:app:permissions',
      'user:bob:boundary',
    ]);
    expect(policyDetail(lab.state, 'arn:aws:iam::aws:policy/ReadOnlyAccess')?.awsManaged).toBe(true);
  });
});

describe('the policy summary on the policy page', () => {
  it('summarizes the default version, and follows a new default', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
    const first = policyPermissions(lab.state, ARN, Date.parse('2026-01-15T10:00:00Z'));
    expect(first?.ok && first.rows.map((r) => `${r.service}:${r.level}:${r.full ? 'full' : 'limited'}`)).toEqual(['s3:Read:limited']);
    await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc('iam:*'), SetAsDefault: true });
    const second = policyPermissions(lab.state, ARN, Date.parse('2026-01-15T10:00:00Z'));
    expect(second?.ok && second.rows.every((r) => r.service === 'iam' && r.full)).toBe(true);
    expect(second?.ok && second.rows.length).toBeGreaterThan(1);
    expect(policyPermissions(lab.state, 'arn:aws:iam::111122223333:policy/Nope', 0)).toBeUndefined();
  });

  it('reads AWS managed policies too: ReadOnlyAccess grants no Write anywhere', () => {
    const lab = newLab();
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const r = policyPermissions(lab.state, arn, 0);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.filter((row) => row.level === 'Write' || row.level === 'Permissions management')).toEqual([]);
  });
});
