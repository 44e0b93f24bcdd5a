import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../../invoke.ts';
import { call, codeOf, newLab } from '../../../testing.ts';

type Lab = ReturnType<typeof newLab>;
const value = <T>(r: CallResult): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const admin = 'arn:aws:iam::aws:policy/AdministratorAccess';

async function withUsers(lab: Lab, ...names: string[]): Promise<void> {
  for (const n of names) value(await call(lab, 'iam', 'CreateUser', { UserName: n }));
}

describe('CreateGroup / GetGroup / ListGroups', () => {
  it('creates a group with an AGPA id and an ARN with its path', async () => {
    const lab = newLab();
    const g = value<{ Group: Record<string, string> }>(await call(lab, 'iam', 'CreateGroup', { GroupName: 'Admins', Path: '/staff/' })).Group;
    expect(g).toMatchObject({ GroupName: 'Admins', Path: '/staff/', Arn: 'arn:aws:iam::111122223333:group/staff/Admins', CreateDate: '2026-01-15T10:00:00+00:00' });
    expect(g.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
  });

  it('refuses a duplicate name in any case, bad names, and the 301st group', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    expect(await call(lab, 'iam', 'CreateGroup', { GroupName: 'DEVS' })).toMatchObject({ ok: false, error: { code: 'EntityAlreadyExists', message: 'Group with name DEVS already exists.' } });
    expect(codeOf(await call(lab, 'iam', 'CreateGroup', { GroupName: 'a b' }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateGroup', { GroupName: 'g'.repeat(129) }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateGroup', { GroupName: 'x', Path: 'nope' }))).toBe('ValidationError');
    for (let i = 1; i < 300; i++) value(await call(lab, 'iam', 'CreateGroup', { GroupName: `g${i}` }));
    expect(await call(lab, 'iam', 'CreateGroup', { GroupName: 'one-more' })).toMatchObject({ ok: false, error: { code: 'LimitExceeded', message: 'Cannot exceed quota for GroupsPerAccount: 300' } });
  });

  it('gets a group with its users, and NoSuchEntity for an unknown one', async () => {
    const lab = newLab();
    await withUsers(lab, 'bob', 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'alice' });
    const r = value<{ Group: { GroupName: string }; Users: { UserName: string }[]; IsTruncated: boolean }>(await call(lab, 'iam', 'GetGroup', { GroupName: 'DEVS' }));
    expect(r.Group.GroupName).toBe('devs');
    expect(r.Users.map((u) => u.UserName)).toEqual(['alice', 'bob']);
    expect(r.IsTruncated).toBe(false);
    const page = value<{ Users: unknown[]; IsTruncated: boolean }>(await call(lab, 'iam', 'GetGroup', { GroupName: 'devs', MaxItems: 1 }));
    expect(page).toMatchObject({ IsTruncated: true });
    expect(page.Users).toHaveLength(1);
    expect(await call(lab, 'iam', 'GetGroup', { GroupName: 'nope' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The group with name nope cannot be found.' } });
  });

  it('lists groups by name and path prefix', async () => {
    const lab = newLab();
    for (const [n, path] of [['ops', '/it/'], ['Admins', '/'], ['dev', '/it/']] as const) await call(lab, 'iam', 'CreateGroup', { GroupName: n, Path: path });
    const all = value<{ Groups: { GroupName: string }[] }>(await call(lab, 'iam', 'ListGroups', {}));
    expect(all.Groups.map((g) => g.GroupName)).toEqual(['Admins', 'dev', 'ops']);
    const it = value<{ Groups: { GroupName: string }[] }>(await call(lab, 'iam', 'ListGroups', { PathPrefix: '/it/' }));
    expect(it.Groups.map((g) => g.GroupName)).toEqual(['dev', 'ops']);
  });
});

describe('membership', () => {
  it('adds and removes users, keeping user.groups and the group in sync', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    expect(codeOf(await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'alice' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'DEVS', UserName: 'alice' }))).toBe('OK');
    expect(lab.state.users.alice!.groups).toEqual(['devs']);
    const groups = value<{ Groups: { GroupName: string }[] }>(await call(lab, 'iam', 'ListGroupsForUser', { UserName: 'alice' }));
    expect(groups.Groups.map((g) => g.GroupName)).toEqual(['devs']);
    expect(codeOf(await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'devs', UserName: 'alice' }))).toBe('OK');
    expect(lab.state.users.alice!.groups).toEqual([]);
    expect(value<{ Users: unknown[] }>(await call(lab, 'iam', 'GetGroup', { GroupName: 'devs' })).Users).toEqual([]);
    // Removing a user who is not a member succeeds and changes nothing, as in AWS.
    expect(codeOf(await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'devs', UserName: 'alice' }))).toBe('OK');
  });

  it('names the missing user or group', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    expect(await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'zed' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The user with name zed cannot be found.' } });
    expect(await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'ops', UserName: 'alice' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The group with name ops cannot be found.' } });
    expect(codeOf(await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'ops', UserName: 'alice' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'devs', UserName: 'zed' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'ListGroupsForUser', { UserName: 'zed' }))).toBe('NoSuchEntity');
  });

  it('enforces GroupsPerUser: 10', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    for (let i = 0; i < 11; i++) await call(lab, 'iam', 'CreateGroup', { GroupName: `g${i}` });
    for (let i = 0; i < 10; i++) value(await call(lab, 'iam', 'AddUserToGroup', { GroupName: `g${i}`, UserName: 'alice' }));
    expect(await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'g10', UserName: 'alice' })).toMatchObject({ ok: false, error: { code: 'LimitExceeded', message: 'Cannot exceed quota for GroupsPerUser: 10' } });
    expect(lab.state.users.alice!.groups).toHaveLength(10);
  });
});

