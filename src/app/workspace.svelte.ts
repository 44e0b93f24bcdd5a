/**
 * One workspace: the simulated account a learner acts on (a lesson's or the sandbox's), who they act as,
 * and the ways to act — console operations, the aws command line, the Query API, the clock. Every change
 * is saved through the store (debounced) and announced to listeners (the lesson player re-grades).
 */
import { advanceClock, DAY_MS, nowMs, systemEnv, type Env } from '../core/account/env.ts';
import { invoke, type CallResult } from '../core/account/invoke.ts';
import type { AccountState } from '../core/account/model.ts';
import type { ServiceName } from '../core/account/operation.ts';
import { runCli, runQueryApi, type CliOutcome } from '../core/cli/index.ts';
import { callAsOf } from './acting-as.ts';
import { CallQueue } from './call-queue.ts';
import type { LabStore, WorkspaceRecord } from './ports.ts';
import { realNowIso } from './time.ts';
import { SAVE_DELAY_MS } from './save-timing.ts';

/** What a workspace tells its listeners. */
export type WorkspaceListener = (reason: 'call' | 'clock' | 'restore' | 'external') => void;

export class Workspace {
  /** The account. Replaced or changed in place; `version` changes with every change, for reactivity. */
  account: AccountState = $state.raw({} as AccountState);
  version = $state(0);
  actingAs = $state('root');
  /** Set when another tab changed this workspace and this tab reloaded it. */
  conflictNotice = $state<string | undefined>(undefined);

  private stepStart: AccountState | undefined;
  private revision = 0;
  private readonly queue = new CallQueue();
  private listeners: WorkspaceListener[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private savePending = false;

  constructor(
    readonly id: string,
    record: Pick<WorkspaceRecord, 'account' | 'actingAs' | 'revision'> & { stepStart?: AccountState },
    private readonly store: LabStore,
    readonly env: Env = systemEnv,
  ) {
    this.account = record.account;
    this.actingAs = record.actingAs;
    this.revision = record.revision;
    this.stepStart = record.stepStart;
  }

  /** Listen to changes; returns an unsubscribe function. */
  onChange(listener: WorkspaceListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** The simulated time now (epoch ms). */
  now(): number {
    return nowMs(this.account, this.env);
  }

  /** Run one API operation (the console and the API form use this). */
  call(service: ServiceName, operation: string, params: Record<string, unknown>, via: 'console' | 'api' = 'console'): Promise<CallResult> {
    return this.queue.run(async () => {
      const r = await invoke(this.account, { service, operation, params, as: callAsOf(this.actingAs), via }, this.env);
      this.changed('call');
      return r;
    });
  }

  /** Run an `aws ...` command line as the current caller. */
  cli(line: string): Promise<CliOutcome> {
    return this.queue.run(async () => {
      const r = await runCli(line, { state: this.account, env: this.env, as: callAsOf(this.actingAs), via: 'cli' });
      this.changed('call');
      return r;
    });
  }

  /** Run a raw Query API request (`Action=CreateUser&UserName=bob&Version=2010-05-08`). */
  api(query: string): Promise<CliOutcome> {
    return this.queue.run(async () => {
      const r = await runQueryApi(query, { state: this.account, env: this.env, as: callAsOf(this.actingAs), via: 'api' });
      this.changed('call');
      return r;
    });
  }

  /** Let simulated time pass. */
  advanceDays(days: number): Promise<void> {
    return this.queue.run(async () => {
      advanceClock(this.account, days * DAY_MS);
      this.changed('clock');
    });
  }

  /**
   * Change the account outside any API call (things on the learner's desk, such as receiving a
   * simulated hardware MFA token). Queued like calls, saved and announced like them.
   */
  changeOutsideApi<T>(change: (account: AccountState) => T): Promise<T> {
    return this.queue.run(async () => {
      const result = change(this.account);
      this.changed('call');
      return result;
    });
  }

  /** Act as someone else: `root`, `user/NAME`, or an access key id. */
  setActingAs(actingAs: string): void {
    this.actingAs = actingAs;
    this.scheduleSave();
  }

  /** Remember the account as it is now, as the start of the current step. */
  markStepStart(): void {
    this.stepStart = structuredClone(this.account);
    this.scheduleSave();
  }

  /** Put the account back as it was when the current step began. */
  resetToStepStart(): Promise<void> {
    return this.queue.run(async () => {
      if (!this.stepStart) return;
      this.account = structuredClone(this.stepStart);
      this.changed('restore');
    });
  }

  /** Replace the whole account (a lesson restarted). */
  replaceAccount(account: AccountState): Promise<void> {
    return this.queue.run(async () => {
      this.account = account;
      this.stepStart = structuredClone(account);
      this.actingAs = 'root';
      this.changed('restore');
    });
  }

  /** Another tab saved this workspace: take its version. */
  adopt(record: WorkspaceRecord): void {
    this.account = record.account;
    this.actingAs = record.actingAs;
    this.revision = record.revision;
    this.stepStart = record.stepStart;
    this.version++;
    for (const l of this.listeners) l('external');
  }

  private changed(reason: 'call' | 'clock' | 'restore'): void {
    this.version++;
    this.scheduleSave();
    for (const l of this.listeners) l(reason);
  }

  private scheduleSave(): void {
    this.savePending = true;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Save now if anything is pending (called on pagehide through the app). */
  async save(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.savePending) return;
    this.savePending = false;
    const record: WorkspaceRecord = { id: this.id, account: this.account, actingAs: this.actingAs, revision: this.revision, updatedAt: realNowIso() };
    if (this.stepStart) record.stepStart = this.stepStart;
    const saved = await this.store.putWorkspace(record);
    if ('conflict' in saved) {
      // Another tab changed this workspace meanwhile: never overwrite it silently — take its version and say so.
      this.adopt(saved.current);
      this.conflictNotice = 'This lab is also open in another tab, which changed it. This tab now shows that version.';
      return;
    }
    this.revision = saved.revision;
  }
}
