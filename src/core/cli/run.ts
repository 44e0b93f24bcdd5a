/**
 * `runCli`: one command line of the simulated AWS CLI, from the words to the printed output. The
 * in-browser terminal and `iam-lab aws` both call it. It never throws for a learner's mistake: usage
 * errors exit 252, service errors 254, as AWS CLI v2 does.
 */
import type { Env } from '../account/env.ts';
import { invoke, type CallResult } from '../account/invoke.ts';
import type { AccountState } from '../account/model.ts';
import type { OperationDef } from '../account/operation.ts';
import type { CallAs } from '../account/principals.ts';
import { argTable, type ArgDef } from './arg-table.ts';
import { clientSideProblems } from './client-validate.ts';
import { CUSTOMIZATIONS } from './customizations.ts';
import { applyQuery, formatOutput, OUTPUT_FORMATS, queryProblem, type OutputFormat } from './format/index.ts';
import { formatJson } from './format/json.ts';
import { mainHelp, operationHelp, serviceHelp } from './help.ts';
import { parseJson } from './json-text.ts';
import { CliFailureSignal, failureOutcome, serviceErrorOutcome, type CliFailure, type CliOutcome } from './outcome.ts';
import { collectPages, decodeResume, pagingOf } from './paging.ts';
import { missingRequired, parseArgs } from './parse-args.ts';
import { isQueryRequest, runQueryApi } from './query-api.ts';
import { runS3Command, S3_COMMANDS } from './s3-commands.ts';
import { CLI_SERVICE_NAMES, cliOperations, closeMatches } from './services.ts';
import { inputSkeleton } from './skeleton.ts';
import { tokenize } from './tokenize.ts';
import { loadParamFile, readThrough, unpackValue, type FileAccess } from './values.ts';

/** What a command line runs against. */
export interface RunCliOptions extends FileAccess {
  /** The account; changed in place by the calls the command makes. */
  state: AccountState;
  env: Env;
  /** Who calls (default root). */
  as?: CallAs;
  /** How the call is recorded in the event history (default 'cli'). */
  via?: 'cli' | 'api' | 'console' | 'sdk';
  /** Default region (`--region` overrides it; default us-east-1). */
  region?: string;
}

/** Operations whose response body goes to an OUTFILE argument instead of standard output. */
const STREAMING_OUTPUT = new Set(['s3:GetObject']);

const GLOBAL_VALUED = new Set(['--output', '--query', '--region', '--profile', '--endpoint-url', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format']);
const GLOBAL_FLAGS = new Set(['--no-cli-pager', '--debug', '--no-paginate', '--no-verify-ssl', '--no-sign-request', '--no-cli-auto-prompt']);

interface Globals {
  output: OutputFormat;
  query?: string;
  region: string;
  noPaginate: boolean;
}

/**
 * Run a command line. `input` is a whole line (`aws iam list-users --output text`, split as a shell
 * would, or a Query API request `Action=CreateUser&UserName=bob&Version=2010-05-08`) or the words after
 * `aws` (as `iam-lab aws` receives them).
 */
export async function runCli(input: string | readonly string[], options: RunCliOptions): Promise<CliOutcome> {
  try {
    let args: readonly string[];
    if (typeof input === 'string') {
      const trimmed = input.trim();
      if (trimmed === '') return { stdout: '', stderr: '', exitCode: 0 };
      if (isQueryRequest(trimmed)) return await runQueryApi(trimmed, options);
      const split = tokenize(input);
      if (!split.ok) return failureOutcome({ kind: 'plain', message: split.message });
      const [first, ...rest] = split.words;
      if (first !== 'aws') return { stdout: '', stderr: `${first ?? ''}: command not found (this terminal runs aws commands)\n`, exitCode: 127 };
      args = rest;
    } else args = input;
    return await runArgs(args, options);
  } catch (e) {
    if (e instanceof CliFailureSignal) return failureOutcome(e.failure);
    throw e;
  }
}

function fail(f: CliFailure): never {
  throw new CliFailureSignal(f);
}

function readGlobals(args: readonly string[], defaultRegion: string): { globals: Globals; rest: string[] } {
  const globals: Globals = { output: 'json', region: defaultRegion, noPaginate: false };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (word === '--') {
      rest.push(...args.slice(i));
      break;
    }
    const eq = word.indexOf('=');
    const name = word.startsWith('--') && eq > 0 ? word.slice(0, eq) : word;
    if (GLOBAL_VALUED.has(name)) {
      let value = eq > 0 && word.startsWith('--') ? word.slice(eq + 1) : undefined;
      if (value === undefined) {
        value = args[i + 1];
        if (value === undefined || (value.startsWith('--') && value.length > 2)) fail({ kind: 'usage', message: `argument ${name}: expected one argument` });
        i++;
      }
      if (name === '--output') {
        if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
          fail({ kind: 'usage', message: `argument --output: Invalid choice, valid choices are:\n\n${OUTPUT_FORMATS.map((f) => f.padEnd(40)).join(' | ')}` });
        }
        globals.output = value as OutputFormat;
      } else if (name === '--query') {
        const problem = queryProblem(value);
        if (problem !== undefined) fail({ kind: 'plain', message: `Bad value for --query ${value}: ${problem}` });
        globals.query = value;
      } else if (name === '--region') globals.region = value;
    } else if (GLOBAL_FLAGS.has(word)) {
      if (word === '--no-paginate') globals.noPaginate = true;
    } else rest.push(word);
  }
  return { globals, rest };
}

