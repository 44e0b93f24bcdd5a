/**
 * `iam-lab aws --state STATE.json [--as PRINCIPAL] <service> <operation> [--param value ...]`: the
 * in-browser terminal's command line, headless, against an account kept in STATE.json (created fresh
 * when missing, rewritten atomically only when the call changed it). Exit 0, 252 (usage, or a state file
 * that cannot be used), 254 (service error), as AWS CLI v2.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createAccount } from '../../src/core/account/create.ts';
import { systemEnv } from '../../src/core/account/env.ts';
import type { AccountState } from '../../src/core/account/model.ts';
import type { CallAs } from '../../src/core/account/principals.ts';
import { findUser } from '../../src/core/account/principals.ts';
import { parseStateFile, serializeState } from '../../src/core/account/state-file.ts';
import { runCli } from '../../src/core/cli/index.ts';
import { splitOption, type CommandIO } from '../io.ts';

export const AWS_USAGE = 'usage: iam-lab aws --state STATE.json [--as root|user/NAME|user/PATH/NAME|ACCESS_KEY_ID] <service> <operation> [--param value ...]';
const USAGE_RC = 252;

function usage(io: CommandIO, message: string): number {
  io.stderr(`iam-lab aws: ${message}\n${AWS_USAGE}\n`);
  return USAGE_RC;
}

/** `--as` text → who calls; undefined when it is not one of the accepted forms. */
export function parseAs(text: string): { as: CallAs; path?: string } | undefined {
  if (text === 'root') return { as: { kind: 'root' } };
  if (/^(AKIA|ASIA)[A-Z0-9]{12,124}$/.test(text)) return { as: { kind: 'accessKey', accessKeyId: text } };
  const m = /^user\/(?:(.+)\/)?([\w+=,.@-]+)$/.exec(text);
  if (!m) return undefined;
  const userName = m[2] as string;
  return m[1] === undefined ? { as: { kind: 'user', userName } } : { as: { kind: 'user', userName }, path: `/${m[1]}/` };
}

/** Python's wording for a file that cannot be read, as the AWS CLI prints it. */
function pythonFileError(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const known: Record<string, string> = { ENOENT: '[Errno 2] No such file or directory', EISDIR: '[Errno 21] Is a directory', EACCES: '[Errno 13] Permission denied' };
  return new Error(`${known[code ?? ''] ?? `[${code ?? 'Error'}] ${(e as Error).message}`}: '${path}'`);
}

function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export async function awsCommand(args: string[], io: CommandIO): Promise<number> {
  let stateFile: string | undefined;
  let asText = 'root';
  let i = 0;
  // `--state` and `--as` come before the service name.
  while (i < args.length) {
    const a = args[i] as string;
    const [name, inline] = splitOption(a);
    if (name !== '--state' && name !== '--as') break;
    const value = inline ?? args[i + 1];
    if (value === undefined || value === '') return usage(io, `${name} needs a value`);
    if (name === '--state') stateFile = value;
    else asText = value;
    i += inline === undefined ? 2 : 1;
  }
  if (stateFile === undefined) return usage(io, '--state STATE.json is required');
  const who = parseAs(asText);
  if (!who) return usage(io, `--as ${asText}: expected root, user/NAME, user/PATH/NAME or an access key id (AKIA... or ASIA...)`);

  let state: AccountState;
  let before: string | undefined;
  let text: string | undefined;
  try {
    text = readFileSync(stateFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return usage(io, `${stateFile}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (text === undefined) {
    state = createAccount({ createdAt: systemEnv.realNow() });
  } else {
    const parsed = parseStateFile(text);
    if (!parsed.ok) return usage(io, `${stateFile}: ${parsed.message}`);
    state = parsed.state;
    before = serializeState(state);
  }
  if (who.path !== undefined && who.as.kind === 'user') {
    const user = findUser(state, who.as.userName);
    if (user && user.path !== who.path) return usage(io, `--as ${asText}: the user ${user.userName} has the path ${user.path}, not ${who.path}`);
  }

  const cwd = process.cwd();
  const outcome = await runCli(args.slice(i), {
    state,
    env: systemEnv,
    as: who.as,
    via: 'cli',
    readFile: (path) => {
      try {
        return readFileSync(resolve(cwd, path), 'utf8');
      } catch (e) {
        throw pythonFileError(e, path);
      }
    },
    writeFile: (path, content) => {
      try {
        writeFileSync(resolve(cwd, path), content);
      } catch (e) {
        throw pythonFileError(e, path);
      }
    },
  });
  const after = serializeState(state);
  if (after !== before && (before !== undefined || state.events.length > 0)) writeAtomically(stateFile, after);
  if (outcome.stdout) io.stdout(outcome.stdout);
  if (outcome.stderr) io.stderr(outcome.stderr);
  return outcome.exitCode;
}
