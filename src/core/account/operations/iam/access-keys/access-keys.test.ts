import { describe, expect, it } from 'vitest';
import { advanceClock, DAY_MS } from '../../../env.ts';
import { saltedHash } from '../../../hash.ts';
import { call, codeOf, newLab } from '../../../testing.ts';

type KeyOut = { AccessKey: { UserName?: string; AccessKeyId: string; SecretAccessKey: string; Status: string; CreateDate: string } };

async function labWithAlice() {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
  return lab;
}

async function createKey(lab: ReturnType<typeof newLab>, params: Record<string, unknown> = { UserName: 'alice' }, as?: Parameters<typeof call>[4]) {
  const r = await call(lab, 'iam', 'CreateAccessKey', params, as);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as KeyOut).AccessKey;
}

describe('CreateAccessKey', () => {
  it('returns an AKIA key and a 40-character secret once, and keeps only a hash of it', async () => {
    const lab = await labWithAlice();
    const key = await createKey(lab);
    expect(key).toMatchObject({ UserName: 'alice', Status: 'Active', CreateDate: '2026-01-15T10:00:00+00:00' });
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(JSON.stringify(lab.state)).not.toContain(key.SecretAccessKey);
    const stored = lab.state.users.alice!.accessKeys[0]!;
    expect(stored.secretHash).toBe(await saltedHash(key.SecretAccessKey, key.AccessKeyId));
    const listed = await call(lab, 'iam', 'ListAccessKeys', { UserName: 'alice' });
    expect(JSON.stringify(listed)).not.toContain(key.SecretAccessKey);
  });

  it('allows two keys per user, counting inactive ones', async () => {
    const lab = await labWithAlice();
    const first = await createKey(lab);
    await call(lab, 'iam', 'UpdateAccessKey', { UserName: 'alice', AccessKeyId: first.AccessKeyId, Status: 'Inactive' });
    await createKey(lab);
    expect(await call(lab, 'iam', 'CreateAccessKey', { UserName: 'alice' })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', status: 409, message: 'Cannot exceed quota for AccessKeysPerUser: 2' },
    });
    expect(lab.state.users.alice!.accessKeys).toHaveLength(2);
  });

  it("manages the root user's own keys when root calls without a user name, with the same quota", async () => {
    const lab = newLab();
    const key = await createKey(lab, {});
    expect(key.UserName).toBeUndefined();
    expect(lab.state.root.accessKeys.map((k) => k.accessKeyId)).toEqual([key.AccessKeyId]);
    await createKey(lab, {});
    expect(codeOf(await call(lab, 'iam', 'CreateAccessKey', {}))).toBe('LimitExceeded');
    expect(await call(lab, 'iam', 'ListAccessKeys', {})).toMatchObject({ ok: true, value: { AccessKeyMetadata: [{ AccessKeyId: key.AccessKeyId, Status: 'Active' }, {}], IsTruncated: false } });
  });

  it("a user without a name manages its own keys (with permission), and a key signs calls as that user", async () => {
    const lab = await labWithAlice();
    lab.state.users.alice!.inlinePolicies.self = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:*AccessKey*'], Resource: 'arn:aws:iam::*:user/${aws:username}' }],
    });
    const key = await createKey(lab, {}, { kind: 'user', userName: 'alice' });
    expect(key.UserName).toBe('alice');
    const viaKey = { kind: 'accessKey', accessKeyId: key.AccessKeyId } as const;
    expect(await call(lab, 'iam', 'ListAccessKeys', {}, viaKey)).toMatchObject({ ok: true, value: { AccessKeyMetadata: [{ UserName: 'alice', AccessKeyId: key.AccessKeyId }] } });
    expect(codeOf(await call(lab, 'iam', 'CreateAccessKey', { UserName: 'root-ish' }, viaKey))).toBe('AccessDenied');
  });

  it('refuses an unknown user', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'CreateAccessKey', { UserName: 'ghost' })).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The user with name ghost cannot be found.' } });
  });
});

