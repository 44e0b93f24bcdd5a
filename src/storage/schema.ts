/**
 * The IndexedDB schema, by version. `MIGRATIONS[n]` takes a database from version n to n + 1, so adding
 * version 2 is adding one function to the list; `upgrade` runs every migration after the stored version,
 * in order, inside the one versionchange transaction IndexedDB gives an upgrade.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** The database's name. */
export const DB_NAME = 'iam-lab';

/** The object stores (all keyed out of line, so a hand-edited record can never break a key path). */
export const STORE_NAMES = ['progress', 'workspaces', 'drafts', 'terminal', 'settings', 'meta'] as const;

/** One object store. */
export type StoreName = (typeof STORE_NAMES)[number];

/** The key under which the settings record (and the meta record) is kept. */
export const SINGLE_KEY = 'settings';

/** A database handle as migrations see it. */
export type UpgradeDb = IDBPDatabase<unknown>;
/** The versionchange transaction of an upgrade. */
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One migration: from the version before to the next. May read and rewrite records through `tx`. */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** Version 1: the six object stores. */
const v1: Migration = (db) => {
  for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
};

/** Every migration, in order: index n upgrades version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [v1];

/** The schema version this build writes. */
export const DB_VERSION = MIGRATIONS.length;

/** Run the migrations from `oldVersion` up to `newVersion`, one after another. */
export async function upgrade(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from schema version ${version} to ${version + 1}`);
    await step(db, tx);
  }
  await tx.objectStore('meta').put({ schemaVersion: newVersion, upgradedAt: new Date().toISOString() }, 'schema');
}
