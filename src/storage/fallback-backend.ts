/**
 * Keeps the lab working when IndexedDB fails after it opened (quota full, the database closed by another
 * tab's upgrade or by the browser): the first failed operation switches the store to memory. Records
 * written from then on live in memory; records IndexedDB still holds stay readable through it, with
 * this tab's later writes and deletes on top.
 */
import type { Backend } from './backend.ts';
import { memoryBackend } from './memory-backend.ts';
import type { StoreName } from './schema.ts';

/** A Backend that can fall back to memory, and tells when it does. */
export interface FallbackBackend extends Backend {
  /** Why it runs in memory now, or undefined while IndexedDB works. */
  readonly failure: string | undefined;
  /** Switch to memory for this reason (also called by the backend itself on any failed operation). */
  fail(reason: string): void;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

/** What the learner is told when saving stops working part way (the reason is kept for the console). */
export function failureReason(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'Your browser’s storage for IAM Lab is full, so new work lasts only until you close this tab.';
  return 'Your browser stopped letting IAM Lab save, so new work lasts only until you close this tab.';
}

export function withFallback(primary: Backend, onFail: (reason: string) => void = () => undefined): FallbackBackend {
  const memory = memoryBackend();
  const deleted = new Map<StoreName, Set<string>>();
  const cleared = new Set<StoreName>();
  let failure: string | undefined;

  const fail = (reason: string): void => {
    if (failure !== undefined) return;
    failure = reason;
    onFail(reason);
  };
  const hidden = (store: StoreName, key: string) => cleared.has(store) || (deleted.get(store)?.has(key) ?? false);
  const unhide = (store: StoreName, key: string) => deleted.get(store)?.delete(key);

  /** Run on IndexedDB while it works; on its first failure, switch and run the memory version. */
  async function attempt<R>(onPrimary: () => Promise<R>, onMemory: () => Promise<R>): Promise<R> {
    if (failure === undefined) {
      try {
        return await onPrimary();
      } catch (error) {
        // A value IndexedDB cannot copy is a bug in the caller, not a broken browser: let it surface.
        if (errorName(error) === 'DataCloneError') throw error;
        fail(failureReason(error));
      }
    }
    return onMemory();
  }

  async function read(store: StoreName, key: string): Promise<unknown> {
    const mine = await memory.get(store, key);
    if (mine !== undefined || hidden(store, key)) return mine;
    return primary.get(store, key).catch(() => undefined);
  }

  const backend: FallbackBackend = {
    kind: primary.kind,
    get failure() {
      return failure;
    },
    fail,
    get: (store, key) => attempt(() => primary.get(store, key), () => read(store, key)),
    entries: (store) =>
      attempt(
        () => primary.entries(store),
        async () => {
          const out = new Map<string, unknown>();
          if (!cleared.has(store)) for (const [k, x] of await primary.entries(store).catch(() => [])) if (!hidden(store, k)) out.set(k, x);
          for (const [k, x] of await memory.entries(store)) out.set(k, x);
          return [...out];
        },
      ),
    put: (store, key, value) =>
      attempt(
        () => primary.put(store, key, value),
        async () => {
          unhide(store, key);
          await memory.put(store, key, value);
        },
      ),
    putMany: (store, items) =>
      attempt(
        () => primary.putMany(store, items),
        async () => {
          for (const [k] of items) unhide(store, k);
          await memory.putMany(store, items);
        },
      ),
    delete: (store, key) =>
      attempt(
        () => primary.delete(store, key),
        async () => {
          const set = deleted.get(store) ?? new Set();
          set.add(key);
          deleted.set(store, set);
          await memory.delete(store, key);
        },
      ),
    clear: (stores) =>
      attempt(
        () => primary.clear(stores),
        async () => {
          for (const s of stores) cleared.add(s);
          await memory.clear(stores);
        },
      ),
    update: (store, key, decide) =>
      attempt(
        () => primary.update(store, key, decide),
        async () => {
          const { write, result } = decide(await read(store, key));
          if (write !== undefined) {
            unhide(store, key);
            await memory.put(store, key, write);
          }
          return result;
        },
      ),
    close: () => primary.close(),
  };
  return backend;
}
