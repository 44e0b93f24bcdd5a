// The LabStore contract, run on both implementations: memory and IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabStore } from '../app/ports.ts';
import type { Backend } from './backend.ts';
import { withFallback } from './fallback-backend.ts';
import { openIdbBackend } from './idb-backend.ts';
import { createLabStore, type StoreOptions } from './lab-store.ts';
import { memoryBackend } from './memory-backend.ts';
import { progress, uniqueName, workspace } from './test-helpers.ts';

interface Harness {
  store: LabStore;
  backend: Backend;
  /** Another store over the same data, as after a reload. */
  reopen(options?: StoreOptions): Promise<LabStore>;
}

const opened: Backend[] = [];
afterEach(() => {
  opened.splice(0).forEach((b) => b.close());
});

const kinds: [string, (options?: StoreOptions) => Promise<Harness>][] = [
  [
    'memory',
    async (options) => {
      const backend = memoryBackend();
      return { backend, store: createLabStore(backend, { channelName: null, ...options }), reopen: async (o) => createLabStore(backend, { channelName: null, ...o }) };
    },
  ],
  [
    'indexeddb',
    async (options) => {
      const name = uniqueName();
      const channelName = uniqueName('channel');
      const open = async () => {
        const b = withFallback(await openIdbBackend({ name }));
        opened.push(b);
        return b;
      };
      const backend = await open();
      return { backend, store: createLabStore(backend, { channelName, ...options }), reopen: async (o) => createLabStore(await open(), { channelName, ...o }) };
    },
  ],
];