function invalidChoice(what: string, value: string, choices: readonly string[]): CliFailure {
  const lines: string[] = [];
  for (let i = 0; i < choices.length; i += 2) lines.push(choices.slice(i, i + 2).map((c) => c.padEnd(40)).join(' | '));
  let message = `argument ${what}: Invalid choice, valid choices are:\n\n${lines.join('\n')}`;
  const close = closeMatches(value, choices);
  if (close.length > 0) message += `\n\n\nInvalid choice: '${value}', maybe you meant:\n\n${close.map((c) => `  * ${c}`).join('\n')}`;
  return { kind: 'usage', message };
}

/** The first word not starting with `-`, and the others in order. */
function takePositional(words: readonly string[]): [string | undefined, string[]] {
  const i = words.findIndex((w) => !w.startsWith('-'));
  if (i < 0) return [undefined, [...words]];
  return [words[i], [...words.slice(0, i), ...words.slice(i + 1)]];
}

async function runArgs(args: readonly string[], options: RunCliOptions): Promise<CliOutcome> {
  const { globals, rest } = readGlobals(args, options.region ?? 'us-east-1');
  const [service, afterService] = takePositional(rest);
  if (service === undefined) fail({ kind: 'usage', message: 'the following arguments are required: command' });
  if (service === 'help') return { stdout: mainHelp(), stderr: '', exitCode: 0 };
  if (!CLI_SERVICE_NAMES.includes(service)) fail(invalidChoice('command', service, [...CLI_SERVICE_NAMES, 'help']));
  const [operation, opArgs] = takePositional(afterService);
  if (operation === undefined) fail({ kind: 'usage', message: 'the following arguments are required: operation' });
  if (operation === 'help') return { stdout: serviceHelp(service), stderr: '', exitCode: 0 };
  const call = (service: OperationDef<never, unknown>['service'], name: string, params: Record<string, unknown>): Promise<CallResult> =>
    invoke(options.state, { service, operation: name, params, as: options.as ?? { kind: 'root' }, via: options.via ?? 'cli', region: globals.region }, options.env);

  if (service === 's3') {
    if (!(operation in S3_COMMANDS)) fail(invalidChoice('subcommand', operation, Object.keys(S3_COMMANDS)));
    if (opArgs.length === 1 && opArgs[0] === 'help') return { stdout: `${operation}\n\n${S3_COMMANDS[operation]?.summary ?? ''}\n`, stderr: '', exitCode: 0 };
    return runS3Command(operation, opArgs, (name, params) => call('s3', name, params), options);
  }
  const ops = cliOperations(service);
  const op = ops.get(operation);
  if (!op) fail(invalidChoice('operation', operation, [...ops.keys()]));
  if (opArgs.length === 1 && opArgs[0] === 'help') return { stdout: operationHelp(op), stderr: '', exitCode: 0 };
  return runOperation(op, opArgs, globals, options, (params) => call(op.service, op.name, params));
}