describe('UpdateAccessKey / DeleteAccessKey / ListAccessKeys', () => {
  it('deactivates a key (it then fails to sign), reactivates it, and deletes it', async () => {
    const lab = await labWithAlice();
    lab.state.users.alice!.inlinePolicies.read = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] });
    const key = await createKey(lab);
    const viaKey = { kind: 'accessKey', accessKeyId: key.AccessKeyId } as const;
    expect(codeOf(await call(lab, 'iam', 'UpdateAccessKey', { UserName: 'alice', AccessKeyId: key.AccessKeyId, Status: 'Inactive' }))).toBe('OK');
    expect(await call(lab, 'iam', 'ListAccessKeys', { UserName: 'alice' })).toMatchObject({ ok: true, value: { AccessKeyMetadata: [{ Status: 'Inactive' }] } });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, viaKey))).toBe('InvalidClientTokenId');
    await call(lab, 'iam', 'UpdateAccessKey', { UserName: 'alice', AccessKeyId: key.AccessKeyId, Status: 'Active' });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, viaKey))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeleteAccessKey', { UserName: 'alice', AccessKeyId: key.AccessKeyId }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, viaKey))).toBe('InvalidClientTokenId');
    expect(await call(lab, 'iam', 'ListAccessKeys', { UserName: 'alice' })).toEqual({ ok: true, value: { AccessKeyMetadata: [], IsTruncated: false } });
  });

  it("refuses a key the user does not have, with AWS's message, and a bad status", async () => {
    const lab = await labWithAlice();
    const rootKey = await createKey(lab, {});
    for (const op of ['UpdateAccessKey', 'DeleteAccessKey']) {
      expect(await call(lab, 'iam', op, { UserName: 'alice', AccessKeyId: rootKey.AccessKeyId, Status: 'Active' })).toMatchObject({
        ok: false,
        error: { code: 'NoSuchEntity', message: `The Access Key with id ${rootKey.AccessKeyId} cannot be found.` },
      });
    }
    expect(lab.state.root.accessKeys).toHaveLength(1);
    expect(await call(lab, 'iam', 'UpdateAccessKey', { AccessKeyId: rootKey.AccessKeyId, Status: 'Disabled' })).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: "1 validation error detected: Value 'Disabled' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]" },
    });
    expect(codeOf(await call(lab, 'iam', 'DeleteAccessKey', { AccessKeyId: 'AKIA-short' }))).toBe('ValidationError');
  });
});

describe('GetAccessKeyLastUsed', () => {
  it('says N/A before first use, then the date, service and region of the last use', async () => {
    const lab = await labWithAlice();
    lab.state.users.alice!.inlinePolicies.read = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] });
    const key = await createKey(lab);
    expect(await call(lab, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: key.AccessKeyId })).toEqual({
      ok: true,
      value: { UserName: 'alice', AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } },
    });
    advanceClock(lab.state, DAY_MS);
    await call(lab, 'iam', 'ListUsers', {}, { kind: 'accessKey', accessKeyId: key.AccessKeyId });
    expect(await call(lab, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: key.AccessKeyId })).toEqual({
      ok: true,
      value: { UserName: 'alice', AccessKeyLastUsed: { LastUsedDate: '2026-01-16T10:00:00+00:00', ServiceName: 'iam', Region: 'us-east-1' } },
    });
  });

  it('works for root keys and refuses an unknown key with AccessDenied', async () => {
    const lab = newLab();
    const key = await createKey(lab, {});
    expect(await call(lab, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: key.AccessKeyId })).toMatchObject({ ok: true, value: { AccessKeyLastUsed: { Region: 'N/A' } } });
    expect(await call(lab, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: 'User: arn:aws:iam::111122223333:root is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key AKIAAAAAAAAAAAAAAAAA' },
    });
  });
});
