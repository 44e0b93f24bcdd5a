/**
 * Tab completion for the terminal, read from the operation registry and the account: services,
 * operations by their command-line name, the `--options` of the operation, and values — the choices of
 * an enum parameter and the names of things in the account (users after `--user-name`, groups, roles,
 * policy ARNs, buckets, access keys, MFA devices, inline policies).
 */
import type { AccountState } from '../account/model.ts';
import type { OperationDef } from '../account/operation.ts';
import type { ParamSpec } from '../account/params.ts';
import { argTable, type ArgDef } from './arg-table.ts';
import { OUTPUT_FORMATS } from './format/index.ts';
import { S3_COMMANDS } from './s3-commands.ts';
import { CLI_SERVICE_NAMES, cliOperations } from './services.ts';

/** What Tab offers: the candidates for the word that starts at `replaceFrom` and ends at the cursor. */
export interface Completion {
  replaceFrom: number;
  /** Sorted, unique; empty when nothing fits. */
  candidates: string[];
}

/** Words the terminal understands besides `aws`. */
const TERMINAL_BUILTINS: readonly string[] = ['clear', 'help'];

/** The AWS CLI's global options, and the values of those that take a value. */
const GLOBAL_OPTIONS: Record<string, readonly string[] | null> = {
  '--output': OUTPUT_FORMATS,
  '--query': [],
  '--region': ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'],
  '--profile': [],
  '--no-paginate': null,
  '--no-cli-pager': null,
  '--debug': null,
};

interface Word {
  text: string;
  start: number;
}

/**
 * Split the text before the cursor into finished words and the word being typed (which may be empty).
 * Quotes keep blanks inside a word; the quotes themselves are dropped from the text.
 */
function splitBefore(before: string): { words: Word[]; current: Word } {
  const words: Word[] = [];
  let text = '';
  let start = -1;
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else text += c;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (start >= 0) words.push({ text, start });
      text = '';
      start = -1;
    } else {
      if (start < 0) start = i;
      if (c === '"' || c === "'") quote = c;
      else if (c === '\\' && i + 1 < before.length) text += before[++i];
      else text += c;
    }
  }
  return { words, current: start >= 0 ? { text, start } : { text: '', start: before.length } };
}

function matching(prefix: string, choices: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const c of choices) if (c.startsWith(prefix)) out.add(c);
  return [...out].sort();
}

/** Drop global options (and their values) so the service and operation are the first two words. */
function withoutGlobals(words: readonly string[]): { rest: string[]; pendingGlobal?: string } {
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const name = w.includes('=') ? w.slice(0, w.indexOf('=')) : w;
    const values = GLOBAL_OPTIONS[name];
    if (values === undefined) {
      rest.push(w);
      continue;
    }
    if (values !== null && !w.includes('=')) {
      if (i + 1 >= words.length) return { rest, pendingGlobal: name };
      i++;
    }
  }
  return { rest };
}

/** The value of `--option` among the words typed so far (`--user-name alice` or `--user-name=alice`). */
function optionValue(words: readonly string[], option: string): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (w.startsWith(`${option}=`)) return w.slice(option.length + 1);
    if (w === option) return words[i + 1];
  }
  return undefined;
}

/** Which entity an operation creates (its own name parameter must not be completed from existing ones). */
const CREATES: Record<string, string> = { UserName: 'CreateUser', GroupName: 'CreateGroup', RoleName: 'CreateRole', Bucket: 'CreateBucket', PolicyName: 'CreatePolicy' };

