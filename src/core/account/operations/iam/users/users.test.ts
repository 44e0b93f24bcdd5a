import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';

describe('CreateUser / GetUser / ListUsers / DeleteUser', () => {
  it('creates a user with an AIDA id and an ARN with its path', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'CreateUser', { UserName: 'alice', Path: '/staff/' });
    expect(r.ok).toBe(true);
    const user = (r as { value: { User: Record<string, string> } }).value.User;
    expect(user).toMatchObject({ UserName: 'alice', Path: '/staff/', Arn: 'arn:aws:iam::111122223333:user/staff/alice', CreateDate: '2026-01-15T10:00:00+00:00' });
    expect(user.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });

  it('refuses a name taken in another case, and bad names with AWS wording', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    const dup = await call(lab, 'iam', 'CreateUser', { UserName: 'Alice' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'EntityAlreadyExists', message: 'User with name Alice already exists.' } });
    const bad = await call(lab, 'iam', 'CreateUser', { UserName: 'bad name' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" },
    });
    expect(codeOf(await call(lab, 'iam', 'CreateUser', {}))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreateUser', { UserName: 'x'.repeat(65) }))).toBe('ValidationError');
  });

  it('enforces the UsersPerAccount quota', async () => {
    const lab = newLab();
    for (let i = 0; i < 5000; i++) lab.state.users[`u${i}`] = { ...(lab.state.users.u0 ?? ({} as never)), userName: `u${i}` };
    const r = await call(lab, 'iam', 'CreateUser', { UserName: 'one-too-many' });
    expect(r).toMatchObject({ ok: false, error: { code: 'LimitExceeded', message: 'Cannot exceed quota for UsersPerAccount: 5000' } });
  });

  it('gets a user by name, or the caller itself', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice', Tags: [{ Key: 'team', Value: 'blue' }] });
    const got = await call(lab, 'iam', 'GetUser', { UserName: 'ALICE' });
    expect(got).toMatchObject({ ok: true, value: { User: { UserName: 'alice', Tags: [{ Key: 'team', Value: 'blue' }] } } });
    const root = await call(lab, 'iam', 'GetUser', {});
    expect(root).toMatchObject({ ok: true, value: { User: { UserId: '111122223333', Arn: 'arn:aws:iam::111122223333:root' } } });
    expect(codeOf(await call(lab, 'iam', 'GetUser', { UserName: 'nobody' }))).toBe('NoSuchEntity');
  });

  it('lists users sorted by name, filtered by path, paged', async () => {
    const lab = newLab();
    for (const [name, path] of [['carol', '/'], ['Bob', '/ops/'], ['alice', '/ops/']] as const) await call(lab, 'iam', 'CreateUser', { UserName: name, Path: path });
    const all = (await call(lab, 'iam', 'ListUsers', {})) as { value: { Users: { UserName: string }[]; IsTruncated: boolean } };
    expect(all.value.Users.map((u) => u.UserName)).toEqual(['alice', 'Bob', 'carol']);
    expect(all.value.IsTruncated).toBe(false);
    const ops = (await call(lab, 'iam', 'ListUsers', { PathPrefix: '/ops/' })) as { value: { Users: { UserName: string }[] } };
    expect(ops.value.Users.map((u) => u.UserName)).toEqual(['alice', 'Bob']);
    const page1 = (await call(lab, 'iam', 'ListUsers', { MaxItems: 2 })) as { value: { Users: unknown[]; IsTruncated: boolean; Marker: string } };
    expect(page1.value).toMatchObject({ IsTruncated: true });
    const page2 = (await call(lab, 'iam', 'ListUsers', { MaxItems: 2, Marker: page1.value.Marker })) as { value: { Users: { UserName: string }[]; IsTruncated: boolean } };
    expect(page2.value.Users.map((u) => u.UserName)).toEqual(['carol']);
  });

  it('deletes a user only when nothing is left attached', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    lab.state.users.alice!.accessKeys.push({ accessKeyId: 'AKIAEXAMPLE', secretHash: '', status: 'Active', createDate: '' });
    expect(await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete access keys first.' } });
    lab.state.users.alice!.accessKeys = [];
    expect(codeOf(await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeleteUser', { UserName: 'alice' }))).toBe('NoSuchEntity');
  });
});

describe('authorization and the event history', () => {
  it('denies a new user everything, in AWS words, and records who was denied', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'intern' });
    const r = await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'intern' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: 'User: arn:aws:iam::111122223333:user/intern is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::111122223333:user/ because no identity-based policy allows the iam:ListUsers action',
      },
    });
    const last = lab.state.events.at(-1);
    expect(last).toMatchObject({ eventName: 'ListUsers', allowed: false, errorCode: 'AccessDenied', identity: { type: 'IAMUser', userName: 'intern' } });
  });

  it('allows a user whose inline policy allows, and says "explicit deny" when one denies', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'ops' });
    lab.state.users.ops!.inlinePolicies.read = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'ops' }))).toBe('OK');
    lab.state.users.ops!.inlinePolicies.deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:ListUsers', Resource: '*' }] });
    const r = await call(lab, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'ops' });
    expect(r.ok === false && r.error.message.endsWith('with an explicit deny in an identity-based policy')).toBe(true);
  });

  it('treats unknown and inactive access keys as invalid tokens, and marks a used key', async () => {
    const lab = newLab();
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'accessKey', accessKeyId: 'AKIANOPE' }))).toBe('InvalidClientTokenId');
    lab.state.root.accessKeys.push({ accessKeyId: 'AKIAROOTKEY', secretHash: '', status: 'Active', createDate: '' });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'accessKey', accessKeyId: 'AKIAROOTKEY' }))).toBe('OK');
    expect(lab.state.root.accessKeys[0]!.lastUsed).toMatchObject({ serviceName: 'iam', region: 'us-east-1' });
    lab.state.root.accessKeys[0]!.status = 'Inactive';
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'accessKey', accessKeyId: 'AKIAROOTKEY' }))).toBe('InvalidClientTokenId');
  });

  it('gives the same ids for the same calls (deterministic replays)', async () => {
    const a = newLab();
    const b = newLab();
    const ra = await call(a, 'iam', 'CreateUser', { UserName: 'x' });
    const rb = await call(b, 'iam', 'CreateUser', { UserName: 'x' });
    expect(ra).toEqual(rb);
  });
});
