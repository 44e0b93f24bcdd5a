/**
 * The IndexedDB Backend, through idb. Opening runs the migrations (schema.ts); an open that stays blocked
 * (another tab holds an older version open and will not let go) gives up after `timeoutMs` so the lab can
 * start in memory instead of hanging. When another tab upgrades the schema, this tab closes its
 * connection so the upgrade can go on; its later writes then fail and the fallback layer takes over.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Backend } from './backend.ts';
import { DB_NAME, MIGRATIONS, upgrade, type Migration, type StoreName } from './schema.ts';

/** How to open the database. */
export interface IdbOptions {
  name?: string;
  /** The migrations to run (tests pass a longer list to prove the machinery). */
  migrations?: readonly Migration[];
  /** Give up opening after this long (blocked by another tab, or a browser that never answers). */
  timeoutMs?: number;
  /** Called when this connection stops being usable (another tab upgraded, or the browser closed it). */
  onLost?: (reason: string) => void;
}

/** Open the database, or reject with the reason it cannot be used. */
export async function openIdbBackend(options: IdbOptions = {}): Promise<Backend> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('IndexedDB is not available in this browser');
  const migrations = options.migrations ?? MIGRATIONS;
  const name = options.name ?? DB_NAME;
  let timedOut = false;
  const opening = openDB(name, migrations.length, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failed migration aborts the upgrade; the open then rejects, which is what we report.
      tx.done.catch(() => undefined);
      upgrade(db, oldVersion, newVersion ?? migrations.length, tx, migrations).catch(() => tx.abort());
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      options.onLost?.('IAM Lab was updated in another tab. Reload this tab to keep saving your work.');
    },
    terminated() {
      options.onLost?.('The browser closed IAM Lab’s storage. Reload the page to keep saving your work.');
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error('IndexedDB did not open in time (another tab may be holding an older version open)'));
    }, options.timeoutMs ?? 4000);
  });
  // An open that finishes after we gave up must not stay open and block others.
  opening.then((late) => timedOut && late.close(), () => undefined);
  let db: IDBPDatabase;
  try {
    db = await Promise.race([opening, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return idbBackend(db);
}

function idbBackend(db: IDBPDatabase): Backend {
  return {
    kind: 'indexeddb',
    get: (store, key) => db.get(store, key),
    async entries(store) {
      const tx = db.transaction(store, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((k, i) => [String(k), values[i]]);
    },
    put: async (store, key, value) => void (await db.put(store, value, key)),
    async putMany(store, items) {
      const tx = db.transaction(store, 'readwrite');
      await Promise.all([...items.map(([k, x]) => tx.store.put(x, k)), tx.done]);
    },
    delete: (store, key) => db.delete(store, key),
    async clear(stores: readonly StoreName[]) {
      const tx = db.transaction([...stores], 'readwrite');
      await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
    },
    async update(store, key, decide) {
      const tx = db.transaction(store, 'readwrite');
      const { write, result } = decide(await tx.store.get(key));
      if (write !== undefined) await tx.store.put(write, key);
      await tx.done;
      return result;
    },
    close: () => db.close(),
  };
}
