/**
 * The console of one workspace: the open page, the results of the last action (success or AWS's error,
 * each with the equivalent `aws` command line), and the actions themselves — every one goes through
 * `workspace.call(service, operation, params, 'console')`. One ConsoleState per workspace, so the open
 * page survives switching to the terminal and back.
 */
import type { CallResult } from '../../core/account/invoke.ts';
import type { ServiceName } from '../../core/account/operation.ts';
import { currentMfaCode, shipHardwareToken, type DisplayedCode } from '../../core/account/operations/iam/mfa/hardware.ts';
import { cliEcho } from '../../core/cli/echo.ts';
import type { Workspace } from '../workspace.svelte.ts';
import { wizardCalls, type PlannedCall, type WizardChoices } from './create-user.ts';
import type { ConsolePage } from './nav.ts';
import { generatePassword } from './password.ts';
import { successMessage } from './messages.ts';

/** The read call the IAM console makes when it opens each list page. */
const PAGE_READS: Partial<Record<ConsolePage['page'], string>> = {
  dashboard: 'GetAccountSummary',
  users: 'ListUsers',
  groups: 'ListGroups',
  roles: 'ListRoles',
  policies: 'ListPolicies',
};

/** What one console action did. */
export interface ActionResult {
  id: number;
  ok: boolean;
  operation: string;
  /** The success sentence, or `Code: message` of AWS's error. */
  text: string;
  /** The same call as an `aws` command line. */
  cli: string;
  /** When the command line would not do the same (root MFA is console-only). */
  cliNote?: string;
}

/** What the Create user wizard made: shown once on its last page. */
export interface CreatedUser {
  ok: boolean;
  userName: string;
  /** The console password (typed or generated), when console access was chosen and set. */
  password?: string;
  accessKey?: { accessKeyId: string; secretAccessKey: string };
}

/** Options of one action. */
export interface ActOptions {
  service?: ServiceName;
  /** Keep the results shown so far (several calls of one form). */
  append?: boolean;
  /**
   * Error codes that only describe a normal state the page shows itself (NoSuchBucketPolicy: the bucket has
   * no policy): no result is shown for them. The call is still made and recorded.
   */
  quiet?: string[];
}

export class ConsoleState {
  page: ConsolePage = $state({ page: 'dashboard' });
  results: ActionResult[] = $state([]);
  busy = $state(false);
  /** The open page's read call was refused: to whom, on which page. */
  private readDenied: { actingAs: string; page: ConsolePage['page']; resultId: number } | undefined = $state(undefined);
  private navigations = 0;
  private nextId = 1;

  constructor(readonly workspace: Workspace) {}

  /** Whether the learner acts as the root user (root's own pages are shown). */
  get actingAsRoot(): boolean {
    return this.workspace.actingAs === 'root';
  }

  /** Open a page; the results of the page before are cleared unless `keepResults` (a delete that led here). */
  go(page: ConsolePage, keepResults = false): void {
    this.page = page;
    if (!keepResults) this.results = [];
    this.readDenied = undefined;
    void this.readPage(page);
  }

  /**
   * Make the read call the IAM console makes when a list page opens (ListUsers for Users, ...): it is
   * recorded in the event history like any call, as CloudTrail records console reads, and a caller
   * without the permission sees AWS's AccessDenied instead of the list.
   */
  private async readPage(page: ConsolePage): Promise<void> {
    if (page.page === 'user' && page.tab === 'security-credentials') return this.readKeysLastUsed(page.name);
    const operation = PAGE_READS[page.page];
    if (!operation) return;
    const ticket = ++this.navigations;
    const actingAs = this.workspace.actingAs;
    const r = await this.workspace.call('iam', operation, {}, 'console');
    if (r.ok || ticket !== this.navigations) return;
    const id = this.nextId++;
    this.readDenied = { actingAs, page: page.page, resultId: id };
    this.results = [...this.results, { id, ok: false, operation, text: `${r.error.code}: ${r.error.message}`, cli: cliEcho('iam', operation, {}) }];
  }

  /**
   * A user's Security credentials tab shows each access key's last use: the IAM console fetches it with
   * one GetAccessKeyLastUsed per key, recorded like any call (rotate-keys grades "looked before
   * deleting" on it). A refusal only leaves the column as the account view has it.
   */
  private async readKeysLastUsed(userName: string): Promise<void> {
    const user = this.workspace.account.users[userName];
    for (const key of user?.accessKeys ?? []) {
      await this.workspace.call('iam', 'GetAccessKeyLastUsed', { AccessKeyId: key.accessKeyId }, 'console');
    }
  }

