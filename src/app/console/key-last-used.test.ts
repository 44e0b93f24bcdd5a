import { describe, expect, it, vi } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv } from '../../core/account/env.ts';
import { T0 } from '../../core/account/testing.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { consoleFor } from './console-state.svelte.ts';

describe("a user's Security credentials tab", () => {
  it('asks GetAccessKeyLastUsed for each key, as the IAM console does, and other tabs do not', async () => {
    const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
    const c = consoleFor(ws);
    await ws.call('iam', 'CreateUser', { UserName: 'deploy-bot' }, 'api');
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await ws.call('iam', 'CreateAccessKey', { UserName: 'deploy-bot' }, 'api');
      if (!r.ok) throw new Error(r.error.message);
      ids.push((r.value as { AccessKey: { AccessKeyId: string } }).AccessKey.AccessKeyId);
    }
    const lookups = () => ws.account.events.filter((e) => e.eventName === 'GetAccessKeyLastUsed');

    c.go({ page: 'user', name: 'deploy-bot', tab: 'permissions' });
    await new Promise((r) => setTimeout(r, 20));
    expect(lookups()).toHaveLength(0);

    c.go({ page: 'user', name: 'deploy-bot', tab: 'security-credentials' });
    await vi.waitFor(() => expect(lookups()).toHaveLength(2));
    expect(lookups().map((e) => e.requestParameters.AccessKeyId)).toEqual(ids);
    expect(lookups().every((e) => e.via === 'console' && e.allowed)).toBe(true);
  });
});
