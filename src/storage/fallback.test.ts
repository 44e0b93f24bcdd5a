// When IndexedDB is missing, refuses to open, stays blocked, or fails part way, the lab still works in
// memory and says so.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from './backend.ts';
import { withFallback } from './fallback-backend.ts';
import { openIdbBackend } from './idb-backend.ts';
import { MEMORY_NOTICE, openLabStore } from './index.ts';
import { createLabStore } from './lab-store.ts';
import { memoryBackend } from './memory-backend.ts';
import { MIGRATIONS, type Migration } from './schema.ts';
import { progress, uniqueName, workspace } from './test-helpers.ts';
import type { LabStore } from '../app/ports.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The store still does its job. */
async function works(store: LabStore) {
  await store.putProgress(progress('groups', ['a']));
  expect(await store.getProgress('groups')).toEqual(progress('groups', ['a']));
  expect(await store.putWorkspace(workspace('sandbox'))).toMatchObject({ revision: 1 });
}

describe('falling back to memory', () => {
  it('when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openLabStore({ name: uniqueName() });
    expect(store.mode).toBe('memory');
    expect(store.notice).toBe(MEMORY_NOTICE);
    await works(store);
  });

  it('when indexedDB.open throws (private windows, SecurityError)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await openLabStore({ name: uniqueName() });
    expect(store.mode).toBe('memory');
    expect(store.notice).toBe(MEMORY_NOTICE);
    await works(store);
  });

  it('when the open stays blocked by another tab holding an older version', async () => {
    const name = uniqueName();
    (await openIdbBackend({ name })).close();
    // A raw connection that ignores "versionchange", as an old tab might.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const v2: Migration = () => undefined;
    const started = Date.now();
    const store = await openLabStore({ name, migrations: [...MIGRATIONS, v2], timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(store.mode).toBe('memory');
    await works(store);
    old.close();
  });

  it('when writes start failing (quota): new work stays in memory, older records stay readable', async () => {
    const primary = memoryBackend();
    await primary.put('progress', 'groups', progress('groups', ['a']));
    await primary.put('progress', 'roles', progress('roles', ['a']));
    let full = false;
    const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const flaky: Backend = { ...primary, kind: 'indexeddb', put: (s, k, x) => (full ? quota() : primary.put(s, k, x)), update: (s, k, d) => (full ? quota() : primary.update(s, k, d)), delete: (s, k) => (full ? quota() : primary.delete(s, k)) };
    const store = createLabStore(withFallback(flaky), { channelName: null });
    expect(store.mode).toBe('indexeddb');
    full = true;
    await store.putProgress(progress('groups', ['a', 'b']));
    expect(store.mode).toBe('memory');
    expect(store.notice).toMatch(/storage for IAM Lab is full/);
    expect(Object.keys((await store.getProgress('groups'))?.status ?? {})).toEqual(['a', 'b']);
    expect((await store.listProgress()).map((p) => p.lessonId)).toEqual(['groups', 'roles']);
    // A workspace save and a delete keep working on top of what IndexedDB still holds.
    await primary.put('workspaces', 'sandbox', workspace('sandbox', 1));
    expect(await store.putWorkspace(workspace('sandbox', 0))).toMatchObject({ conflict: true });
    expect(await store.putWorkspace(workspace('sandbox', 1))).toMatchObject({ revision: 2 });
    await store.deleteWorkspace('sandbox');
    expect(await store.getWorkspace('sandbox')).toBeUndefined();
    await store.resetAll();
    expect(await store.listProgress()).toEqual([]);
  });

  it('does not mistake a caller’s uncloneable value for a broken browser', async () => {
    const primary = memoryBackend();
    const store = createLabStore(withFallback({ ...primary, kind: 'indexeddb' }), { channelName: null });
    await expect(store.putWorkspace({ ...workspace('sandbox'), actingAs: (() => 'root') as unknown as string })).rejects.toThrow();
    expect(store.mode).toBe('indexeddb');
  });
});
