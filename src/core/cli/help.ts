/**
 * `help` pages in the shape of the AWS CLI's (NAME, DESCRIPTION, SYNOPSIS, OPTIONS), written from the
 * operation specs: every parameter with its type, whether it is required, its doc and its constraints,
 * and the shorthand and JSON forms of structured values.
 */
import type { OperationDef } from '../account/operation.ts';
import type { ParamSpec } from '../account/params.ts';
import { argTable } from './arg-table.ts';
import { S3_COMMANDS } from './s3-commands.ts';
import { CLI_SERVICE_NAMES, cliNameOf, cliOperations } from './services.ts';

const SERVICE_DOCS: Record<string, string> = {
  iam: 'Identity and Access Management: users, groups, roles, policies, access keys and MFA devices.',
  sts: 'Security Token Service: who is calling, and temporary credentials for roles.',
  s3api: 'The Amazon S3 API: buckets and objects, one API operation per command.',
  s3: 'High-level Amazon S3 commands: list buckets and objects, copy files to and from buckets.',
};

const GLOBAL_OPTIONS: [string, string][] = [
  ['--output (string)', 'The formatting style for command output: json (default), text or table.'],
  ['--query (string)', 'A JMESPath query to use in filtering the response data.'],
  ['--region (string)', 'The Region to use (recorded with the call; the simulated account is global).'],
  ['--profile (string)', 'Accepted for compatibility; the lab has one account and the caller is chosen outside the command.'],
  ['--no-paginate (boolean)', 'Make one call only and print that page as it is (IsTruncated, Marker).'],
  ['--no-cli-pager (boolean)', 'Accepted; output is never paged.'],
];

function heading(name: string): string {
  const title = `${name.toUpperCase()}()`;
  return `${title}${' '.repeat(Math.max(1, 78 - 2 * title.length))}${title}\n\n`;
}

