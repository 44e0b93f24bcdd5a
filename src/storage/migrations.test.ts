// Schema migrations: each one run from the version before, a v1 database upgraded by a (test-only) v2,
// and what happens when an upgrade fails or a newer version is already there.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openIdbBackend } from './idb-backend.ts';
import { openLabStore, NEWER_VERSION_NOTICE, MEMORY_NOTICE } from './index.ts';
import { createLabStore } from './lab-store.ts';
import { MIGRATIONS, STORE_NAMES, type Migration } from './schema.ts';
import { progress, uniqueName, workspace } from './test-helpers.ts';

/** A test-only v2: progress records of v1 called hints `hints`; v2 calls them `hintsUsed`. */
const renameHints: Migration = async (_db, tx) => {
  let cursor = await tx.objectStore('progress').openCursor();
  while (cursor) {
    const value = cursor.value as Record<string, unknown>;
    if ('hints' in value) {
      const { hints, ...rest } = value;
      await cursor.update({ ...rest, hintsUsed: hints });
    }
    cursor = await cursor.continue();
  }
};

async function schemaOf(name: string) {
  const db = await openDB(name);
  const out = { version: db.version, stores: [...db.objectStoreNames].sort(), meta: await db.get('meta', 'schema') };
  db.close();
  return out;
}

describe('migrations', () => {
  it('runs each migration from the version before', async () => {
    for (let to = 1; to <= MIGRATIONS.length; to++) {
      const name = uniqueName();
      if (to > 1) (await openIdbBackend({ name, migrations: MIGRATIONS.slice(0, to - 1) })).close();
      (await openIdbBackend({ name, migrations: MIGRATIONS.slice(0, to) })).close();
      const schema = await schemaOf(name);
      expect(schema.version).toBe(to);
      expect(schema.stores).toEqual([...STORE_NAMES].sort());
      expect(schema.meta).toMatchObject({ schemaVersion: to });
    }
  });

  it('upgrades a v1 database with its data to v2 by adding one function', async () => {
    const name = uniqueName();
    const v1 = await openIdbBackend({ name });
    await v1.put('progress', 'groups', { lessonId: 'groups', status: { a: 'passed' }, hints: { a: 2 } });
    await v1.put('workspaces', 'sandbox', workspace('sandbox', 3));
    v1.close();

    const v2 = await openIdbBackend({ name, migrations: [...MIGRATIONS, renameHints] });
    const store = createLabStore(v2, { channelName: null });
    expect(await store.getProgress('groups')).toMatchObject({ lessonId: 'groups', status: { a: 'passed' }, hintsUsed: { a: 2 } });
    expect(await store.getWorkspace('sandbox')).toMatchObject({ revision: 3 });
    v2.close();
    expect((await schemaOf(name)).meta).toMatchObject({ schemaVersion: 2 });
  });

  it('leaves the database as it was when a migration fails, and the lab runs in memory', async () => {
    const name = uniqueName();
    const v1 = await openIdbBackend({ name });
    await v1.put('progress', 'groups', progress('groups', ['a']));
    v1.close();
    const broken: Migration = () => {
      throw new Error('bug in v2');
    };
    const store = await openLabStore({ name, migrations: [...MIGRATIONS, broken] });
    expect(store.mode).toBe('memory');
    expect(store.notice).toBe(MEMORY_NOTICE);
    const after = await openIdbBackend({ name });
    expect(await after.get('progress', 'groups')).toEqual(progress('groups', ['a']));
    after.close();
  });

  it('runs in memory, saying why, when a newer IAM Lab already upgraded the database', async () => {
    const name = uniqueName();
    (await openIdbBackend({ name, migrations: [...MIGRATIONS, renameHints] })).close();
    const store = await openLabStore({ name });
    expect(store.mode).toBe('memory');
    expect(store.notice).toBe(NEWER_VERSION_NOTICE);
  });
});
