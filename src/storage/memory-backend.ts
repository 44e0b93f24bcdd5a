/** A Backend in memory: nothing survives a reload. Values are copied in and out, as IndexedDB does. */
import type { Backend } from './backend.ts';
import { STORE_NAMES, type StoreName } from './schema.ts';

export function memoryBackend(): Backend {
  const stores = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((n) => [n, new Map()]));
  const of = (name: StoreName): Map<string, unknown> => {
    const s = stores.get(name);
    if (!s) throw new Error(`unknown object store ${name}`);
    return s;
  };
  return {
    kind: 'memory',
    get: async (store, key) => structuredClone(of(store).get(key)),
    entries: async (store) => [...of(store)].map(([k, x]) => [k, structuredClone(x)]),
    put: async (store, key, value) => void of(store).set(key, structuredClone(value)),
    putMany: async (store, items) => {
      const copies = items.map(([k, x]) => [k, structuredClone(x)] as const);
      for (const [k, x] of copies) of(store).set(k, x);
    },
    delete: async (store, key) => void of(store).delete(key),
    clear: async (names) => names.forEach((n) => of(n).clear()),
    update: async (store, key, decide) => {
      const { write, result } = decide(structuredClone(of(store).get(key)));
      if (write !== undefined) of(store).set(key, structuredClone(write));
      return result;
    },
    close: () => undefined,
  };
}
