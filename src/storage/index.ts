/**
 * The lab's storage: `openLabStore()` for the full app (IndexedDB, falling back to memory when the
 * browser will not let it save) and `createMemoryStore()` (tests, the embed entry). Both run the same
 * record logic (lab-store.ts) over a different backend.
 */
import type { LabStore } from '../app/ports.ts';
import { withFallback, type FallbackBackend } from './fallback-backend.ts';
import { openIdbBackend, type IdbOptions } from './idb-backend.ts';
import { createLabStore, type StoreOptions } from './lab-store.ts';
import { memoryBackend } from './memory-backend.ts';

export { CHANNEL_NAME, EXPORT_VERSION } from './lab-store.ts';
export { DB_NAME, DB_VERSION, MIGRATIONS } from './schema.ts';

/** What the learner reads when nothing can be saved. */
export const MEMORY_NOTICE = 'Your browser is not letting IAM Lab save anything, so your work lasts only until you close this tab.';
/** What the learner reads when a newer IAM Lab already upgraded the saved data. */
export const NEWER_VERSION_NOTICE = 'Your work was saved by a newer IAM Lab. Reload the page to use it; until then, work in this tab lasts only until you close it.';

/** Options of `openLabStore`. */
export type OpenOptions = IdbOptions & StoreOptions;

/** A store in memory: nothing is shared with other tabs and nothing survives a reload. */
export function createMemoryStore(options: StoreOptions = {}): LabStore {
  return createLabStore(memoryBackend(), { channelName: null, ...options });
}

function noticeFor(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  return name === 'VersionError' ? NEWER_VERSION_NOTICE : MEMORY_NOTICE;
}

/** The full app's store: IndexedDB when the browser allows it, else memory with a plain notice. */
export async function openLabStore(options: OpenOptions = {}): Promise<LabStore> {
  let fallback: FallbackBackend | undefined;
  try {
    const primary = await openIdbBackend({ ...options, onLost: (reason) => fallback?.fail(reason) });
    fallback = withFallback(primary);
  } catch (error) {
    return createMemoryStore({ ...options, notice: noticeFor(error) });
  }
  return createLabStore(fallback, options);
}
