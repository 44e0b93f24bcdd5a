import { describe, expect, it } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { DAY_MS, fixedEnv } from '../../core/account/env.ts';
import { T0 } from '../../core/account/testing.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { credentialReportView } from './credential-report-view.ts';
import { navItems, pageTitle } from './nav.ts';

describe('credential report page', () => {
  it('decodes the report the account generates and lists each user with their key dates', async () => {
    const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 - 400 * DAY_MS }), actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
    expect((await ws.call('iam', 'CreateUser', { UserName: 'deploy-bot' }, 'console')).ok).toBe(true);
    expect((await ws.call('iam', 'CreateAccessKey', { UserName: 'deploy-bot' }, 'console')).ok).toBe(true);
    expect((await ws.call('iam', 'GenerateCredentialReport', {}, 'console')).ok).toBe(true);
    const r = await ws.call('iam', 'GetCredentialReport', {}, 'console');
    if (!r.ok) throw new Error(r.error.message);
    const view = credentialReportView((r.value as { Content: string }).Content);
    expect(view?.users).toEqual(['<root_account>', 'deploy-bot']);
    const field = (name: string) => view?.fields.find((f) => f.name === name)?.values;
    expect(field('access_key_1_active')).toEqual(['false', 'true']);
    expect(field('access_key_1_last_rotated')?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(field('access_key_1_last_used_date')?.[1]).toBe('N/A');
    expect(view?.fields.map((f) => f.name)).not.toContain('user');
  });

  it('refuses what is not a report', () => {
    expect(credentialReportView('not base64!')).toBeUndefined();
    expect(credentialReportView(btoa('name,arn\nx,y\n'))).toBeUndefined();
  });

  it('has its own entry in the side menu, for every user', () => {
    const items = navItems({ page: 'credential-report' }, false);
    expect(items.filter((i) => i.current).map((i) => i.label)).toEqual(['Credential report']);
    expect(pageTitle({ page: 'credential-report' })).toBe('Credential report');
  });
});
