/** A minimal LabStore for tests of the app layer (the real ones live in src/storage). */
import type { DraftRecord, ExternalChange, LabStore, LessonProgress, ProgressExport, SettingsRecord, TerminalHistoryRecord, WorkspaceRecord } from './ports.ts';

export function fakeStore(): LabStore & { workspaces: Map<string, WorkspaceRecord>; progress: Map<string, LessonProgress> } {
  const workspaces = new Map<string, WorkspaceRecord>();
  const progress = new Map<string, LessonProgress>();
  const drafts = new Map<string, DraftRecord>();
  const terminal = new Map<string, TerminalHistoryRecord>();
  let settings: SettingsRecord = { theme: 'system', showCliEcho: true };
  const listeners = new Set<(c: ExternalChange) => void>();
  return {
    mode: 'memory',
    workspaces,
    progress,
    listProgress: async () => [...progress.values()],
    getProgress: async (id) => progress.get(id),
    putProgress: async (p) => void progress.set(p.lessonId, structuredClone(p)),
    getWorkspace: async (id) => structuredClone(workspaces.get(id)),
    putWorkspace: async (w) => {
      const current = workspaces.get(w.id);
      if (current && current.revision !== w.revision) return { conflict: true, current: structuredClone(current) };
      const saved = { ...structuredClone(w), revision: w.revision + 1 };
      workspaces.set(w.id, saved);
      return saved;
    },
    deleteWorkspace: async (id) => void workspaces.delete(id),
    getDraft: async (id) => drafts.get(id),
    putDraft: async (d) => void drafts.set(d.id, d),
    getTerminalHistory: async (id) => terminal.get(id) ?? { workspaceId: id, lines: [] },
    putTerminalHistory: async (h) => void terminal.set(h.workspaceId, h),
    getSettings: async () => settings,
    putSettings: async (s) => void (settings = s),
    exportProgress: async (): Promise<ProgressExport> => ({ format: 'iam-lab-progress', version: 1, exportedAt: '', progress: [...progress.values()] }),
    previewImport: async () => ({ ok: false, problems: ['not in the fake'] }),
    dropped: () => [],
    importProgress: async (list) => list.forEach((p) => progress.set(p.lessonId, p)),
    resetAll: async () => {
      workspaces.clear();
      progress.clear();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    flush: async () => undefined,
  };
}
