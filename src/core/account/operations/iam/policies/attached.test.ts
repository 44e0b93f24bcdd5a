import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';
import { addRole, allow, value } from './test-fixtures.ts';

const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const KINDS = [
  { label: 'User', nameParam: 'UserName', quota: 'PoliciesPerUser', notFound: 'The user with name ghost cannot be found.' },
  { label: 'Group', nameParam: 'GroupName', quota: 'PoliciesPerGroup', notFound: 'The group with name ghost cannot be found.' },
  { label: 'Role', nameParam: 'RoleName', quota: 'PoliciesPerRole', notFound: 'The role with name ghost cannot be found.' },
] as const;

async function labWithOwners() {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'owner' });
  await call(lab, 'iam', 'CreateGroup', { GroupName: 'owner' });
  addRole(lab.state, 'owner');
  return lab;
}

describe.each(KINDS)('Attach/Detach/ListAttached $label policies', ({ label, nameParam, quota, notFound }) => {
  it('attaches (once), lists and detaches a managed policy', async () => {
    const lab = await labWithOwners();
    expect(codeOf(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: S3_READ }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'OWNER', PolicyArn: S3_READ }))).toBe('OK');
    const listed = value<{ AttachedPolicies: unknown[]; IsTruncated: boolean }>(await call(lab, 'iam', `ListAttached${label}Policies`, { [nameParam]: 'owner' }));
    expect(listed).toEqual({ AttachedPolicies: [{ PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ }], IsTruncated: false });
    expect(value<{ AttachedPolicies: unknown[] }>(await call(lab, 'iam', `ListAttached${label}Policies`, { [nameParam]: 'owner', PathPrefix: '/team/' })).AttachedPolicies).toEqual([]);
    expect(codeOf(await call(lab, 'iam', `Detach${label}Policy`, { [nameParam]: 'owner', PolicyArn: S3_READ }))).toBe('OK');
    expect(await call(lab, 'iam', `Detach${label}Policy`, { [nameParam]: 'owner', PolicyArn: S3_READ })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: `Policy ${S3_READ} was not found.` } });
  });

  it('names a missing owner or policy as AWS does', async () => {
    const lab = await labWithOwners();
    expect(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'ghost', PolicyArn: S3_READ })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: notFound } });
    const nope = 'arn:aws:iam::aws:policy/NoSuchPolicy';
    expect(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: nope })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: `Policy ${nope} does not exist or is not attachable.` } });
    expect(codeOf(await call(lab, 'iam', `ListAttached${label}Policies`, { [nameParam]: 'ghost' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: 'short' }))).toBe('ValidationError');
  });

  it(`enforces ${quota}: 10`, async () => {
    const lab = await labWithOwners();
    for (let i = 0; i < 11; i++) value(await call(lab, 'iam', 'CreatePolicy', { PolicyName: `p${i}`, PolicyDocument: allow('s3:GetObject') }));
    for (let i = 0; i < 10; i++) value(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: `arn:aws:iam::111122223333:policy/p${i}` }));
    expect(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: 'arn:aws:iam::111122223333:policy/p10' })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: `Cannot exceed quota for ${quota}: 10` },
    });
    // Re-attaching one already there is not a new attachment.
    expect(codeOf(await call(lab, 'iam', `Attach${label}Policy`, { [nameParam]: 'owner', PolicyArn: 'arn:aws:iam::111122223333:policy/p0' }))).toBe('OK');
  });
});

describe('attachment authorization', () => {
  it('passes iam:PolicyARN, so a condition can limit which policies a user may attach', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'admin' });
    await call(lab, 'iam', 'CreateUser', { UserName: 'dev' });
    lab.state.users.admin!.inlinePolicies.attachS3Read = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': S3_READ } } }],
    });
    const asAdmin = { kind: 'user', userName: 'admin' } as const;
    expect(codeOf(await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'dev', PolicyArn: S3_READ }, asAdmin))).toBe('OK');
    const denied = await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'dev', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, asAdmin);
    expect(denied).toMatchObject({ ok: false, error: { code: 'AccessDenied', message: expect.stringContaining('on resource: arn:aws:iam::111122223333:user/dev') } });
  });

  it('permissions follow attachment: attach S3 read-only, then detach', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'dev' });
    const asDev = { kind: 'user', userName: 'dev' } as const;
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'dev', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asDev))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'x' }, asDev))).toBe('AccessDenied');
    await call(lab, 'iam', 'DetachUserPolicy', { UserName: 'dev', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asDev))).toBe('AccessDenied');
  });
});