describe('DeleteGroup / UpdateGroup', () => {
  it('deletes only an empty group without policies, in AWS words', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'alice' });
    expect(await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must remove users from group first.' } });
    await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'devs', UserName: 'alice' });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'devs', PolicyArn: admin });
    expect(await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.' } });
    await call(lab, 'iam', 'DetachGroupPolicy', { GroupName: 'devs', PolicyArn: admin });
    await call(lab, 'iam', 'PutGroupPolicy', { GroupName: 'devs', PolicyName: 'p', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] }) });
    expect(await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' } });
    await call(lab, 'iam', 'DeleteGroupPolicy', { GroupName: 'devs', PolicyName: 'p' });
    expect(codeOf(await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' }))).toBe('OK');
    expect(lab.state.groups.devs).toBeUndefined();
    expect(codeOf(await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' }))).toBe('NoSuchEntity');
  });

  it('renames and moves a group; its members follow', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'ops' });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'devs', UserName: 'alice' });
    expect(await call(lab, 'iam', 'UpdateGroup', { GroupName: 'devs', NewGroupName: 'OPS' })).toMatchObject({ ok: false, error: { code: 'EntityAlreadyExists' } });
    expect(codeOf(await call(lab, 'iam', 'UpdateGroup', { GroupName: 'devs', NewGroupName: 'engineers', NewPath: '/eng/' }))).toBe('OK');
    expect(lab.state.users.alice!.groups).toEqual(['engineers']);
    const g = value<{ Group: Record<string, string>; Users: { UserName: string }[] }>(await call(lab, 'iam', 'GetGroup', { GroupName: 'engineers' }));
    expect(g.Group).toMatchObject({ GroupName: 'engineers', Path: '/eng/', Arn: 'arn:aws:iam::111122223333:group/eng/engineers' });
    expect(g.Users.map((u) => u.UserName)).toEqual(['alice']);
    expect(codeOf(await call(lab, 'iam', 'GetGroup', { GroupName: 'devs' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'UpdateGroup', { GroupName: 'nope', NewGroupName: 'x' }))).toBe('NoSuchEntity');
  });
});

describe('permissions flow through groups', () => {
  it('a user in a group with AdministratorAccess can create users, and loses it when removed', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    const asAlice = { kind: 'user', userName: 'alice' } as const;
    expect(await call(lab, 'iam', 'CreateUser', { UserName: 'bob' }, asAlice)).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: expect.stringContaining('because no identity-based policy allows the iam:CreateUser action') },
    });
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'Admins' });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'Admins', PolicyArn: admin });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'Admins', UserName: 'alice' });
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'bob' }, asAlice))).toBe('OK');
    await call(lab, 'iam', 'RemoveUserFromGroup', { GroupName: 'Admins', UserName: 'alice' });
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'carol' }, asAlice))).toBe('AccessDenied');
  });

  it('a renamed group still grants its members its permissions', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'Admins' });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'Admins', PolicyArn: admin });
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'Admins', UserName: 'alice' });
    await call(lab, 'iam', 'UpdateGroup', { GroupName: 'Admins', NewGroupName: 'Root-ish' });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'alice' }))).toBe('OK');
  });

  it('authorizes group calls against the group ARN', async () => {
    const lab = newLab();
    await withUsers(lab, 'alice');
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs', Path: '/team/' });
    lab.state.users.alice!.inlinePolicies.p = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetGroup', Resource: 'arn:aws:iam::111122223333:group/team/*' }] });
    expect(codeOf(await call(lab, 'iam', 'GetGroup', { GroupName: 'devs' }, { kind: 'user', userName: 'alice' }))).toBe('OK');
    const denied = await call(lab, 'iam', 'DeleteGroup', { GroupName: 'devs' }, { kind: 'user', userName: 'alice' });
    expect(denied.ok === false && denied.error.message).toContain('on resource: arn:aws:iam::111122223333:group/team/devs');
  });
});