/** Values of one parameter taken from the account. */
function accountValues(spec: ParamSpec, op: OperationDef<never, unknown>, typed: readonly string[], state: AccountState): string[] {
  if (CREATES[spec.name] === op.name) return [];
  const users = Object.values(state.users);
  const roles = Object.values(state.roles);
  switch (spec.name) {
    case 'UserName':
      return users.map((u) => u.userName);
    case 'GroupName':
      return Object.values(state.groups).map((g) => g.groupName);
    case 'RoleName':
      return roles.map((r) => r.roleName);
    case 'RoleArn':
      return roles.map((r) => r.arn);
    case 'PolicyArn':
    case 'PermissionsBoundary':
      return Object.keys(state.policies);
    case 'PolicySourceArn':
    case 'CallerArn':
      return [...users.map((u) => u.arn), ...roles.map((r) => r.arn)];
    case 'Bucket':
      return Object.keys(state.buckets);
    case 'AccessKeyId': {
      const userName = optionValue(typed, '--user-name');
      const owners = userName === undefined ? users : users.filter((u) => u.userName.toLowerCase() === userName.toLowerCase());
      return owners.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
    }
    case 'SerialNumber':
      return [...Object.keys(state.mfaDevices), ...Object.keys(state.hardwareTokens ?? {})];
    case 'PolicyName': {
      const owner =
        state.users[(optionValue(typed, '--user-name') ?? '').toLowerCase()] ??
        state.groups[(optionValue(typed, '--group-name') ?? '').toLowerCase()] ??
        state.roles[(optionValue(typed, '--role-name') ?? '').toLowerCase()];
      return owner ? Object.keys(owner.inlinePolicies) : [];
    }
    default:
      return [];
  }
}

/** Candidates for the value of an option of an operation. */
function valueCandidates(def: ArgDef, op: OperationDef<never, unknown>, typed: readonly string[], state: AccountState): string[] {
  const spec = def.spec;
  if (!spec) return [];
  if (spec.enum) return [...spec.enum];
  if (spec.type === 'list' && spec.member?.enum) return [...spec.member.enum];
  return accountValues(spec, op, typed, state);
}

/** Whether the option takes the word after it as its value. */
function takesValue(def: ArgDef): boolean {
  return def.kind === 'scalar' || def.kind === 'list' || def.kind === 'optional-choice';
}

function completeOperationArgs(op: OperationDef<never, unknown>, args: readonly string[], current: Word, state: AccountState): Completion {
  const table = argTable(op);
  const find = (name: string): ArgDef | undefined => table.find((a) => a.option === name);
  // `--user-name=al`: complete the value after the `=`.
  if (current.text.startsWith('--') && current.text.includes('=')) {
    const eq = current.text.indexOf('=');
    const def = find(current.text.slice(0, eq));
    const values = def ? valueCandidates(def, op, args, state) : [];
    return { replaceFrom: current.start + eq + 1, candidates: matching(current.text.slice(eq + 1), values) };
  }
  if (current.text.startsWith('-')) {
    const used = new Set(args.filter((w) => w.startsWith('--')).map((w) => (w.includes('=') ? w.slice(0, w.indexOf('=')) : w)));
    const options = table.filter((a) => a.documented && !used.has(a.option)).map((a) => a.option);
    return { replaceFrom: current.start, candidates: matching(current.text, [...options, ...Object.keys(GLOBAL_OPTIONS).filter((g) => !used.has(g))]) };
  }
  // A value: the option it belongs to is the last option word, when a list may take several values, or the word right before.
  const last = args[args.length - 1];
  let def = last !== undefined ? find(last) : undefined;
  if (!def) {
    const lastOption = [...args].reverse().find((w) => w.startsWith('--'));
    const listDef = lastOption !== undefined ? find(lastOption) : undefined;
    if (listDef?.kind === 'list') def = listDef;
  }
  if (def && takesValue(def)) return { replaceFrom: current.start, candidates: matching(current.text, valueCandidates(def, op, args, state)) };
  return { replaceFrom: current.start, candidates: [] };
}

/** `s3://` then the account's buckets, for the high-level `aws s3` commands. */
function completeS3Path(current: Word, state: AccountState): Completion {
  const buckets = Object.keys(state.buckets).map((b) => `s3://${b}/`);
  return { replaceFrom: current.start, candidates: matching(current.text, current.text === '' ? ['s3://'] : buckets) };
}

