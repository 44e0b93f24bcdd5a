/**
 * The whole lab: routes, the store, settings, the lesson catalog, and the workspace (and lesson player)
 * of the page being shown. Components read it; they hold no business logic.
 */
import { systemEnv, type Env } from '../core/account/env.ts';
import { catalogEntries, type CatalogEntry } from './lesson-source.ts';
import type { Lesson } from '../lessons/loader.ts';
import type { LessonPlayer } from './lesson-player.svelte.ts';
import type { PackRules } from './class-pack-rules.ts';
import type { LabStore, LessonProgress, SettingsRecord } from './ports.ts';
import type { Router } from './router.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';
import { SAVE_DELAY_MS } from './save-timing.ts';

// The account, the command line, the engine and the grader load only when a lesson or the sandbox opens.
const sessions = () => import('./sessions.ts');

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
  /** Why the lab runs in memory (the store can fall back to memory mid-session, e.g. when quota runs out). */
  storeNotice: string | undefined = $state(undefined);
  /**
   * The class pack being followed: its lessons in order and its settings (src/app/class-pack-room.svelte.ts
   * sets it; src/app/class-pack-rules.ts says what it changes in a lesson).
   */
  classPack: PackRules | undefined = $state.raw(undefined);
  /** Custom lessons of the class pack being followed, by id (opened like built-in ones). */
  customLessons: Record<string, Lesson> = $state.raw({});

  private unsubscribeStore: () => void;
  /** Counts page openings, so a slow opening that was left meanwhile is dropped. */
  private opening = 0;

  constructor(
    readonly store: LabStore,
    readonly router: Router,
    readonly env: Env = systemEnv,
  ) {
    this.unsubscribeStore = store.subscribe((change) => {
      if (change.store === 'progress') void this.refreshProgress();
      if (change.store === 'workspaces' && this.workspace?.id === change.key) {
        void store.getWorkspace(change.key).then((w) => {
          if (w) this.workspace?.adopt(w);
          // Another tab reset everything: say so rather than quietly saving this tab's copy back.
          else if (this.workspace) this.workspace.conflictNotice = 'Everything was reset in another tab. Reload this page to start fresh.';
        });
      }
    });
  }

  /** Look again at the store's mode (after saves: a full disk makes it fall back to memory). */
  refreshNotice(): void {
    this.storeNotice = this.store.notice;
  }

  /** Load settings and progress. */
  async init(): Promise<void> {
    this.refreshNotice();
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
    const ticket = ++this.opening;
    this.loading = true;
    try {
      const custom = this.customLessons[lessonId];
      const opened = custom ? await (await sessions()).openLoadedLessonSession(custom, this.store, this.env) : await (await sessions()).openLessonSession(lessonId, this.store, this.env);
      if (ticket !== this.opening) {
        if (!('error' in opened)) opened.player.dispose();
        return;
      }
      if ('error' in opened) {
        this.pageError = opened.error;
        return;
      }
      this.workspace = opened.workspace;
      this.player = opened.player;
      this.watchSaves(opened.workspace);
    } finally {
      this.loading = false;
    }
  }

  /** Open the sandbox: a free account with no lesson. */
  async openSandbox(): Promise<void> {
    this.close();
    const ticket = ++this.opening;
    const workspace = await (await sessions()).openSandboxWorkspace(SANDBOX_ID, this.store, this.env);
    if (ticket !== this.opening) return;
    this.workspace = workspace;
    this.watchSaves(workspace);
  }

  /** Start the sandbox over with a fresh account. */
  async resetSandbox(): Promise<void> {
    if (this.workspace?.id !== SANDBOX_ID) return;
    await this.workspace.replaceAccount((await sessions()).freshAccount(this.env));
  }

  /** After each change is saved, check whether the store had to fall back to memory. */
  private watchSaves(workspace: Workspace): void {
    workspace.onChange(() => setTimeout(() => this.refreshNotice(), SAVE_DELAY_MS + 100));
  }

  /** Leave the current lesson or sandbox (saving it). */
  close(): void {
    this.opening++;
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
    this.refreshNotice();
  }

  dispose(): void {
    this.close();
    this.unsubscribeStore();
  }
}
