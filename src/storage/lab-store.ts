/**
 * The record logic of the LabStore, written once over a Backend (IndexedDB or memory): restore on every
 * read, revision checks on workspace saves, debounced writes of drafts, immediate writes of terminal history, progress
 * export / preview / merge, reset, and the cross-tab channel.
 */
import {
  TERMINAL_HISTORY_LIMIT,
  type DroppedRecord,
  type ExternalChange,
  type LabStore,
  type LessonProgress,
  type ProgressExport,
  type SaveConflict,
  type SettingsRecord,
  type TerminalHistoryRecord,
  type WorkspaceRecord,
} from '../app/ports.ts';
import type { Backend } from './backend.ts';
import { validateProgressFile } from './import-file.ts';
import { incomingWins, planImport } from './merge.ts';
import { restoreDraft, restoreProgress, restoreSettings, restoreTerminalHistory, restoreWorkspace, type RestoreReport } from './restore.ts';
import { SINGLE_KEY, type StoreName } from './schema.ts';

/** The stores other tabs hear about (all but meta). */
type PublicStore = ExternalChange['store'];

/** The version of the progress export format this build writes (and the newest it reads). */
export const EXPORT_VERSION = 1;

/** The name of the BroadcastChannel every tab of the lab shares. */
export const CHANNEL_NAME = 'iam-lab';

/** How the shared record logic runs. */
export interface StoreOptions {
  /** Delay before a debounced write (drafts). */
  debounceMs?: number;
  /** The cross-tab channel's name; null for none (memory stores: nothing is shared). */
  channelName?: string | null;
  /** Why the store runs in memory, for the learner. */
  notice?: string;
  /** The real clock, for `exportedAt` and missing `updatedAt`. */
  now?: () => Date;
}

/** A backend that may have switched to memory after a failure (fallback-backend.ts). */
type MaybeFailing = Backend & { readonly failure?: string | undefined };

/** What travels on the channel. */
interface ChannelMessage {
  source: string;
  store: PublicStore;
  key: string;
}

const PUBLIC_STORES: readonly PublicStore[] = ['progress', 'workspaces', 'drafts', 'terminal', 'settings'];

function isChannelMessage(x: unknown): x is ChannelMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return typeof m.source === 'string' && typeof m.key === 'string' && PUBLIC_STORES.includes(m.store as PublicStore);
}

