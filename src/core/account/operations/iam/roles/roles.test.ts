import { describe, expect, it } from 'vitest';
import { QUOTAS } from '../../../quotas.ts';
import { call, codeOf, newLab } from '../../../testing.ts';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }],
});
const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

type Lab = ReturnType<typeof newLab>;
async function labWithRole(name = 'deploy', extra: Record<string, unknown> = {}): Promise<Lab> {
  const lab = newLab();
  const r = await call(lab, 'iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: TRUST, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return lab;
}

describe('CreateRole', () => {
  it('creates a role with an AROA id, its ARN with path, and the trust policy as JSON', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'CreateRole', { RoleName: 'deploy', Path: '/ci/', AssumeRolePolicyDocument: TRUST, Description: 'CI deploys', Tags: [{ Key: 'team', Value: 'ops' }] });
    expect(r.ok).toBe(true);
    const role = (r as { value: { Role: Record<string, unknown> } }).value.Role;
    expect(role).toMatchObject({
      Path: '/ci/',
      RoleName: 'deploy',
      Arn: 'arn:aws:iam::111122223333:role/ci/deploy',
      CreateDate: '2026-01-15T10:00:00+00:00',
      AssumeRolePolicyDocument: JSON.parse(TRUST),
      Description: 'CI deploys',
      Tags: [{ Key: 'team', Value: 'ops' }],
    });
    expect(role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(lab.state.roles.deploy?.maxSessionDuration).toBe(3600);
  });

  it('refuses duplicates (any case), bad names, durations and trust policies', async () => {
    const lab = await labWithRole();
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'DEPLOY', AssumeRolePolicyDocument: TRUST })).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'Role with name DEPLOY already exists.' },
    });
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'x'.repeat(65), AssumeRolePolicyDocument: TRUST }))).toBe('ValidationError');
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 3599 })).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600" },
    });
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 43201 }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 43200 }))).toBe('OK');
    const noPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] });
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'r2', AssumeRolePolicyDocument: noPrincipal }))).toBe('MalformedPolicyDocument');
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'r2', AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [' })).toMatchObject({
      ok: false,
      error: { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' },
    });
    expect(lab.state.roles.r2).toBeUndefined();
  });

  it('limits the trust policy to 2,048 non-whitespace characters (ACLSizePerRole)', async () => {
    const lab = newLab();
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:user/user-number-${i}`);
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }] });
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'big', AssumeRolePolicyDocument: big })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for ACLSizePerRole: 2048' },
    });
  });

  it('enforces RolesPerAccount', async () => {
    const lab = await labWithRole();
    const template = lab.state.roles.deploy!;
    for (let i = 0; i < QUOTAS.RolesPerAccount; i++) lab.state.roles[`r${i}`] = { ...template, roleName: `r${i}` };
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'one-more', AssumeRolePolicyDocument: TRUST })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for RolesPerAccount: 1000' },
    });
  });

  it('sets a permissions boundary that exists, and passes iam:PermissionsBoundary to the engine', async () => {
    const lab = newLab();
    const boundary = 'arn:aws:iam::aws:policy/PowerUserAccess';
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'b', AssumeRolePolicyDocument: TRUST, PermissionsBoundary: boundary }))).toBe('OK');
    expect(lab.state.roles.b?.permissionsBoundary).toBe(boundary);
    expect(await call(lab, 'iam', 'CreateRole', { RoleName: 'c', AssumeRolePolicyDocument: TRUST, PermissionsBoundary: 'arn:aws:iam::111122223333:policy/none' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Scope ARN: arn:aws:iam::111122223333:policy/none does not exist or is not attachable.' },
    });
    await call(lab, 'iam', 'CreateUser', { UserName: 'admin' });
    lab.state.users.admin!.inlinePolicies.delegate = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:CreateRole', Resource: '*', Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary } } }],
    });
    const as = { kind: 'user', userName: 'admin' } as const;
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'd', AssumeRolePolicyDocument: TRUST }, as))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'iam', 'CreateRole', { RoleName: 'd', AssumeRolePolicyDocument: TRUST, PermissionsBoundary: boundary }, as))).toBe('OK');
  });
});

describe('GetRole / ListRoles', () => {
  it('gets a role with MaxSessionDuration, tags, boundary and an empty RoleLastUsed', async () => {
    const lab = await labWithRole('deploy', { MaxSessionDuration: 7200, Tags: [{ Key: 'a', Value: 'b' }] });
    const r = await call(lab, 'iam', 'GetRole', { RoleName: 'Deploy' });
    expect(r).toMatchObject({ ok: true, value: { Role: { RoleName: 'deploy', MaxSessionDuration: 7200, Tags: [{ Key: 'a', Value: 'b' }], RoleLastUsed: {} } } });
    lab.state.roles.deploy!.lastUsed = { date: '2026-01-16T00:00:00+00:00', region: 'eu-west-1' };
    expect(await call(lab, 'iam', 'GetRole', { RoleName: 'deploy' })).toMatchObject({
      ok: true,
      value: { Role: { RoleLastUsed: { LastUsedDate: '2026-01-16T00:00:00+00:00', Region: 'eu-west-1' } } },
    });
    expect(await call(lab, 'iam', 'GetRole', { RoleName: 'nope' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The role with name nope cannot be found.' } });
  });

  it('lists roles sorted, by path prefix, without tags or last use', async () => {
    const lab = newLab();
    for (const [name, path] of [['zeta', '/'], ['Alpha', '/svc/'], ['beta', '/svc/']] as const) await call(lab, 'iam', 'CreateRole', { RoleName: name, Path: path, AssumeRolePolicyDocument: EC2_TRUST, Tags: [{ Key: 'k', Value: 'v' }] });
    const all = (await call(lab, 'iam', 'ListRoles', {})) as { value: { Roles: Record<string, unknown>[]; IsTruncated: boolean } };
    expect(all.value.Roles.map((r) => r.RoleName)).toEqual(['Alpha', 'beta', 'zeta']);
    expect(all.value.Roles[0]).toHaveProperty('MaxSessionDuration', 3600);
    expect(all.value.Roles[0]).not.toHaveProperty('Tags');
    expect(all.value.Roles[0]).not.toHaveProperty('RoleLastUsed');
    const svc = (await call(lab, 'iam', 'ListRoles', { PathPrefix: '/svc/', MaxItems: 1 })) as { value: { Roles: { RoleName: string }[]; IsTruncated: boolean; Marker: string } };
    expect(svc.value).toMatchObject({ IsTruncated: true, Roles: [{ RoleName: 'Alpha' }] });
  });
});

describe('DeleteRole', () => {
  it('refuses while policies are attached or inline, then deletes', async () => {
    const lab = await labWithRole();
    const role = lab.state.roles.deploy!;
    role.attachedPolicies.push('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(await call(lab, 'iam', 'DeleteRole', { RoleName: 'deploy' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.' } });
    role.attachedPolicies = [];
    role.inlinePolicies.p = '{}';
    expect(await call(lab, 'iam', 'DeleteRole', { RoleName: 'deploy' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' } });
    role.inlinePolicies = {};
    expect(codeOf(await call(lab, 'iam', 'DeleteRole', { RoleName: 'deploy' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeleteRole', { RoleName: 'deploy' }))).toBe('NoSuchEntity');
  });
});

describe('UpdateRole / UpdateRoleDescription / UpdateAssumeRolePolicy', () => {
  it('updates settings and the trust policy, validating both', async () => {
    const lab = await labWithRole();
    expect(await call(lab, 'iam', 'UpdateRole', { RoleName: 'deploy', Description: 'new', MaxSessionDuration: 14400 })).toEqual({ ok: true, value: undefined });
    expect(lab.state.roles.deploy).toMatchObject({ description: 'new', maxSessionDuration: 14400 });
    expect(codeOf(await call(lab, 'iam', 'UpdateRole', { RoleName: 'deploy', MaxSessionDuration: 100 }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'UpdateRole', { RoleName: 'nope' }))).toBe('NoSuchEntity');
    expect(await call(lab, 'iam', 'UpdateRoleDescription', { RoleName: 'deploy', Description: 'again' })).toMatchObject({ ok: true, value: { Role: { Description: 'again' } } });
    expect(codeOf(await call(lab, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'deploy', PolicyDocument: EC2_TRUST }))).toBe('OK');
    expect(lab.state.roles.deploy?.assumeRolePolicyDocument).toBe(EC2_TRUST);
    expect(codeOf(await call(lab, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'deploy', PolicyDocument: '{' }))).toBe('MalformedPolicyDocument');
    expect(lab.state.roles.deploy?.assumeRolePolicyDocument).toBe(EC2_TRUST);
    // A trust policy is attached to the role: IAM refuses a Resource in it, with its own wording.
    const withResource = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }] });
    expect(await call(lab, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'deploy', PolicyDocument: withResource })).toMatchObject({
      ok: false,
      error: { code: 'MalformedPolicyDocument', message: 'Has prohibited field Resource' },
    });
    expect(lab.state.roles.deploy?.assumeRolePolicyDocument).toBe(EC2_TRUST);
    expect(codeOf(await call(lab, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'nope', PolicyDocument: EC2_TRUST }))).toBe('NoSuchEntity');
  });
});

describe('TagRole / UntagRole / ListRoleTags', () => {
  it('merges tags ignoring key case, removes them, and enforces 50 tags', async () => {
    const lab = await labWithRole();
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'deploy', Tags: [{ Key: 'Team', Value: 'a' }, { Key: 'env', Value: 'prod' }] }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'deploy', Tags: [{ Key: 'team', Value: 'b' }] }))).toBe('OK');
    expect(await call(lab, 'iam', 'ListRoleTags', { RoleName: 'deploy' })).toMatchObject({ ok: true, value: { Tags: [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: 'prod' }], IsTruncated: false } });
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'deploy', Tags: [{ Key: 'x', Value: '1' }, { Key: 'X', Value: '2' }] }))).toBe('InvalidInput');
    expect(codeOf(await call(lab, 'iam', 'UntagRole', { RoleName: 'deploy', TagKeys: ['TEAM', 'missing'] }))).toBe('OK');
    expect(lab.state.roles.deploy?.tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    const many = Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'deploy', Tags: many }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'deploy', Tags: [{ Key: 'one-more', Value: 'v' }] }))).toBe('LimitExceeded');
    expect(codeOf(await call(lab, 'iam', 'TagRole', { RoleName: 'nope', Tags: [{ Key: 'a', Value: 'b' }] }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'UntagRole', { RoleName: 'nope', TagKeys: ['a'] }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'ListRoleTags', { RoleName: 'nope' }))).toBe('NoSuchEntity');
  });
});

describe('PutRolePermissionsBoundary / DeleteRolePermissionsBoundary', () => {
  it('sets and removes a boundary; refuses unknown policies and roles', async () => {
    const lab = await labWithRole();
    const boundary = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    expect(codeOf(await call(lab, 'iam', 'PutRolePermissionsBoundary', { RoleName: 'deploy', PermissionsBoundary: boundary }))).toBe('OK');
    expect(await call(lab, 'iam', 'GetRole', { RoleName: 'deploy' })).toMatchObject({
      ok: true,
      value: { Role: { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: boundary } } },
    });
    expect(codeOf(await call(lab, 'iam', 'PutRolePermissionsBoundary', { RoleName: 'deploy', PermissionsBoundary: 'arn:aws:iam::111122223333:policy/none' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'PutRolePermissionsBoundary', { RoleName: 'nope', PermissionsBoundary: boundary }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'DeleteRolePermissionsBoundary', { RoleName: 'deploy' }))).toBe('OK');
    expect(lab.state.roles.deploy?.permissionsBoundary).toBeUndefined();
    expect(codeOf(await call(lab, 'iam', 'DeleteRolePermissionsBoundary', { RoleName: 'nope' }))).toBe('NoSuchEntity');
  });
});
