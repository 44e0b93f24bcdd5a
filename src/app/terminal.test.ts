import { describe, expect, it } from 'vitest';
import { createAccount } from '../core/account/create.ts';
import { fixedEnv } from '../core/account/env.ts';
import { T0 } from '../core/account/testing.ts';
import { createMemoryStore } from '../storage/index.ts';
import type { LabStore } from './ports.ts';
import { pastedLines, TERMINAL_GUIDE, TerminalState, terminalExamples, terminalFor } from './terminal.svelte.ts';
import { Workspace } from './workspace.svelte.ts';

function setup(store: LabStore = createMemoryStore(), id = 'lesson:create-users') {
  const ws = new Workspace(id, { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, store, fixedEnv(T0));
  return { ws, store, term: new TerminalState(ws, store) };
}

describe('TerminalState', () => {
  it('runs aws command lines on the workspace and keeps AWS CLI output and exit codes', async () => {
    const { ws, term } = setup();
    await term.run('aws iam create-user --user-name alice');
    await term.run('aws iam get-user --user-name nobody');
    expect(ws.account.users.alice).toBeDefined();
    const [ok, err] = term.entries;
    expect(ok?.exitCode).toBe(0);
    expect(JSON.parse(ok?.stdout ?? '')).toMatchObject({ User: { UserName: 'alice' } });
    expect(err?.exitCode).toBe(254);
    expect(err?.stderr).toContain('An error occurred (NoSuchEntity) when calling the GetUser operation');
  });

  it('walks the history with the arrow keys and gives back the line being typed', async () => {
    const { term } = setup();
    expect(term.recall(-1, 'x')).toBeUndefined();
    await term.run('aws iam list-users');
    await term.run('aws iam list-groups');
    await term.run('aws iam list-groups'); // a repeat is remembered once
    expect(term.history).toEqual(['aws iam list-users', 'aws iam list-groups']);
    expect(term.recall(1, 'draft')).toBeUndefined();
    expect(term.recall(-1, 'aws s')).toBe('aws iam list-groups');
    expect(term.recall(-1)).toBe('aws iam list-users');
    expect(term.recall(-1)).toBe('aws iam list-users');
    expect(term.recall(1)).toBe('aws iam list-groups');
    expect(term.recall(1)).toBe('aws s');
    expect(term.recall(1)).toBeUndefined();
  });

  it('saves the history per workspace and a new terminal (a reload) gets it back', async () => {
    const store = createMemoryStore();
    const a = setup(store, 'lesson:a');
    await a.term.run('aws iam list-users');
    await a.term.run('clear');
    const b = setup(store, 'lesson:b');
    await b.term.run('aws sts get-caller-identity');
    await store.flush();

    const again = setup(store, 'lesson:a').term;
    await again.load();
    expect(again.history).toEqual(['aws iam list-users', 'clear']);
    expect(again.recall(-1)).toBe('clear');
    const other = setup(store, 'lesson:b').term;
    await other.load();
    expect(other.history).toEqual(['aws sts get-caller-identity']);
  });

  it('help prints the guide; clear and cancel touch the screen only', async () => {
    const { ws, term } = setup();
    await term.run('help');
    expect(term.entries[0]?.stdout).toBe(TERMINAL_GUIDE);
    expect(TERMINAL_GUIDE).toMatch(/Tab/);
    await term.run('aws help');
    expect(term.entries[1]?.stdout).toContain('AVAILABLE SERVICES');
    term.cancel('aws iam delete-user --user-name al');
    expect(term.entries[2]).toMatchObject({ cancelled: true, command: 'aws iam delete-user --user-name al' });
    expect(term.history).not.toContain('aws iam delete-user --user-name al');
    await term.run('clear');
    expect(term.entries).toEqual([]);
    expect(ws.account.events).toHaveLength(0);
  });

  it('runs each line of a paste, joining backslash continuations', async () => {
    const { ws, term } = setup();
    const n = await term.runPasted('aws iam create-user --user-name alice\n\n$ aws iam create-login-profile \\\n  --user-name alice --password First-Login-2026\r\n# a comment\n');
    expect(n).toBe(2);
    expect(term.entries.map((e) => e.exitCode)).toEqual([0, 0]);
    expect(ws.account.users.alice?.loginProfile).toBeDefined();
  });

  it('Tab completes from the registry and the account, and lists several candidates', async () => {
    const { term } = setup();
    await term.run('aws iam create-user --user-name deploy-bot');
    const one = term.tab('aws iam create-access-key --user-name dep', 41);
    expect(one.line).toBe('aws iam create-access-key --user-name deploy-bot ');
    expect(term.listed).toEqual([]);
    const several = term.tab('aws iam list-a', 14);
    expect(several.line).toBe('aws iam list-a');
    expect(term.listed).toContain('list-access-keys');
    expect(term.listed).toContain('list-attached-user-policies');
    await term.run('aws iam list-users');
    expect(term.listed).toEqual([]);
  });

  it('one terminal per workspace', () => {
    const { ws, store } = setup();
    expect(terminalFor(ws, store)).toBe(terminalFor(ws, store));
    expect(terminalFor(setup(store).ws, store)).not.toBe(terminalFor(ws, store));
  });
});

describe('pastedLines', () => {
  it('splits, trims and joins', () => {
    expect(pastedLines('a\r\nb \\\nc\n\n  # x\n$ d\ne \\')).toEqual(['a', 'b  c', 'd', 'e']);
  });
});

describe('terminalExamples', () => {
  it('names things that exist in the account', async () => {
    const { ws } = setup();
    expect(terminalExamples(ws.account)).toContain('aws iam list-users');
    expect(terminalExamples(ws.account).join('\n')).not.toContain('--user-name');
    await ws.cli('aws iam create-user --user-name bob');
    await ws.cli('aws s3api create-bucket --bucket reports');
    const ex = terminalExamples(ws.account);
    expect(ex).toContain('aws iam list-access-keys --user-name bob');
    expect(ex).toContain('aws s3 ls');
  });
});
