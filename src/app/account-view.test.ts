import { describe, expect, it } from 'vitest';
import { advanceClock, DAY_MS, nowMs } from '../core/account/env.ts';
import { call, newLab } from '../core/account/testing.ts';
import { actingAsMeaning, callerOf, callerOptions, clockLabel, eventRows, filterEvents, identityChoices, parseDays } from './account-view.ts';

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] });

async function lab() {
  const l = newLab();
  await call(l, 'iam', 'CreateUser', { UserName: 'bob' });
  await call(l, 'iam', 'CreateUser', { UserName: 'alice' });
  const key = await call(l, 'iam', 'CreateAccessKey', { UserName: 'alice' });
  const keyId = key.ok ? (key.value as { AccessKey: { AccessKeyId: string } }).AccessKey.AccessKeyId : '';
  await call(l, 'iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  await call(l, 'iam', 'CreateRole', { RoleName: 'Reader', AssumeRolePolicyDocument: TRUST });
  const assumed = await call(l, 'sts', 'AssumeRole', { RoleArn: 'arn:aws:iam::111122223333:role/Reader', RoleSessionName: 'demo' }, { kind: 'accessKey', accessKeyId: keyId });
  const sessionKey = assumed.ok ? (assumed.value as { Credentials: { AccessKeyId: string } }).Credentials.AccessKeyId : '';
  await call(l, 'iam', 'ListUsers', {}, { kind: 'user', userName: 'bob' });
  return { ...l, keyId, sessionKey };
}

describe('identityChoices', () => {
  it('lists root, each user, each active key and each live session', async () => {
    const { state, env, keyId, sessionKey } = await lab();
    expect(sessionKey).toMatch(/^ASIA/);
    const now = nowMs(state, env);
    const choices = identityChoices(state, now);
    expect(choices.map((c) => [c.value, c.kind])).toEqual([
      ['root', 'root'],
      ['user/alice', 'user'],
      [keyId, 'key'],
      ['user/bob', 'user'],
      [sessionKey, 'session'],
    ]);
    await call({ state, env }, 'iam', 'UpdateAccessKey', { UserName: 'alice', AccessKeyId: keyId, Status: 'Inactive' });
    advanceClock(state, DAY_MS);
    expect(identityChoices(state, nowMs(state, env)).map((c) => c.value)).toEqual(['root', 'user/alice', 'user/bob']);
  });
});

describe('actingAsMeaning', () => {
  it('says whose credentials sign the calls, and warns when they no longer work', async () => {
    const { state, env, keyId, sessionKey } = await lab();
    const now = nowMs(state, env);
    expect(actingAsMeaning(state, 'root', now).text).toMatch(/root user/);
    expect(actingAsMeaning(state, 'user/bob', now)).toEqual({ text: expect.stringMatching(/IAM user bob/) });
    const key = actingAsMeaning(state, keyId, now);
    expect(key.text).toMatch(/signed with this key: alice's access key/);
    expect(key.warning).toBeUndefined();
    expect(actingAsMeaning(state, sessionKey, now).text).toMatch(/role session Reader\/demo/);
    expect(actingAsMeaning(state, sessionKey, now + 2 * DAY_MS).warning).toMatch(/expired/);
    expect(actingAsMeaning(state, 'user/ghost', now).warning).toMatch(/no user ghost/);
    expect(actingAsMeaning(state, 'AKIADELETEDDELETED00', now).warning).toMatch(/No such key/);
    await call({ state, env }, 'iam', 'UpdateAccessKey', { UserName: 'alice', AccessKeyId: keyId, Status: 'Inactive' });
    expect(actingAsMeaning(state, keyId, now).warning).toMatch(/inactive/);
  });
});

describe('event history', () => {
  it('lists calls newest first with who, what, the AccessDenied reason and the parameters', async () => {
    const { state } = await lab();
    const rows = eventRows(state);
    expect(rows[0]).toMatchObject({ who: 'bob', what: 'iam:ListUsers', allowed: false, via: 'cli' });
    expect(rows[0]?.detail).toMatch(/^AccessDenied: User: arn:aws:iam::111122223333:user\/bob is not authorized to perform: iam:ListUsers/);
    expect(rows[1]).toMatchObject({ what: 'sts:AssumeRole', allowed: true });
    expect(rows[1]?.who).toMatch(/^alice \(key AKIA/);
    expect(JSON.parse(rows[1]?.params ?? '')).toEqual({ RoleArn: 'arn:aws:iam::111122223333:role/Reader', RoleSessionName: 'demo' });
    expect(rows.at(-1)).toMatchObject({ who: 'root', what: 'iam:CreateUser' });
    expect(eventRows(state, 2)).toHaveLength(2);
  });

  it('filters by outcome and by caller', async () => {
    const { state } = await lab();
    const rows = eventRows(state);
    expect(callerOf(rows[1]!)).toBe('alice');
    expect(callerOptions(rows)).toEqual(['root', 'alice', 'bob']);
    expect(filterEvents(rows, { outcome: 'denied', caller: 'all' }).map((r) => r.what)).toEqual(['iam:ListUsers']);
    expect(filterEvents(rows, { outcome: 'allowed', caller: 'bob' })).toEqual([]);
    expect(filterEvents(rows, { outcome: 'all', caller: 'alice' }).map((r) => r.what)).toEqual(['sts:AssumeRole']);
    expect(filterEvents(rows, { outcome: 'allowed', caller: 'root' })).toHaveLength(rows.length - 2);
  });
});

describe('clock', () => {
  it('reads days and shows the simulated time', () => {
    expect(parseDays('30')).toEqual({ ok: true, days: 30 });
    expect(parseDays(400)).toEqual({ ok: true, days: 400 });
    for (const bad of ['0', '-1', '1.5', 'x', '', 99999]) expect(parseDays(bad).ok, String(bad)).toBe(false);
    expect(clockLabel(Date.parse('2026-03-02T09:05:59Z'))).toBe('2026-03-02 09:05 UTC');
  });
});
