/**
 * What the record logic (lab-store.ts) needs from a place to keep values: a few key-value operations per
 * object store. Values come back untrusted (`unknown`); the record logic restores them. Two backends
 * implement it: IndexedDB (idb-backend.ts) and memory (memory-backend.ts).
 */
import type { StoreName } from './schema.ts';

/** Where records are kept. Every method may reject (quota, a closed database); callers handle that. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: string): Promise<unknown>;
  /** Every key and value of a store. */
  entries(store: StoreName): Promise<[string, unknown][]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  /** Write several values to one store in one transaction. */
  putMany(store: StoreName, items: [string, unknown][]): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /** Empty the given stores in one transaction. */
  clear(stores: readonly StoreName[]): Promise<void>;
  /**
   * Read one value and decide, in one transaction, whether to write a new one: `decide` gets the current
   * value and returns `{ write }` to store it, plus a result handed back to the caller.
   */
  update<R>(store: StoreName, key: string, decide: (current: unknown) => { write?: unknown; result: R }): Promise<R>;
  close(): void;
}