  /** The results to show: a page's refused read is dropped once another caller acts (who sees the page). */
  get shownResults(): ActionResult[] {
    const denied = this.readDenied;
    if (denied === undefined || denied.actingAs === this.workspace.actingAs) return this.results;
    return this.results.filter((r) => r.id !== denied.resultId);
  }

  /** Whether the open page's read was refused to the caller acting now (its list is then not shown). */
  get pageReadDenied(): boolean {
    return this.readDenied !== undefined && this.readDenied.page === this.page.page && this.readDenied.actingAs === this.workspace.actingAs;
  }

  /** Forget the results shown. */
  clearResults(): void {
    this.results = [];
  }

  /** Run one API call as a console action and show its result and its command line. */
  async act(operation: string, params: Record<string, unknown>, options: ActOptions = {}): Promise<CallResult> {
    const service = options.service ?? 'iam';
    this.busy = true;
    try {
      const r = await this.workspace.call(service, operation, params, 'console');
      if (!r.ok && options.quiet?.includes(r.error.code)) {
        if (!options.append) this.results = [];
        return r;
      }
      const result: ActionResult = {
        id: this.nextId++,
        ok: r.ok,
        operation,
        text: r.ok ? successMessage(operation, params) : `${r.error.code}: ${r.error.message}`,
        cli: cliEcho(service, operation, params),
      };
      if (operation === 'EnableMFADevice' && params.UserName === undefined) {
        result.cliNote = 'For the root user the command line cannot do this: AWS turns on root MFA only in the console, and the API requires --user-name.';
      }
      this.results = options.append ? [...this.results, result] : [result];
      return r;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Run the Create user wizard's calls one after the other, as the console does, stopping at the first
   * failure; every call's result and command line is shown.
   */
  async createUser(choices: WizardChoices): Promise<CreatedUser> {
    const password = choices.passwordMode === 'custom' ? choices.customPassword : generatePassword(this.workspace.account.passwordPolicy);
    const out: CreatedUser = { ok: true, userName: choices.userName.trim() };
    this.clearResults();
    for (const planned of wizardCalls(choices, password)) {
      const r = await this.act(planned.operation, planned.params, { append: true });
      if (!r.ok) return { ...out, ok: false };
      if (planned.operation === 'CreateLoginProfile') out.password = password;
      if (planned.operation === 'CreateAccessKey') {
        const key = (r.value as { AccessKey: { AccessKeyId: string; SecretAccessKey: string } }).AccessKey;
        out.accessKey = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
      }
    }
    return out;
  }

  /**
   * Run planned calls one after the other (a delete with its clean-up), stopping at the first failure;
   * every call's result and command line is shown. True when all succeeded.
   */
  async runCalls(calls: readonly PlannedCall[]): Promise<boolean> {
    this.clearResults();
    for (const planned of calls) {
      const r = await this.act(planned.operation, planned.params, { append: true });
      if (!r.ok) return false;
    }
    return true;
  }

  /** What a virtual MFA device or a held hardware token shows now, on the simulated clock. */
  code(serialNumber: string): Promise<DisplayedCode | undefined> {
    return currentMfaCode(this.workspace.account, this.workspace.env, serialNumber);
  }

  /** Serial numbers of the hardware tokens the learner holds and has not registered yet. */
  heldTokens(): string[] {
    void this.workspace.version;
    const state = this.workspace.account;
    return Object.keys(state.hardwareTokens ?? {})
      .filter((s) => state.mfaDevices[s]?.enabledFor === undefined)
      .sort();
  }

  /**
   * Have AWS ship a (simulated) hardware token to the learner. Not an API call: holding a token is a fact
   * about the learner's desk, so it changes the account outside the API (saved and announced like a call).
   */
  async orderHardwareToken(): Promise<string> {
    const token = await this.workspace.changeOutsideApi((account) => shipHardwareToken(account));
    return token.serialNumber;
  }
}

const byWorkspace = new WeakMap<Workspace, ConsoleState>();

/** The console of a workspace (made on first use). */
export function consoleFor(workspace: Workspace): ConsoleState {
  let c = byWorkspace.get(workspace);
  if (!c) byWorkspace.set(workspace, (c = new ConsoleState(workspace)));
  return c;
}
