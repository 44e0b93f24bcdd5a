import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';
import { addRole, allow, value } from './test-fixtures.ts';

const LOCAL = 'arn:aws:iam::111122223333:policy/Boundary';
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

async function account() {
  const lab = newLab();
  value(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Boundary', PolicyDocument: allow('s3:*') }));
  value(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Unused', PolicyDocument: allow('sqs:*') }));
  await call(lab, 'iam', 'CreateUser', { UserName: 'alice', PermissionsBoundary: LOCAL });
  await call(lab, 'iam', 'CreateUser', { UserName: 'bob', Path: '/ops/' });
  await call(lab, 'iam', 'CreateGroup', { GroupName: 'readers' });
  await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'readers', UserName: 'alice' });
  await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'readers', PolicyArn: S3_READ });
  await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'bob', PolicyArn: S3_READ });
  await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'bob', PolicyArn: LOCAL });
  await call(lab, 'iam', 'PutUserPolicy', { UserName: 'alice', PolicyName: 'own', PolicyDocument: allow('iam:GetUser') });
  addRole(lab.state, 'app');
  await call(lab, 'iam', 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
  return lab;
}

describe('ListEntitiesForPolicy', () => {
  it('lists the groups, users and roles a policy is attached to', async () => {
    const lab = await account();
    const r = value<Record<string, unknown>>(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: S3_READ }));
    expect(r).toMatchObject({
      PolicyGroups: [{ GroupName: 'readers', GroupId: lab.state.groups.readers!.groupId }],
      PolicyUsers: [{ UserName: 'bob', UserId: lab.state.users.bob!.userId }],
      PolicyRoles: [{ RoleName: 'app', RoleId: lab.state.roles.app!.roleId }],
      IsTruncated: false,
    });
    const roles = value<Record<string, unknown[]>>(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: S3_READ, EntityFilter: 'Role' }));
    expect([roles.PolicyGroups, roles.PolicyUsers, roles.PolicyRoles!.length]).toEqual([[], [], 1]);
    const ops = value<Record<string, unknown[]>>(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: S3_READ, PathPrefix: '/ops/' }));
    expect(ops.PolicyUsers).toEqual([{ UserName: 'bob', UserId: lab.state.users.bob!.userId }]);
    expect(ops.PolicyGroups).toEqual([]);
  });

  it('tells boundary use from permissions use', async () => {
    const lab = await account();
    const names = async (filter?: string): Promise<string[]> => {
      const r = value<{ PolicyUsers: { UserName: string }[] }>(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: LOCAL, ...(filter ? { PolicyUsageFilter: filter } : {}) }));
      return r.PolicyUsers.map((u) => u.UserName);
    };
    expect(await names()).toEqual(['alice', 'bob']);
    expect(await names('PermissionsBoundary')).toEqual(['alice']);
    expect(await names('PermissionsPolicy')).toEqual(['bob']);
    expect(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: 'arn:aws:iam::111122223333:policy/Nope' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Policy arn:aws:iam::111122223333:policy/Nope was not found.' },
    });
    expect(codeOf(await call(lab, 'iam', 'ListEntitiesForPolicy', { PolicyArn: LOCAL, EntityFilter: 'Users' }))).toBe('ValidationError');
  });
});

describe('GetAccountAuthorizationDetails', () => {
  it('gives every identity with its policies, and the managed policies in use', async () => {
    const lab = await account();
    const r = value<Record<string, Record<string, unknown>[]>>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', {}));
    const alice = r.UserDetailList!.find((u) => u.UserName === 'alice')!;
    expect(alice).toMatchObject({
      Path: '/',
      Arn: 'arn:aws:iam::111122223333:user/alice',
      UserPolicyList: [{ PolicyName: 'own', PolicyDocument: JSON.parse(allow('iam:GetUser')) }],
      GroupList: ['readers'],
      AttachedManagedPolicies: [],
      PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: LOCAL },
      Tags: [],
    });
    expect(r.GroupDetailList).toEqual([
      expect.objectContaining({ GroupName: 'readers', GroupPolicyList: [], AttachedManagedPolicies: [{ PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ }] }),
    ]);
    expect(r.RoleDetailList![0]).toMatchObject({
      RoleName: 'app',
      AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] },
      InstanceProfileList: [],
      AttachedManagedPolicies: [{ PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ }],
    });
    // Customer policies are all listed; AWS-managed ones only when something uses them.
    expect(r.Policies!.map((p) => p.PolicyName)).toEqual(['AmazonS3ReadOnlyAccess', 'Boundary', 'Unused']);
    const s3 = r.Policies!.find((p) => p.PolicyName === 'AmazonS3ReadOnlyAccess')!;
    expect(s3).toMatchObject({ AttachmentCount: 3, DefaultVersionId: 'v3', PolicyVersionList: [{ VersionId: 'v3', IsDefaultVersion: true, Document: { Version: '2012-10-17' } }] });
    expect((r as Record<string, unknown>).IsTruncated).toBe(false);
  });

  it('filters by entity type and pages', async () => {
    const lab = await account();
    const only = value<Record<string, unknown[]>>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { Filter: ['LocalManagedPolicy'] }));
    expect([only.UserDetailList, only.GroupDetailList, only.RoleDetailList]).toEqual([[], [], []]);
    expect(only.Policies).toHaveLength(2);
    const aws = value<{ Policies: { Arn: string }[] }>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { Filter: ['AWSManagedPolicy'] }));
    expect(aws.Policies.map((p) => p.Arn)).toEqual([S3_READ]);
    const users = value<Record<string, unknown[]>>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { Filter: ['User', 'Role'] }));
    expect([users.UserDetailList!.length, users.GroupDetailList!.length, users.RoleDetailList!.length, users.Policies!.length]).toEqual([2, 0, 1, 0]);
    const page1 = value<{ UserDetailList: unknown[]; IsTruncated: boolean; Marker: string }>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { MaxItems: 2 }));
    expect(page1).toMatchObject({ IsTruncated: true });
    expect(page1.UserDetailList).toHaveLength(2);
    const page2 = value<{ GroupDetailList: unknown[] }>(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { MaxItems: 2, Marker: page1.Marker }));
    expect(page2.GroupDetailList).toHaveLength(1);
    expect(codeOf(await call(lab, 'iam', 'GetAccountAuthorizationDetails', { Filter: ['Users'] }))).toBe('ValidationError');
  });

  it('needs iam:GetAccountAuthorizationDetails, which IAMReadOnlyAccess grants', async () => {
    const lab = await account();
    const asBob = { kind: 'user', userName: 'bob' } as const;
    expect(codeOf(await call(lab, 'iam', 'GetAccountAuthorizationDetails', {}, asBob))).toBe('AccessDenied');
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect(codeOf(await call(lab, 'iam', 'GetAccountAuthorizationDetails', {}, asBob))).toBe('OK');
  });
});
