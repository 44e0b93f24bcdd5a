/**
 * The terminal's state: what was typed and printed, the command history (saved per workspace), Tab
 * completion, and the terminal's own words (`help`, `clear`). One terminal per workspace, so its output
 * survives switching tabs.
 */
import type { AccountState } from '../core/account/model.ts';
import { applyCompletion, complete, type TabResult } from '../core/cli/complete.ts';
import { TERMINAL_HISTORY_LIMIT, type LabStore } from './ports.ts';
import type { Workspace } from './workspace.svelte.ts';

/** One block of terminal output. */
export interface TerminalEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The line was abandoned with Ctrl+C (shown with `^C`, never run). */
  cancelled?: boolean;
}


/** What `help` alone prints: a short guide to this terminal. */
export const TERMINAL_GUIDE = `IAM Lab terminal: the AWS CLI, simulated in this page.
Nothing is sent to AWS.

  aws <service> <operation> [--options]
      run a command, e.g. aws iam list-users
  aws help, aws iam help, aws iam create-user help
      the CLI's own help pages
  clear  (or Ctrl+L)   clear the screen
  Up / Down arrows     earlier / later commands
  Tab                  complete services, operations,
                       --options and names in the account
  Ctrl+C               abandon the line being typed

Services: iam, sts, s3api, s3. Calls are signed as the
identity chosen under "Acting as" in the account panel.
Paste several lines to run them one by one.
`;

/**
 * Split pasted text into command lines: one per line, a line ending in a backslash joined with the next
 * (as a shell reads it), blank lines and `#` comments left out, a leading `$ ` prompt dropped.
 */
export function pastedLines(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.endsWith('\\') && !raw.endsWith('\\\\')) {
      pending += `${raw.slice(0, -1)} `;
      continue;
    }
    const line = (pending + raw).trim().replace(/^\$\s+/, '');
    pending = '';
    if (line !== '' && !line.startsWith('#')) out.push(line);
  }
  const rest = pending.trim();
  if (rest !== '') out.push(rest);
  return out;
}

/** A few commands worth trying in this account, for the hint row (names taken from the account). */
export function terminalExamples(state: AccountState): string[] {
  const users = Object.values(state.users).map((u) => u.userName).sort();
  const out = ['aws iam list-users', 'aws sts get-caller-identity'];
  const first = users[0];
  if (first !== undefined) {
    out.push(`aws iam list-attached-user-policies --user-name ${first}`);
    out.push(`aws iam list-access-keys --user-name ${first}`);
  } else out.push('aws iam get-account-summary');
  if (Object.keys(state.groups).length > 0) out.push('aws iam list-groups');
  if (Object.keys(state.roles).length > 0) out.push('aws iam list-roles');
  if (Object.keys(state.buckets).length > 0) out.push('aws s3 ls');
  out.push('help');
  return out;
}

export class TerminalState {
  entries: TerminalEntry[] = $state([]);
  history: string[] = $state([]);
  busy = $state(false);
  /** Candidates listed under the prompt by the last Tab (cleared by the next command). */
  listed: string[] = $state([]);
  private nextId = 1;
  private cursor = -1;
  /** The line being typed when the learner started walking the history. */
  private draft = '';

  constructor(
    private readonly workspace: Workspace,
    private readonly store: LabStore,
  ) {}

  /** Load the saved history of this workspace (lines typed before loading finished stay after it). */
  async load(): Promise<void> {
    const saved = (await this.store.getTerminalHistory(this.workspace.id)).lines;
    this.history = [...saved, ...this.history].slice(-TERMINAL_HISTORY_LIMIT);
  }

  /** Run one line: `help`, `clear`, or an aws command line. */
  async run(line: string): Promise<void> {
    const command = line.trim();
    this.cursor = -1;
    this.draft = '';
    this.listed = [];
    if (command === '') return;
    this.remember(command);
    if (command === 'clear') {
      this.clear();
      return;
    }
    if (command === 'help') {
      this.push({ command, stdout: TERMINAL_GUIDE, stderr: '', exitCode: 0 });
      return;
    }
    this.busy = true;
    try {
      const r = await this.workspace.cli(command);
      this.push({ command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    } finally {
      this.busy = false;
    }
  }

  /** Run pasted text: each command line in turn. Returns how many were run. */
  async runPasted(text: string): Promise<number> {
    const lines = pastedLines(text);
    for (const line of lines) await this.run(line);
    return lines.length;
  }

  /** Ctrl+C: abandon the line (shown with `^C`, not run, not remembered). */
  cancel(line: string): void {
    this.cursor = -1;
    this.draft = '';
    this.listed = [];
    this.push({ command: line, stdout: '', stderr: '', exitCode: 130, cancelled: true });
  }

  /** Clear the screen (`clear`, Ctrl+L); the history stays. */
  clear(): void {
    this.entries = [];
    this.listed = [];
  }

  /** Tab: complete the word at the cursor from the registry and the account. */
  tab(line: string, cursor: number): TabResult {
    const result = applyCompletion(line, cursor, complete(line, cursor, this.workspace.account));
    this.listed = result.listed;
    return result;
  }

  /**
   * The previous (`-1`) or next (`+1`) history line for the arrow keys, or undefined when there is
   * nothing to move to. Going down past the newest line gives back what was being typed.
   */
  recall(direction: -1 | 1, current = ''): string | undefined {
    if (this.history.length === 0) return undefined;
    if (this.cursor === -1) {
      if (direction === 1) return undefined;
      this.draft = current;
      this.cursor = this.history.length - 1;
    } else {
      this.cursor = Math.min(Math.max(this.cursor + direction, 0), this.history.length);
    }
    if (this.cursor >= this.history.length) {
      this.cursor = -1;
      return this.draft;
    }
    return this.history[this.cursor];
  }

  private remember(command: string): void {
    // Like bash's ignoredups: the same command twice in a row is kept once.
    if (this.history[this.history.length - 1] !== command) this.history = [...this.history, command].slice(-TERMINAL_HISTORY_LIMIT);
    void this.store.putTerminalHistory({ workspaceId: this.workspace.id, lines: [...this.history] });
  }

  private push(entry: Omit<TerminalEntry, 'id'>): void {
    this.entries = [...this.entries, { id: this.nextId++, ...entry }];
  }
}

const terminals = new WeakMap<Workspace, TerminalState>();

/** The one terminal of a workspace (made and its history loaded on first use). */
export function terminalFor(workspace: Workspace, store: LabStore): TerminalState {
  let term = terminals.get(workspace);
  if (!term) {
    term = new TerminalState(workspace, store);
    terminals.set(workspace, term);
    void term.load();
  }
  return term;
}
