/**
 * The replay tools of the lab itself: `cli` actions run through the simulated AWS CLI (`runCli`), `api`
 * actions through its Query API runner. Used by `iam-lab lessons check` and the lesson tests; the app can
 * hand the same tools to its lesson player. Files named in a command (`file://`, an OUTFILE) are not
 * available: reading one fails, writing one is dropped.
 */
import type { Env } from '../core/account/env.ts';
import type { AccountState } from '../core/account/model.ts';
import type { CallAs } from '../core/account/principals.ts';
import { runCli, runQueryApi, type CliOutcome } from '../core/cli/index.ts';
import type { ReplayTools, ToolOutcome } from './replay.ts';

function outcomeOf(r: CliOutcome): ToolOutcome {
  return { ok: r.exitCode === 0, output: [r.stdout, r.stderr].filter((t) => t !== '').join('\n') };
}

const noFiles = {
  readFile: (path: string): string => {
    throw new Error(`lesson replays have no file ${path}`);
  },
  writeFile: (): void => undefined,
};

/** Replay tools backed by the lab's command line and Query API. */
export const cliReplayTools: ReplayTools = {
  async cli(line: string, state: AccountState, as: CallAs, env: Env) {
    return outcomeOf(await runCli(line, { state, env, as, via: 'cli', ...noFiles }));
  },
  async api(query: string, state: AccountState, as: CallAs, env: Env) {
    return outcomeOf(await runQueryApi(query, { state, env, as, via: 'api', ...noFiles }));
  },
};