async function runOperation(
  op: OperationDef<never, unknown>,
  args: readonly string[],
  globals: Globals,
  files: FileAccess,
  callOnce: (params: Record<string, unknown>) => Promise<CallResult>,
): Promise<CliOutcome> {
  const table = argTable(op);
  const parsed = parseArgs(table, args);
  if ('kind' in parsed) fail(parsed);
  const special = (name: ArgDef['special']): string | undefined => {
    const def = table.find((a) => a.special === name);
    const v = def ? parsed.values.get(def) : undefined;
    return typeof v === 'string' ? v : undefined;
  };
  const streaming = STREAMING_OUTPUT.has(`${op.service}:${op.name}`);
  const skeleton = special('generate-cli-skeleton');
  const cliInput = special('cli-input-json');
  if (skeleton === undefined && cliInput === undefined) {
    const missing = missingRequired(table, parsed, streaming ? ['outfile'] : []);
    if (missing) fail(missing);
  }
  const extra = streaming ? parsed.positionals.slice(1) : parsed.positionals;
  if (parsed.unknown.length > 0 || extra.length > 0) fail({ kind: 'unknown', options: [...parsed.unknown, ...extra] });
  if (skeleton !== undefined) {
    if (skeleton !== 'input') fail({ kind: 'plain', message: `--generate-cli-skeleton ${skeleton} is not supported here; use input` });
    return { stdout: formatJson(inputSkeleton(op.params)), stderr: '', exitCode: 0 };
  }

  // Parameters: --cli-input-json first, the command line over it.
  let params: Record<string, unknown> = {};
  if (cliInput !== undefined) {
    const text = await loadParamFile('--cli-input-json', cliInput, files);
    const json = parseJson(text);
    if (!json.ok) fail({ kind: 'param', option: '--cli-input-json', message: `Invalid JSON: ${json.message}\nJSON received: ${text}` });
    if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
      fail({ kind: 'plain', message: 'Invalid type for --cli-input-json: the JSON must be an object of parameter names and values.' });
    }
    params = { ...json.value };
  }
  const paging = pagingOf(op);
  const customization = CUSTOMIZATIONS[`${op.service}:${op.name}`];
  const customOptions = new Map<string, string>();
  const pagingOptions: { startingToken?: string; pageSize?: number; maxItems?: number } = {};
  for (const [def, raw] of parsed.values) {
    if (def.special) {
      if (def.special === 'page-size' || def.special === 'max-items') {
        const n = Number(raw);
        if (!/^\s*\d+\s*$/.test(String(raw)) || n < 1) fail({ kind: 'param', option: def.option, message: `invalid literal for int() with base 10: '${String(raw)}'` });
        if (def.special === 'page-size') pagingOptions.pageSize = n;
        else pagingOptions.maxItems = n;
      } else if (def.special === 'starting-token') pagingOptions.startingToken = String(raw);
      continue;
    }
    const spec = def.spec;
    if (!spec) continue;
    if (customization?.args.includes(def)) {
      customOptions.set(def.option, String(raw));
      continue;
    }
    if (typeof raw === 'boolean') params[spec.name] = raw;
    else if (spec.type === 'blob' && op.service === 's3') {
      // A streaming body: the value names a file.
      const read = await readThrough(files, String(raw));
      if (!read.ok) fail({ kind: 'param', option: def.option, message: 'Blob values must be a path to a file.' });
      params[spec.name] = read.text;
    } else params[spec.name] = await unpackValue(def.option, spec, raw, files);
  }
  const problems = clientSideProblems(op.params, params);
  if (problems.length > 0) fail({ kind: 'plain', message: `Parameter validation failed:\n${problems.join('\n')}` });

  let result: CallResult;
  if (paging && !globals.noPaginate) {
    let resume: { token: string | undefined; skip: number } | undefined;
    if (pagingOptions.startingToken !== undefined) {
      resume = decodeResume(paging, pagingOptions.startingToken);
      if (!resume) fail({ kind: 'plain', message: `Bad starting token: ${pagingOptions.startingToken}` });
    }
    const collectOptions: Parameters<typeof collectPages>[2] = {};
    if (resume) collectOptions.resume = resume;
    if (pagingOptions.pageSize !== undefined) collectOptions.pageSize = pagingOptions.pageSize;
    if (pagingOptions.maxItems !== undefined) collectOptions.maxItems = pagingOptions.maxItems;
    result = await collectPages(paging, params, collectOptions, callOnce);
  } else {
    result = await callOnce(params);
  }
  if (!result.ok) return serviceErrorOutcome(result.error, op.name);

  let value = result.value;
  let note = '';
  if (customization) {
    const custom = await customization.after(value, customOptions, files);
    value = custom.value;
    note = custom.note ?? '';
  }
  if (streaming && value !== null && typeof value === 'object') {
    const { Body: body, ...rest } = value as Record<string, unknown>;
    const outfile = parsed.positionals[0] as string;
    value = rest;
    if (files.writeFile) {
      try {
        await files.writeFile(outfile, typeof body === 'string' ? body : String(body ?? ''));
      } catch (e) {
        return { stdout: '', stderr: `\n${e instanceof Error ? e.message : String(e)}\n`, exitCode: 255 };
      }
    } else {
      // The browser terminal has no files. The call was made (and allowed): print what the AWS CLI prints
      // and say how to see the object, rather than an error that reads as a refusal.
      const uri = `s3://${String(params.Bucket)}/${String(params.Key)}`;
      note = `\nNote: this terminal has no files, so the object was read but not saved as ${outfile}. To see it, print it: aws s3 cp ${uri} -\n`;
    }
  }
  if (globals.query !== undefined) {
    const q = applyQuery(value, globals.query);
    if (!q.ok) fail({ kind: 'plain', message: q.message });
    value = q.value;
  }
  return { stdout: formatOutput(globals.output, op.name, value), stderr: note, exitCode: 0 };
}