describe.each(kinds)('LabStore on %s', (kind, make) => {
  it('reports its mode', async () => {
    const { store } = await make();
    expect(store.mode).toBe(kind);
    expect(store.notice).toBeUndefined();
  });

  it('keeps progress per lesson, listed in lesson order', async () => {
    const { store, reopen } = await make();
    await store.putProgress(progress('groups', ['a']));
    await store.putProgress(progress('create-users', ['a', 'b']));
    expect(await store.getProgress('nope')).toBeUndefined();
    const again = await reopen();
    expect((await again.listProgress()).map((p) => p.lessonId)).toEqual(['create-users', 'groups']);
    expect(await again.getProgress('create-users')).toEqual(progress('create-users', ['a', 'b']));
  });

  it('saves workspaces with revisions, and refuses a save based on an older revision', async () => {
    const { store, reopen } = await make();
    const first = await store.putWorkspace(workspace('sandbox', 0));
    expect(first).toMatchObject({ id: 'sandbox', revision: 1 });
    // Another tab saved revision 1 → 2 meanwhile.
    const other = await reopen();
    const second = await other.putWorkspace({ ...workspace('sandbox', 1), actingAs: 'user/alice' });
    expect(second).toMatchObject({ revision: 2 });
    // This tab still thinks it is at revision 1: conflict, with the other tab's record.
    const stale = await store.putWorkspace(workspace('sandbox', 1));
    expect(stale).toMatchObject({ conflict: true, current: { revision: 2, actingAs: 'user/alice' } });
    expect(await store.getWorkspace('sandbox')).toMatchObject({ revision: 2, actingAs: 'user/alice' });
    // Saving on top of the current revision works.
    expect(await store.putWorkspace(workspace('sandbox', 2))).toMatchObject({ revision: 3 });
    await store.deleteWorkspace('sandbox');
    expect(await store.getWorkspace('sandbox')).toBeUndefined();
  });

  it('debounces drafts (read back at once, written by flush) and writes terminal history at once', async () => {
    const { store, reopen } = await make({ debounceMs: 10_000 });
    await store.putDraft({ id: 'sandbox:policy', text: '{"Version":', updatedAt: 'x' });
    await store.putTerminalHistory({ workspaceId: 'sandbox', lines: ['aws iam list-users'] });
    expect(await store.getDraft('sandbox:policy')).toMatchObject({ text: '{"Version":' });
    // The draft has not reached the backend yet; the terminal line has (a page closed now keeps it).
    const before = await reopen();
    expect(await before.getDraft('sandbox:policy')).toBeUndefined();
    expect((await before.getTerminalHistory('sandbox')).lines).toEqual(['aws iam list-users']);
    await store.flush();
    const after = await reopen();
    expect(await after.getDraft('sandbox:policy')).toMatchObject({ text: '{"Version":' });
  });

  it('writes a debounced value by itself after the delay', async () => {
    const { store, reopen } = await make({ debounceMs: 5 });
    await store.putDraft({ id: 'w', text: 'one', updatedAt: 'x' });
    await store.putDraft({ id: 'w', text: 'one two', updatedAt: 'x' });
    await new Promise((r) => setTimeout(r, 40));
    await store.flush(); // waits for the write already under way
    expect(await (await reopen()).getDraft('w')).toMatchObject({ text: 'one two' });
  });

  it('keeps only the newest terminal lines', async () => {
    const { store } = await make();
    const lines = Array.from({ length: 700 }, (_, i) => `line ${i}`);
    await store.putTerminalHistory({ workspaceId: 'w', lines });
    await store.flush();
    const h = await store.getTerminalHistory('w');
    expect(h.lines).toHaveLength(500);
    expect(h.lines[0]).toBe('line 200');
  });

  it('has default settings, saves them, and keeps them through resetAll', async () => {
    const { store } = await make();
    expect(await store.getSettings()).toEqual({ theme: 'system', showCliEcho: true });
    await store.putSettings({ theme: 'dark', showCliEcho: false });
    await store.putProgress(progress('groups', ['a']));
    await store.putWorkspace(workspace('sandbox'));
    await store.putDraft({ id: 'd', text: 't', updatedAt: '' });
    await store.putTerminalHistory({ workspaceId: 'sandbox', lines: ['x'] });
    await store.resetAll();
    expect(await store.getSettings()).toEqual({ theme: 'dark', showCliEcho: false });
    expect(await store.listProgress()).toEqual([]);
    expect(await store.getWorkspace('sandbox')).toBeUndefined();
    expect(await store.getDraft('d')).toBeUndefined();
    expect((await store.getTerminalHistory('sandbox')).lines).toEqual([]);
  });

  it('exports, resets and imports progress back (through JSON text, as a file would)', async () => {
    const { store } = await make({ now: () => new Date('2026-03-01T00:00:00Z') });
    const mine = [progress('create-users', ['a', 'b']), { ...progress('secure-root', ['x']), hintsUsed: { x: 2 }, completedAt: '2026-02-02T00:00:00.000Z' }];
    for (const p of mine) await store.putProgress(p);
    const file = JSON.stringify(await store.exportProgress());
    expect(JSON.parse(file)).toMatchObject({ format: 'iam-lab-progress', version: 1, exportedAt: '2026-03-01T00:00:00.000Z' });
    await store.resetAll();
    expect(await store.listProgress()).toEqual([]);
    const preview = await store.previewImport(file);
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    expect(preview.changes.map((c) => [c.lessonId, c.action])).toEqual([
      ['create-users', 'add'],
      ['secure-root', 'add'],
    ]);
    expect(await store.listProgress()).toEqual([]); // a preview changes nothing
    await store.importProgress(preview.progress);
    expect(await store.listProgress()).toEqual(mine);
  });

  it('merges an import per lesson: more passed steps win, then the newer', async () => {
    const { store } = await make();
    await store.putProgress(progress('ahead-here', ['a', 'b']));
    await store.putProgress(progress('ahead-there', ['a']));
    await store.putProgress(progress('tie-newer-there', ['a'], '2026-02-01T00:00:00.000Z'));
    await store.putProgress(progress('tie-newer-here', ['a'], '2026-02-05T00:00:00.000Z'));
    const incoming = [
      progress('ahead-here', ['a'], '2027-01-01T00:00:00.000Z'),
      progress('ahead-there', ['a', 'b', 'c']),
      progress('tie-newer-there', ['z'], '2026-02-03T00:00:00.000Z'),
      progress('tie-newer-here', ['z'], '2026-02-03T00:00:00.000Z'),
      progress('new-lesson', []),
    ];
    const preview = await store.previewImport({ format: 'iam-lab-progress', version: 1, exportedAt: '', progress: incoming });
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    expect(Object.fromEntries(preview.changes.map((c) => [c.lessonId, c.action]))).toEqual({
      'ahead-here': 'keep',
      'ahead-there': 'replace',
      'tie-newer-there': 'replace',
      'tie-newer-here': 'keep',
      'new-lesson': 'add',
    });
    await store.importProgress(preview.progress);
    const after = Object.fromEntries((await store.listProgress()).map((p) => [p.lessonId, Object.keys(p.status)]));
    expect(after).toEqual({ 'ahead-here': ['a', 'b'], 'ahead-there': ['a', 'b', 'c'], 'tie-newer-there': ['z'], 'tie-newer-here': ['a'], 'new-lesson': [] });
  });

  it('drops an invalid stored workspace with the reason instead of crashing', async () => {
    const { store, backend } = await make();
    const bad = workspace('lesson:groups');
    (bad.account.root as unknown as Record<string, unknown>).arn = 42;
    await backend.put('workspaces', 'lesson:groups', bad);
    expect(await store.getWorkspace('lesson:groups')).toBeUndefined();
    expect(store.dropped()).toEqual([{ store: 'workspaces', key: 'lesson:groups', dropped: 'record', reason: 'account.root.arn: expected a string' }]);
    // The app may start over on the same id: the broken record is no conflict.
    expect(await store.putWorkspace(workspace('lesson:groups'))).toMatchObject({ revision: 1 });
  });

  it('lists progress without the records it cannot restore', async () => {
    const { store, backend } = await make();
    await backend.put('progress', 'good', progress('good', ['a']));
    await backend.put('progress', 'no-id', { stepIndex: 2 });
    await backend.put('progress', 'bad-status', { ...progress('bad-status', ['a']), status: { a: 'won' } });
    await backend.put('progress', 'moved', progress('elsewhere', []));
    const list = await store.listProgress();
    expect(list.map((p) => p.lessonId)).toEqual(['bad-status', 'good']);
    expect(list[0]?.status).toEqual({}); // reset to its default
    const dropped = store.dropped().map((d) => `${d.key} ${d.dropped}: ${d.reason}`);
    expect(dropped.sort()).toEqual([
      'bad-status status: status.a: expected "pending", "passed" or "passed-with-help" (reset to its default)',
      'moved record: lessonId: "elsewhere" does not match its key',
      'no-id record: lessonId: missing',
    ]);
  });
});

