/**
 * The whole lab: routes, the store, settings, the lesson catalog, and the workspace (and lesson player)
 * of the page being shown. Components read it; they hold no business logic.
 */
import { createAccount } from '../core/account/create.ts';
import { systemEnv, type Env } from '../core/account/env.ts';
import { buildStartState } from '../lessons/start-state.ts';
import { catalogEntries, loadLesson, type CatalogEntry } from './lesson-source.ts';
import { LessonPlayer } from './lesson-player.svelte.ts';
import type { LabStore, LessonProgress, SettingsRecord } from './ports.ts';
import { Router } from './router.svelte.ts';
import { Workspace } from './workspace.svelte.ts';

/** The id of the sandbox's workspace. */
export const SANDBOX_ID = 'sandbox';

export class LabApp {
  readonly catalog: CatalogEntry[] = catalogEntries();
  settings: SettingsRecord = $state({ theme: 'system', showCliEcho: true });
  progress: Record<string, LessonProgress> = $state({});
  workspace: Workspace | undefined = $state.raw(undefined);
  player: LessonPlayer | undefined = $state.raw(undefined);
  /** A problem opening the current page (unknown lesson, broken lesson file), in plain words. */
  pageError: string | undefined = $state(undefined);
  loading = $state(false);

  private unsubscribeStore: () => void;

  constructor(
    readonly store: LabStore,
    readonly router: Router,
    readonly env: Env = systemEnv,
  ) {
    this.unsubscribeStore = store.subscribe((change) => {
      if (change.store === 'progress') void this.refreshProgress();
      if (change.store === 'workspaces' && this.workspace?.id === change.key) {
        void store.getWorkspace(change.key).then((w) => w && this.workspace?.adopt(w));
      }
    });
  }

  /** Load settings and progress. */
  async init(): Promise<void> {
    this.settings = await this.store.getSettings();
    await this.refreshProgress();
  }

  async refreshProgress(): Promise<void> {
    const list = await this.store.listProgress();
    this.progress = Object.fromEntries(list.map((p) => [p.lessonId, p]));
  }

  async saveSettings(settings: SettingsRecord): Promise<void> {
    this.settings = settings;
    await this.store.putSettings(settings);
  }

  /** Open a lesson: its saved workspace and progress, or a fresh start. */
  async openLesson(lessonId: string): Promise<void> {
    this.close();
    this.loading = true;
    try {
      const { lesson, problems } = await loadLesson(lessonId);
      if (!lesson) {
        this.pageError = problems.length > 0 && problems[0]?.message !== 'no such lesson' ? `This lesson cannot be loaded: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}` : `There is no lesson called "${lessonId}".`;
        return;
      }
      const id = `lesson:${lesson.id}`;
      const saved = await this.store.getWorkspace(id);
      const account = saved?.account ?? (await buildStartState(lesson.start, this.env.realNow()));
      const record = saved ?? { account, actingAs: 'root', revision: 0 };
      this.workspace = new Workspace(id, record, this.store, this.env);
      this.player = new LessonPlayer(lesson, this.workspace, this.store, await this.store.getProgress(lesson.id));
    } finally {
      this.loading = false;
    }
  }

  /** Open the sandbox: a free account with no lesson. */
  async openSandbox(): Promise<void> {
    this.close();
    const saved = await this.store.getWorkspace(SANDBOX_ID);
    this.workspace = new Workspace(SANDBOX_ID, saved ?? { account: createAccount({ createdAt: this.env.realNow() }), actingAs: 'root', revision: 0 }, this.store, this.env);
  }

  /** Start the sandbox over with a fresh account. */
  async resetSandbox(): Promise<void> {
    if (this.workspace?.id !== SANDBOX_ID) return;
    await this.workspace.replaceAccount(createAccount({ createdAt: this.env.realNow() }));
  }

  /** Leave the current lesson or sandbox (saving it). */
  close(): void {
    void this.workspace?.save();
    this.player?.dispose();
    this.player = undefined;
    this.workspace = undefined;
    this.pageError = undefined;
    void this.refreshProgress();
  }

  /** Write everything now (pagehide). */
  async flush(): Promise<void> {
    await this.workspace?.save();
    await this.store.flush();
  }

  dispose(): void {
    this.close();
    this.unsubscribeStore();
  }
}
