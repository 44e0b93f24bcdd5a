/** The terminal's state: what was typed and printed, and the command history (saved per workspace). */
import type { LabStore } from './ports.ts';
import type { Workspace } from './workspace.svelte.ts';

/** One block of terminal output. */
export interface TerminalEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const HISTORY_LIMIT = 500;

export class TerminalState {
  entries: TerminalEntry[] = $state([]);
  history: string[] = $state([]);
  busy = $state(false);
  private nextId = 1;
  private cursor = -1;

  constructor(
    private readonly workspace: Workspace,
    private readonly store: LabStore,
  ) {}

  /** Load the saved history of this workspace. */
  async load(): Promise<void> {
    this.history = (await this.store.getTerminalHistory(this.workspace.id)).lines;
  }

  /** Run one line: `clear`, or an aws command line. */
  async run(line: string): Promise<void> {
    const command = line.trim();
    this.cursor = -1;
    if (command === '') return;
    this.history = [...this.history, command].slice(-HISTORY_LIMIT);
    void this.store.putTerminalHistory({ workspaceId: this.workspace.id, lines: this.history });
    if (command === 'clear') {
      this.entries = [];
      return;
    }
    this.busy = true;
    try {
      const r = await this.workspace.cli(command);
      this.entries = [...this.entries, { id: this.nextId++, command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }];
    } finally {
      this.busy = false;
    }
  }

  /** The previous (`-1`) or next (`+1`) history line for the arrow keys, or undefined past the ends. */
  recall(direction: -1 | 1): string | undefined {
    if (this.history.length === 0) return undefined;
    if (this.cursor === -1) {
      if (direction === 1) return undefined;
      this.cursor = this.history.length - 1;
    } else {
      this.cursor = Math.min(Math.max(this.cursor + direction, 0), this.history.length);
    }
    if (this.cursor >= this.history.length) {
      this.cursor = -1;
      return '';
    }
    return this.history[this.cursor];
  }
}