describe('cross-tab changes', () => {
  it('delivers other tabs’ changes (store and key), never this tab’s own', async () => {
    const name = uniqueName();
    const channelName = uniqueName('channel');
    const a = createLabStore(withFallback(await openIdbBackend({ name })), { channelName, debounceMs: 1 });
    const b = createLabStore(withFallback(await openIdbBackend({ name })), { channelName });
    const seenA: string[] = [];
    const seenB: string[] = [];
    a.subscribe((c) => seenA.push(`${c.store}:${c.key}`));
    const stop = b.subscribe((c) => seenB.push(`${c.store}:${c.key}`));
    await a.putProgress(progress('groups', []));
    await a.putWorkspace(workspace('sandbox'));
    await a.putTerminalHistory({ workspaceId: 'sandbox', lines: ['x'] });
    await a.flush();
    await a.putSettings({ theme: 'light', showCliEcho: true });
    for (let i = 0; i < 50 && seenB.length < 4; i++) await new Promise((r) => setTimeout(r, 5));
    expect(seenB).toEqual(['progress:groups', 'workspaces:sandbox', 'terminal:sandbox', 'settings:settings']);
    expect(seenA).toEqual([]);
    stop();
    await a.resetAll();
    await new Promise((r) => setTimeout(r, 20));
    expect(seenB).toHaveLength(4); // unsubscribed
    expect((await b.getWorkspace('sandbox'))).toBeUndefined();
  });
});
