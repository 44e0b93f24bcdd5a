import { describe, expect, it } from 'vitest';
import { createAccount } from '../core/account/create.ts';
import { fixedEnv } from '../core/account/env.ts';
import { T0 } from '../core/account/testing.ts';
import { createMemoryStore } from '../storage/index.ts';
import { callAsOf } from './acting-as.ts';
import { Workspace } from './workspace.svelte.ts';

function workspace(store = createMemoryStore()) {
  const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, store, fixedEnv(T0));
  return { ws, store };
}

describe('Workspace', () => {
  it('runs console calls, command lines and API requests on one account, in order', async () => {
    const { ws } = workspace();
    const seen: string[] = [];
    ws.onChange((r) => seen.push(r));
    const [a, b, c] = await Promise.all([
      ws.call('iam', 'CreateUser', { UserName: 'alice' }),
      ws.cli('aws iam create-user --user-name bob'),
      ws.api('Action=CreateUser&UserName=carol&Version=2010-05-08'),
    ]);
    expect(a.ok).toBe(true);
    expect(b.exitCode).toBe(0);
    expect(c.stdout).toContain('<CreateUserResponse');
    expect(Object.keys(ws.account.users).sort()).toEqual(['alice', 'bob', 'carol']);
    expect(ws.account.events.map((e) => e.via)).toEqual(['console', 'cli', 'api']);
    expect(seen).toEqual(['call', 'call', 'call']);
    expect(ws.version).toBe(3);
  });

  it('acts as the chosen caller', async () => {
    const { ws } = workspace();
    await ws.call('iam', 'CreateUser', { UserName: 'intern' });
    ws.setActingAs('user/intern');
    const r = await ws.cli('aws iam list-users');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toContain('AccessDenied');
    expect(callAsOf('AKIAEXAMPLEEXAMPLE12')).toEqual({ kind: 'accessKey', accessKeyId: 'AKIAEXAMPLEEXAMPLE12' });
  });

  it('resets to the start of the step', async () => {
    const { ws } = workspace();
    ws.markStepStart();
    await ws.call('iam', 'CreateUser', { UserName: 'alice' });
    await ws.resetToStepStart();
    expect(ws.account.users).toEqual({});
  });

  it('saves after changes and never overwrites another tab silently', async () => {
    const store = createMemoryStore();
    const { ws } = workspace(store);
    await ws.call('iam', 'CreateUser', { UserName: 'alice' });
    await ws.save();
    const saved = await store.getWorkspace('sandbox');
    expect(saved?.account.users.alice).toBeDefined();
    // Another tab saves a newer revision.
    const other = structuredClone(saved!);
    other.account.users = {};
    expect(await store.putWorkspace(other)).toMatchObject({ revision: saved!.revision + 1 });
    await ws.call('iam', 'CreateUser', { UserName: 'bob' });
    await ws.save();
    expect(ws.conflictNotice).toMatch(/another tab/);
    expect(ws.account.users).toEqual({});
  });

  it('moves the clock', async () => {
    const { ws } = workspace();
    const before = ws.now();
    await ws.advanceDays(400);
    expect(ws.now() - before).toBe(400 * 24 * 3600 * 1000);
  });
});

describe('changes outside the API', () => {
  it('are queued, saved and announced like calls', async () => {
    const { ws } = workspace();
    const seen: string[] = [];
    ws.onChange((r) => seen.push(r));
    const alias = await ws.changeOutsideApi((account) => (account.alias = 'desk'));
    expect(alias).toBe('desk');
    expect(ws.account.alias).toBe('desk');
    expect(seen).toEqual(['call']);
  });
});