/**
 * Complete the word at `cursor` in `line`. Pure: reads the registry and the account, changes nothing.
 * `replaceFrom` is where the word being completed begins (after the `=` of `--option=value`).
 */
export function complete(line: string, cursor: number, state: AccountState): Completion {
  const { words, current } = splitBefore(line.slice(0, Math.max(0, Math.min(cursor, line.length))));
  const texts = words.map((w) => w.text);
  if (texts.length === 0) return { replaceFrom: current.start, candidates: matching(current.text, ['aws', ...TERMINAL_BUILTINS]) };
  if (texts[0] !== 'aws') return { replaceFrom: current.start, candidates: [] };
  const { rest, pendingGlobal } = withoutGlobals(texts.slice(1));
  if (pendingGlobal !== undefined) return { replaceFrom: current.start, candidates: matching(current.text, GLOBAL_OPTIONS[pendingGlobal] ?? []) };
  if (current.text.startsWith('--') && rest.length < 2) {
    return { replaceFrom: current.start, candidates: matching(current.text, Object.keys(GLOBAL_OPTIONS)) };
  }
  const [service, operation, ...args] = rest;
  if (service === undefined) return { replaceFrom: current.start, candidates: matching(current.text, [...CLI_SERVICE_NAMES, 'help']) };
  if (operation === undefined) {
    const names = service === 's3' ? Object.keys(S3_COMMANDS) : [...cliOperations(service).keys()];
    if (names.length === 0) return { replaceFrom: current.start, candidates: [] };
    return { replaceFrom: current.start, candidates: matching(current.text, [...names, 'help']) };
  }
  if (service === 's3') {
    const cmd = S3_COMMANDS[operation];
    if (!cmd) return { replaceFrom: current.start, candidates: [] };
    if (current.text.startsWith('-')) return { replaceFrom: current.start, candidates: matching(current.text, [...cmd.flags, ...(cmd.valued ?? [])]) };
    return completeS3Path(current, state);
  }
  const op = cliOperations(service).get(operation);
  if (!op) return { replaceFrom: current.start, candidates: [] };
  return completeOperationArgs(op, args, current, state);
}

/** The longest prefix all the strings share. */
export function commonPrefix(strings: readonly string[]): string {
  if (strings.length === 0) return '';
  let prefix = strings[0] as string;
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** What pressing Tab does to the line: the new line and cursor, and the candidates to list (when several). */
export interface TabResult {
  line: string;
  cursor: number;
  /** Listed under the prompt when more than one candidate fits. */
  listed: string[];
}

/**
 * Apply a completion as a shell does: one candidate replaces the word (plus a space, unless it ends in
 * `/` or `=`); several extend the word to their common prefix and are listed; none change nothing.
 */
export function applyCompletion(line: string, cursor: number, completion: Completion): TabResult {
  const { replaceFrom, candidates } = completion;
  const typed = line.slice(replaceFrom, cursor);
  const after = line.slice(cursor);
  if (candidates.length === 0) return { line, cursor, listed: [] };
  if (candidates.length === 1) {
    const only = candidates[0] as string;
    const space = /[/=]$/.test(only) || after.startsWith(' ') ? '' : ' ';
    const inserted = `${quoteIfNeeded(only)}${space}`;
    const next = `${line.slice(0, replaceFrom)}${inserted}${after}`;
    return { line: next, cursor: replaceFrom + inserted.length + (space === '' && after.startsWith(' ') ? 1 : 0), listed: [] };
  }
  const prefix = commonPrefix(candidates);
  const extended = prefix.length > typed.length ? prefix : typed;
  const next = `${line.slice(0, replaceFrom)}${extended}${after}`;
  return { line: next, cursor: replaceFrom + extended.length, listed: candidates };
}

/** Single-quote a value that a shell would split or expand. */
function quoteIfNeeded(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