/** A plain copy of a small record (drops Svelte proxies and functions, which IndexedDB cannot clone). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

interface Pending {
  store: StoreName;
  key: string;
  value: unknown;
  timer: ReturnType<typeof setTimeout>;
}

/** The LabStore over a backend. */
export function createLabStore(backend: MaybeFailing, options: StoreOptions = {}): LabStore {
  const debounceMs = options.debounceMs ?? 400;
  const now = options.now ?? (() => new Date());
  const source = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const listeners = new Set<(change: ExternalChange) => void>();
  const pending = new Map<string, Pending>();
  const inflight = new Set<Promise<unknown>>();
  const dropped = new Map<string, DroppedRecord>();

  const channelName = options.channelName === undefined ? CHANNEL_NAME : options.channelName;
  const channel = channelName !== null && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : undefined;
  if (channel) {
    // In Node (tests) an open channel would keep the process alive; browsers have no unref.
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent) => {
      const m: unknown = event.data;
      if (!isChannelMessage(m) || m.source === source) return;
      for (const l of listeners) l({ store: m.store, key: m.key });
    };
  }

  const announce = (store: PublicStore, key: string): void => channel?.postMessage({ source, store, key } satisfies ChannelMessage);

  const reporter =
    (store: PublicStore, key: string): RestoreReport =>
    (problem) => {
      dropped.set(`${store}\u0000${key}\u0000${problem.dropped}`, { store, key, dropped: problem.dropped, reason: problem.reason });
    };

  /** Keep track of a write so flush() can wait for it. */
  function track<T>(p: Promise<T>): Promise<T> {
    inflight.add(p);
    const done = () => inflight.delete(p);
    p.then(done, done);
    return p;
  }

  async function write(store: PublicStore, key: string, value: unknown): Promise<void> {
    await track(backend.put(store, key, value));
    announce(store, key);
  }

  const pendingKey = (store: StoreName, key: string) => `${store}\u0000${key}`;

  function schedule(store: PublicStore, key: string, value: unknown): void {
    const id = pendingKey(store, key);
    const before = pending.get(id);
    if (before) clearTimeout(before.timer);
    const timer = setTimeout(() => {
      pending.delete(id);
      void write(store, key, value);
    }, debounceMs);
    pending.set(id, { store, key, value, timer });
  }

  /** The value waiting to be written, or the stored one. */
  async function read(store: StoreName, key: string): Promise<unknown> {
    const waiting = pending.get(pendingKey(store, key));
    return waiting ? structuredClone(waiting.value) : backend.get(store, key);
  }

  async function listProgress(): Promise<LessonProgress[]> {
    const out: LessonProgress[] = [];
    for (const [key, raw] of await backend.entries('progress')) {
      const p = restoreProgress(raw, reporter('progress', key));
      if (p && p.lessonId === key) out.push(p);
      else if (p) reporter('progress', key)({ dropped: 'record', reason: `lessonId: "${p.lessonId}" does not match its key` });
    }
    return out.sort((a, b) => a.lessonId.localeCompare(b.lessonId));
  }

  function cancelPending(): void {
    for (const p of pending.values()) clearTimeout(p.timer);
    pending.clear();
  }

  const store: LabStore = {
    get mode() {
      return backend.kind === 'memory' || backend.failure !== undefined ? 'memory' : 'indexeddb';
    },
    get notice() {
      return backend.failure ?? options.notice;
    },

    listProgress,
    async getProgress(lessonId) {
      const raw = await backend.get('progress', lessonId);
      if (raw === undefined) return undefined;
      const p = restoreProgress(raw, reporter('progress', lessonId));
      return p && p.lessonId === lessonId ? p : undefined;
    },
    putProgress: (p) => write('progress', p.lessonId, plain(p)),

    async getWorkspace(id) {
      const raw = await backend.get('workspaces', id);
      if (raw === undefined) return undefined;
      const w = restoreWorkspace(raw, reporter('workspaces', id));
      return w && w.id === id ? w : undefined;
    },
    async putWorkspace(w): Promise<WorkspaceRecord | SaveConflict> {
      const result = await track(
        backend.update<WorkspaceRecord | SaveConflict>('workspaces', w.id, (raw) => {
          const current = raw === undefined ? undefined : restoreWorkspace(raw, reporter('workspaces', w.id));
          if (current && current.revision !== w.revision) return { result: { conflict: true, current } };
          const saved: WorkspaceRecord = { ...w, revision: w.revision + 1, updatedAt: w.updatedAt || now().toISOString() };
          return { write: saved, result: saved };
        }),
      );
      if (!('conflict' in result)) announce('workspaces', w.id);
      return result;
    },
    async deleteWorkspace(id) {
      await track(backend.delete('workspaces', id));
      announce('workspaces', id);
    },

    async getDraft(id) {
      const raw = await read('drafts', id);
      if (raw === undefined) return undefined;
      const d = restoreDraft(raw, reporter('drafts', id));
      return d && d.id === id ? d : undefined;
    },
    putDraft: async (d) => schedule('drafts', d.id, plain(d)),

    async getTerminalHistory(workspaceId): Promise<TerminalHistoryRecord> {
      const raw = await read('terminal', workspaceId);
      const h = raw === undefined ? undefined : restoreTerminalHistory(raw, reporter('terminal', workspaceId));
      return h && h.workspaceId === workspaceId ? h : { workspaceId, lines: [] };
    },
    // One write per command, at once: a debounced write could still be waiting when the page is closed.
    putTerminalHistory: async (h) => write('terminal', h.workspaceId, { ...plain(h), lines: h.lines.slice(-TERMINAL_HISTORY_LIMIT) }),

    getSettings: async () => restoreSettings(await backend.get('settings', SINGLE_KEY), reporter('settings', SINGLE_KEY)),
    putSettings: (s: SettingsRecord) => write('settings', SINGLE_KEY, plain(s)),

    async exportProgress(): Promise<ProgressExport> {
      return { format: 'iam-lab-progress', version: EXPORT_VERSION, exportedAt: now().toISOString(), progress: await listProgress() };
    },
    async previewImport(data) {
      const checked = validateProgressFile(data, EXPORT_VERSION);
      if (!checked.ok) return checked;
      return { ok: true, progress: checked.progress, changes: planImport(await listProgress(), checked.progress) };
    },
    async importProgress(progress) {
      const here = new Map((await listProgress()).map((p) => [p.lessonId, p]));
      const winners: [string, unknown][] = [];
      for (const raw of progress) {
        const p = restoreProgress(plain(raw));
        if (!p || !incomingWins(here.get(p.lessonId), p)) continue;
        here.set(p.lessonId, p);
        winners.push([p.lessonId, p]);
      }
      if (winners.length === 0) return;
      await track(backend.putMany('progress', winners));
      for (const [key] of winners) announce('progress', key);
    },
    async resetAll() {
      cancelPending();
      await Promise.allSettled([...inflight]);
      const cleared: PublicStore[] = ['progress', 'workspaces', 'drafts', 'terminal'];
      const keys = await Promise.all(cleared.map(async (s) => (await backend.entries(s)).map(([k]) => k)));
      await track(backend.clear(cleared));
      cleared.forEach((s, i) => keys[i]?.forEach((k) => announce(s, k)));
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async flush() {
      const all = [...pending.values()];
      cancelPending();
      await Promise.all(all.map((p) => write(p.store as PublicStore, p.key, p.value)));
      await Promise.allSettled([...inflight]);
    },
    dropped: () => [...dropped.values()],
  };
  return store;
}
