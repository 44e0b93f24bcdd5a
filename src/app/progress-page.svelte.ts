/**
 * The progress page's state: a row per lesson (status, steps passed, hints, help), export to a file,
 * import from one (checked and previewed before anything changes), and reset everything. Components
 * only render this and hand it files and clicks.
 */
import type { CatalogEntry } from './lesson-source.ts';
import type { DroppedRecord, ImportChange, LabStore, LessonProgress } from './ports.ts';
import { hintsUsedTotal, stepsPassed, stepsWithHelp } from './lesson-progress.ts';

/** A file picked for import: only what the page needs from a browser File. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** One lesson's line on the page. */
export interface ProgressRow {
  id: string;
  title: string;
  /** Steps in the lesson, or undefined for a lesson this build does not have. */
  steps: number | undefined;
  passed: number;
  withHelp: number;
  hintsUsed: number;
  state: 'new' | 'started' | 'done';
  label: string;
  updatedAt: string | undefined;
}

/** A previewed import: what each lesson would become. */
export type ImportPreview =
  | { ok: true; fileName: string; progress: LessonProgress[]; changes: (ImportChange & { title: string })[] }
  | { ok: false; fileName: string; problems: string[] };

/** What the page needs from the lab: its store, its lessons, and a way to refresh what it shows. */
export interface ProgressHost {
  readonly store: LabStore;
  readonly catalog: readonly CatalogEntry[];
  refreshProgress(): Promise<void>;
}

/** Files larger than this are refused before they are read (the store checks the text again). */
const READ_LIMIT_BYTES = 1_000_000;

/** The row of one lesson. */
export function progressRow(id: string, title: string, steps: number | undefined, p: LessonProgress | undefined): ProgressRow {
  const passed = stepsPassed(p);
  const withHelp = stepsWithHelp(p);
  const hintsUsed = hintsUsedTotal(p);
  const done = p !== undefined && (p.completedAt !== undefined || (steps !== undefined && steps > 0 && passed >= steps));
  const state = !p ? 'new' : done ? 'done' : 'started';
  const label = state === 'new' ? 'Not started' : state === 'done' ? 'Completed' : 'In progress';
  return { id, title, steps, passed, withHelp, hintsUsed, state, label, updatedAt: p?.updatedAt || undefined };
}

/** `iam-lab-progress-2026-03-01.json` */
export function exportFileName(exportedAt: string): string {
  return `iam-lab-progress-${exportedAt.slice(0, 10) || 'export'}.json`;
}

export class ProgressPage {
  rows: ProgressRow[] = $state.raw([]);
  preview: ImportPreview | undefined = $state.raw(undefined);
  /** The outcome of the last action, for a live region. */
  message = $state('');
  busy = $state(false);
  dropped: DroppedRecord[] = $state.raw([]);

  constructor(private readonly host: ProgressHost) {}

  get mode(): LabStore['mode'] {
    return this.host.store.mode;
  }

  get notice(): string | undefined {
    return this.host.store.notice;
  }

  /** Whether there is any progress to export or reset. */
  get hasProgress(): boolean {
    return this.rows.some((r) => r.state !== 'new');
  }

  /** Read progress from the store. */
  async load(): Promise<void> {
    const list = await this.host.store.listProgress();
    const byId: Record<string, LessonProgress> = Object.fromEntries(list.map((p) => [p.lessonId, p]));
    const known = (id: string) => this.host.catalog.some((e) => e.id === id);
    this.rows = [
      ...this.host.catalog.map((e) => progressRow(e.id, e.title, e.steps, byId[e.id])),
      ...list.filter((p) => !known(p.lessonId)).map((p) => progressRow(p.lessonId, `${p.lessonId} (not in this version of IAM Lab)`, undefined, p)),
    ];
    this.dropped = this.host.store.dropped();
  }

  /** The export file's name and text. */
  async exportFile(): Promise<{ name: string; text: string }> {
    const data = await this.host.store.exportProgress();
    this.message = `Exported progress of ${data.progress.length} ${data.progress.length === 1 ? 'lesson' : 'lessons'}.`;
    return { name: exportFileName(data.exportedAt), text: `${JSON.stringify(data, null, 2)}\n` };
  }

  /** Check a picked file and show what importing it would change. Changes nothing yet. */
  async previewFile(file: PickedFile): Promise<void> {
    this.message = '';
    if (file.size > READ_LIMIT_BYTES) {
      this.preview = { ok: false, fileName: file.name, problems: ['the file is larger than 1 MB; a progress file is far smaller'] };
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.preview = { ok: false, fileName: file.name, problems: ['the file could not be read'] };
      return;
    }
    const result = await this.host.store.previewImport(text);
    if (!result.ok) {
      this.preview = { ok: false, fileName: file.name, problems: result.problems };
      return;
    }
    const titleOf = (id: string) => this.host.catalog.find((e) => e.id === id)?.title ?? id;
    this.preview = { ok: true, fileName: file.name, progress: result.progress, changes: result.changes.map((c) => ({ ...c, title: titleOf(c.lessonId) })) };
  }

  /** Merge the previewed file. */
  async confirmImport(): Promise<void> {
    const preview = this.preview;
    if (!preview?.ok) return;
    await this.run(async () => {
      await this.host.store.importProgress(preview.progress);
      const changed = preview.changes.filter((c) => c.action !== 'keep').length;
      const kept = preview.changes.length - changed;
      this.preview = undefined;
      this.message = `Imported: ${changed} ${changed === 1 ? 'lesson' : 'lessons'} updated` + (kept > 0 ? `, ${kept} kept as they were here (further along or newer).` : '.');
    });
  }

  cancelImport(): void {
    this.preview = undefined;
    this.message = 'Import cancelled; nothing changed.';
  }

  /** Delete all progress, accounts, drafts and terminal history (settings stay). */
  async resetAll(): Promise<void> {
    await this.run(async () => {
      await this.host.store.resetAll();
      this.preview = undefined;
      this.message = 'Everything was reset: progress, lesson accounts, the sandbox, drafts and terminal history.';
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await action();
      await this.host.refreshProgress();
      await this.load();
    } finally {
      this.busy = false;
    }
  }
}
