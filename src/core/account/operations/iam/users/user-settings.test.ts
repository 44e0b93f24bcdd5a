import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';

async function withUser(name = 'alice', extra: Record<string, unknown> = {}) {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: name, ...extra });
  return lab;
}

describe('UpdateUser', () => {
  it('renames a user and moves it; the ARN follows and the old name is gone', async () => {
    const lab = await withUser('alice');
    expect(codeOf(await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewUserName: 'alicia', NewPath: '/eng/' }))).toBe('OK');
    const got = await call(lab, 'iam', 'GetUser', { UserName: 'alicia' });
    expect(got).toMatchObject({ ok: true, value: { User: { UserName: 'alicia', Path: '/eng/', Arn: 'arn:aws:iam::111122223333:user/eng/alicia' } } });
    expect(codeOf(await call(lab, 'iam', 'GetUser', { UserName: 'alice' }))).toBe('NoSuchEntity');
  });

  it('keeps the user id, and renames the MFA device link', async () => {
    const lab = await withUser('alice');
    const id = lab.state.users.alice!.userId;
    lab.state.mfaDevices.x = { serialNumber: 'x', kind: 'virtual', seed: '', enabledFor: 'alice', createDate: '' };
    await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewUserName: 'Bob' });
    expect(lab.state.users.bob!.userId).toBe(id);
    expect(lab.state.mfaDevices.x!.enabledFor).toBe('Bob');
  });

  it('allows a change of case only, refuses a taken name and an unknown user', async () => {
    const lab = await withUser('alice');
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(codeOf(await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewUserName: 'Alice' }))).toBe('OK');
    expect(lab.state.users.alice!.userName).toBe('Alice');
    expect(await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewUserName: 'BOB' })).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'User with name BOB already exists.' },
    });
    expect(lab.state.users.alice).toBeDefined();
    expect(await call(lab, 'iam', 'UpdateUser', { UserName: 'nobody', NewUserName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'The user with name nobody cannot be found.' },
    });
    expect(codeOf(await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewPath: 'no-slashes' }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'UpdateUser', { UserName: 'alice', NewUserName: 'x'.repeat(65) }))).toBe('ValidationError');
  });
});

describe('TagUser / UntagUser / ListUserTags', () => {
  it('adds tags, replaces a key given again (ignoring case), lists and removes them', async () => {
    const lab = await withUser('alice', { Tags: [{ Key: 'team', Value: 'blue' }] });
    expect(codeOf(await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: [{ Key: 'Team', Value: 'red' }, { Key: 'cost', Value: '42' }] }))).toBe('OK');
    expect(await call(lab, 'iam', 'ListUserTags', { UserName: 'alice' })).toEqual({
      ok: true,
      value: { Tags: [{ Key: 'Team', Value: 'red' }, { Key: 'cost', Value: '42' }], IsTruncated: false },
    });
    expect(codeOf(await call(lab, 'iam', 'UntagUser', { UserName: 'alice', TagKeys: ['TEAM', 'absent'] }))).toBe('OK');
    expect(await call(lab, 'iam', 'ListUserTags', { UserName: 'alice' })).toMatchObject({ ok: true, value: { Tags: [{ Key: 'cost', Value: '42' }] } });
  });

  it('lists no tags as an empty list, and pages', async () => {
    const lab = await withUser('alice');
    expect(await call(lab, 'iam', 'ListUserTags', { UserName: 'alice' })).toEqual({ ok: true, value: { Tags: [], IsTruncated: false } });
    await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
    expect(await call(lab, 'iam', 'ListUserTags', { UserName: 'alice', MaxItems: 1 })).toMatchObject({ ok: true, value: { Tags: [{ Key: 'a' }], IsTruncated: true, Marker: '1' } });
  });

  it('refuses more than 50 tags in all, duplicate keys, and unknown users', async () => {
    const lab = await withUser('alice');
    const tags = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ Key: `k${i + from}`, Value: 'v' }));
    expect(codeOf(await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: tags(51) }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: tags(40) }))).toBe('OK');
    expect(await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: tags(11, 40) })).toMatchObject({ ok: false, error: { code: 'LimitExceeded' } });
    expect(lab.state.users.alice!.tags).toHaveLength(40);
    expect(await call(lab, 'iam', 'TagUser', { UserName: 'alice', Tags: [{ Key: 'x', Value: '1' }, { Key: 'X', Value: '2' }] })).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(codeOf(await call(lab, 'iam', 'TagUser', { UserName: 'nobody', Tags: tags(1) }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'UntagUser', { UserName: 'nobody', TagKeys: ['a'] }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'ListUserTags', { UserName: 'nobody' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'TagUser', { UserName: 'alice' }))).toBe('ValidationError');
  });
});

describe('PutUserPermissionsBoundary / DeleteUserPermissionsBoundary', () => {
  const boundary = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

  it('sets, shows and removes a boundary', async () => {
    const lab = await withUser('alice');
    expect(codeOf(await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'alice', PermissionsBoundary: boundary }))).toBe('OK');
    expect(await call(lab, 'iam', 'GetUser', { UserName: 'alice' })).toMatchObject({
      ok: true,
      value: { User: { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: boundary } } },
    });
    expect(codeOf(await call(lab, 'iam', 'DeleteUserPermissionsBoundary', { UserName: 'alice' }))).toBe('OK');
    expect(lab.state.users.alice!.permissionsBoundary).toBeUndefined();
  });

  it('refuses a policy that does not exist and an unknown user', async () => {
    const lab = await withUser('alice');
    const missing = 'arn:aws:iam::111122223333:policy/Nope';
    expect(await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'alice', PermissionsBoundary: missing })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `Scope ARN: ${missing} does not exist or is not attachable.` },
    });
    expect(codeOf(await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'bob', PermissionsBoundary: boundary }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'DeleteUserPermissionsBoundary', { UserName: 'bob' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'alice', PermissionsBoundary: 'short' }))).toBe('ValidationError');
  });

  it('a boundary limits what the user can do', async () => {
    const lab = await withUser('ops');
    lab.state.users.ops!.inlinePolicies.all = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] });
    const as = { kind: 'user', userName: 'ops' } as const;
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'x1' }, as))).toBe('OK');
    await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'ops', PermissionsBoundary: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'x2' }, as))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, as))).toBe('OK');
  });
});
