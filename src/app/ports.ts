/**
 * The storage contract the app needs. src/storage implements it with IndexedDB (or in memory when
 * IndexedDB is missing or fails); main.ts hands the implementation to the app. Every record read goes
 * through the store's restore step, so the app only ever sees valid records with defaults filled in.
 */
import type { AccountState } from '../core/account/model.ts';

/** How a step ended (mirrors the lesson machine). */
export type StepStatusRecord = 'pending' | 'passed' | 'passed-with-help';

/** Progress through one lesson. */
export interface LessonProgress {
  lessonId: string;
  /** The step the learner is on (0-based). */
  stepIndex: number;
  status: Record<string, StepStatusRecord>;
  hintsUsed: Record<string, number>;
  /** Answers to question checks: question id → chosen option. */
  answers: Record<string, number>;
  /** Steps whose solution was revealed. */
  revealed: Record<string, boolean>;
  /** When each step was started and passed (ISO, real time). */
  stepTimes: Record<string, { startedAt: string; passedAt?: string }>;
  startedAt: string;
  completedAt?: string;
  updatedAt: string;
}

/** The account a learner works in: one per lesson (`lesson:ID`) and one for the sandbox (`sandbox`). */
export interface WorkspaceRecord {
  id: string;
  account: AccountState;
  /** The account as it was when the current step began (for "reset step"). */
  stepStart?: AccountState;
  /** Who the learner acts as: `root`, `user/NAME`, or an access key id. */
  actingAs: string;
  /** Increases with every save; a save based on an older revision is a conflict (another tab). */
  revision: number;
  updatedAt: string;
}

/** An editor draft (policy text being written), per workspace and editor. */
export interface DraftRecord {
  id: string;
  text: string;
  updatedAt: string;
}

/** The most terminal lines kept per workspace, by the terminal and by the store (oldest are dropped first). */
export const TERMINAL_HISTORY_LIMIT = 500;

/** Terminal history of a workspace, oldest first (at most TERMINAL_HISTORY_LIMIT lines). */
export interface TerminalHistoryRecord {
  workspaceId: string;
  lines: string[];
}

/** Learner settings. */
export interface SettingsRecord {
  theme: 'system' | 'light' | 'dark';
  /** Show the CLI echo of console actions. */
  showCliEcho: boolean;
}

/** A save that lost a race with another tab. */
export interface SaveConflict {
  conflict: true;
  current: WorkspaceRecord;
}

/** Progress as exported to a file. */
export interface ProgressExport {
  format: 'iam-lab-progress';
  version: number;
  exportedAt: string;
  progress: LessonProgress[];
}

/** What importing a progress file does to one lesson (shown before the learner confirms). */
export interface ImportChange {
  lessonId: string;
  /** `add`: no progress here yet; `replace`: the file's is further along (or newer); `keep`: ours stays. */
  action: 'add' | 'replace' | 'keep';
  /** Steps passed in the file's record. */
  incomingPassed: number;
  /** Steps passed in the record here, when there is one. */
  existingPassed?: number;
}

/** A stored record (or one field of it) that failed validation on load and was left out. */
export interface DroppedRecord {
  store: 'progress' | 'workspaces' | 'drafts' | 'terminal' | 'settings';
  key: string;
  /** `record` when the whole record was left out, else the field that was reset to its default. */
  dropped: string;
  /** The field and what was wrong with it, e.g. `account.users.bob.arn: expected a string`. */
  reason: string;
}

/** A change made by another tab. */
export interface ExternalChange {
  store: 'progress' | 'workspaces' | 'drafts' | 'terminal' | 'settings';
  key: string;
}

/** The storage the app runs on. */
export interface LabStore {
  /** `memory` when IndexedDB is missing or failed: nothing survives a reload. */
  readonly mode: 'indexeddb' | 'memory';
  /** Why the store runs in memory, in plain words for the learner. */
  readonly notice?: string;

  listProgress(): Promise<LessonProgress[]>;
  getProgress(lessonId: string): Promise<LessonProgress | undefined>;
  putProgress(p: LessonProgress): Promise<void>;

  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;
  /** Save unless another tab saved a newer revision meanwhile; the saved record gets revision + 1. */
  putWorkspace(w: WorkspaceRecord): Promise<WorkspaceRecord | SaveConflict>;
  deleteWorkspace(id: string): Promise<void>;

  getDraft(id: string): Promise<DraftRecord | undefined>;
  putDraft(d: DraftRecord): Promise<void>;

  getTerminalHistory(workspaceId: string): Promise<TerminalHistoryRecord>;
  putTerminalHistory(h: TerminalHistoryRecord): Promise<void>;

  getSettings(): Promise<SettingsRecord>;
  putSettings(s: SettingsRecord): Promise<void>;

  exportProgress(): Promise<ProgressExport>;
  /** Check an export without changing anything: the lessons it holds and any problem, naming the field. */
  previewImport(data: unknown): Promise<{ ok: true; progress: LessonProgress[]; changes: ImportChange[] } | { ok: false; problems: string[] }>;
  /** Merge imported progress: per lesson, keep whichever has more passed steps (ties: the newer). */
  importProgress(progress: LessonProgress[]): Promise<void>;
  /** Delete everything: progress, workspaces, drafts, history (settings stay). */
  resetAll(): Promise<void>;

  /** Called when another tab changes a record. Returns an unsubscribe function. */
  subscribe(listener: (change: ExternalChange) => void): () => void;
  /** Write anything pending now (called on pagehide). */
  flush(): Promise<void>;
  /** Records met since the store opened that failed validation and were left out (or had a field reset). */
  dropped(): DroppedRecord[];
}