function para(text: string, indent = 7, width = 78): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}\n`).join('');
}

/** `aws help`. */
export function mainHelp(): string {
  let out = heading('aws');
  out += `NAME\n       aws -\n\nDESCRIPTION\n${para("The AWS Command Line Interface, as IAM Lab simulates it: the same commands, options and output as AWS CLI version 2, run against the lab's simulated account. Nothing is sent to AWS.")}\n`;
  out += 'SYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n';
  out += `${para('Use aws command help for information on a specific command. Use aws help topics to view a list of available help topics.')}\n`;
  out += 'OPTIONS\n';
  for (const [name, doc] of GLOBAL_OPTIONS) out += `       ${name}\n${para(doc, 10)}\n`;
  out += 'AVAILABLE SERVICES\n';
  for (const s of CLI_SERVICE_NAMES) out += `       o ${s}\n\n`;
  return out;
}

/** `aws SERVICE help`. */
export function serviceHelp(service: string): string {
  let out = heading(service);
  out += `NAME\n       ${service} -\n\nDESCRIPTION\n${para(SERVICE_DOCS[service] ?? '')}\n`;
  out += 'AVAILABLE COMMANDS\n';
  if (service === 's3') {
    for (const [name, cmd] of Object.entries(S3_COMMANDS)) out += `       o ${name}\n${para(cmd.summary, 10)}\n`;
    return out;
  }
  for (const [name, op] of cliOperations(service)) out += `       o ${name}\n${para(op.summary, 10)}\n`;
  return out;
}

function typeWord(spec: ParamSpec): string {
  return spec.type;
}

/** The shorthand form of a value (`Key=string,Value=string`), or undefined for scalars. */
export function shorthandSyntax(spec: ParamSpec): string | undefined {
  if (spec.type === 'structure') return (spec.members ?? []).map((m) => `${m.name}=${m.type === 'list' ? `${m.member?.type ?? 'string'},${m.member?.type ?? 'string'}` : m.type}`).join(',');
  if (spec.type === 'map') return `KeyName1=${spec.member?.type ?? 'string'},KeyName2=${spec.member?.type ?? 'string'}`;
  if (spec.type === 'list' && spec.member) {
    const inner = shorthandSyntax(spec.member);
    return inner === undefined ? `${spec.member.type} ${spec.member.type} ...` : `${inner} ...`;
  }
  return undefined;
}

/** A JSON skeleton of a value with type names as values (help's "JSON Syntax"). */
export function jsonSyntax(spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'structure':
      return Object.fromEntries((spec.members ?? []).map((m) => [m.name, jsonSyntax(m)]));
    case 'map':
      return { string: spec.member ? jsonSyntax(spec.member) : 'string' };
    case 'list':
      return [spec.member ? jsonSyntax(spec.member) : 'string'];
    default:
      return spec.type;
  }
}

function constraints(spec: ParamSpec): string[] {
  const out: string[] = [];
  const unit = spec.type === 'integer' ? 'value' : spec.type === 'list' ? 'items' : 'length';
  if (spec.min !== undefined && spec.max !== undefined) out.push(`${unit} ${spec.min} to ${spec.max}`);
  else if (spec.min !== undefined) out.push(`minimum ${unit} ${spec.min}`);
  else if (spec.max !== undefined) out.push(`maximum ${unit} ${spec.max}`);
  if (spec.pattern !== undefined) out.push(`pattern ${spec.pattern}`);
  if (spec.enum !== undefined) out.push(`one of ${spec.enum.join(', ')}`);
  return out;
}

/** `aws SERVICE OPERATION help`. */
export function operationHelp(op: OperationDef<never, unknown>): string {
  const name = cliNameOf(op);
  const table = argTable(op);
  let out = heading(name);
  out += `NAME\n       ${name} -\n\nDESCRIPTION\n${para(op.summary)}\n`;
  out += `SYNOPSIS\n            ${name}\n`;
  for (const a of table) {
    if (!a.documented) continue;
    let form = `${a.option} <value>`;
    if (a.kind === 'flag') form = `${a.option} | --no-${a.option.slice(2)}`;
    if (a.special === 'generate-cli-skeleton') form = `${a.option} <value>`;
    out += `          ${a.required ? form : `[${form}]`}\n`;
  }
  out += '\nOPTIONS\n';
  for (const a of table) {
    if (!a.documented) continue;
    if (a.spec) {
      const s = a.spec;
      const label = a.kind === 'flag' ? `${a.option} | --no-${a.option.slice(2)}` : a.option;
      out += `       ${label} (${typeWord(s)})${a.required ? ' [required]' : ''}\n`;
      if (s.doc) out += para(s.doc, 10);
      const c = constraints(s);
      if (c.length > 0) out += para(`Constraints: ${c.join('; ')}.`, 10);
      const members = s.type === 'list' ? s.member?.members : s.members;
      for (const m of members ?? []) out += para(`${m.name} -> (${m.type})${m.required ? ' [required]' : ''}${m.doc ? ` ${m.doc}` : ''}`, 12);
      const sh = shorthandSyntax(s);
      if (sh !== undefined) {
        out += `\n          Shorthand Syntax:\n\n            ${sh}\n`;
        out += `\n          JSON Syntax:\n\n${JSON.stringify(jsonSyntax(s), null, 2).split('\n').map((l) => `            ${l}\n`).join('')}`;
      }
      out += '\n';
    } else {
      out += `       ${a.option} (string)\n${para(SPECIAL_DOCS[a.special ?? ''] ?? '', 10)}\n`;
    }
  }
  out += `See 'aws help' for descriptions of global parameters.\n`;
  return out;
}

const SPECIAL_DOCS: Record<string, string> = {
  'cli-input-json': 'Reads arguments from the JSON string provided (or file://path). The JSON keys are the API parameter names (UserName); values given on the command line override them.',
  'generate-cli-skeleton': 'Prints a JSON skeleton of the parameters to standard output without calling the API. Accepts input (the default); fill it in and pass it back with --cli-input-json.',
  'starting-token': 'A token to specify where to start paginating: the NextToken from a previously truncated response.',
  'page-size': 'The size of each page to get in the AWS service call; the CLI still retrieves the full list, in more calls.',
  'max-items': 'The total number of items to return. When more are available, a NextToken is printed; pass it to --starting-token to resume.',
};
