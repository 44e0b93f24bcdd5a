/**
 * `cliEcho`: the `aws ...` command line that makes the same API call as a console action, so learners
 * see one in terms of the other. Options come from the operation's parameter specs (the same table the
 * command line parses), values are quoted for a POSIX shell, and structures, maps and lists of
 * structures are written as JSON, which the CLI accepts for them.
 */
import { kebabName, type ServiceName } from '../account/operation.ts';
import type { ParamSpec } from '../account/params.ts';
import { findOperation } from '../account/registry.ts';
import { optionName } from './arg-table.ts';
import { looksLikeOption } from './parse-args.ts';
import { pagingOf } from './paging.ts';
import { API_SERVICES, cliNameOf } from './services.ts';

// Characters a POSIX shell never treats specially inside a word.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One word for a POSIX shell: bare when safe, else single-quoted (a `'` becomes `'\''`). */
export function shellQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Options the CLI requires that are not API parameters, with the value the console's action
 * corresponds to: the console shows the QR code, so the CLI writes it to a PNG file.
 */
const EXTRA_OPTIONS: Record<string, readonly string[]> = {
  'iam:CreateVirtualMFADevice': ['--outfile', 'QRCode.png', '--bootstrap-method', 'QRCodePNG'],
};

function isComplex(spec: ParamSpec | undefined): boolean {
  return spec !== undefined && (spec.type === 'structure' || spec.type === 'map' || spec.type === 'list');
}

function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `--opt value`, or `--opt=value` when the value would be read as an option. */
function optionWithValue(option: string, value: string): string[] {
  if (looksLikeOption(value)) return [shellQuote(`${option}=${value}`)];
  return [option, shellQuote(value)];
}

function wordsOf(spec: ParamSpec, value: unknown): string[] {
  const option = optionName(spec.name);
  switch (spec.type) {
    case 'boolean':
      return [value === false ? `--no-${option.slice(2)}` : option];
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      if (items.length === 0 || isComplex(spec.member)) return [option, shellQuote(JSON.stringify(items))];
      const texts = items.map(scalarText);
      // A list option takes the words up to the next option; an element that looks like one needs JSON.
      if (texts.some((t) => looksLikeOption(t))) return [option, shellQuote(JSON.stringify(texts))];
      return [option, ...texts.map(shellQuote)];
    }
    case 'structure':
    case 'map':
      return [option, shellQuote(JSON.stringify(value))];
    default:
      return optionWithValue(option, scalarText(value));
  }
}

/**
 * The command line for one call: `aws iam create-user --user-name alice`. Parameters appear in the
 * operation's own order; unknown ones and the API's paging parameters (the CLI pages by itself) are left
 * out. An operation the registry does not know is written from its name alone.
 */
export function cliEcho(service: ServiceName, operation: string, params: Record<string, unknown>): string {
  const op = findOperation(service, operation);
  const cliService = Object.keys(API_SERVICES).find((k) => API_SERVICES[k] === service) ?? service;
  const words = ['aws', cliService, op ? cliNameOf(op) : kebabName(operation)];
  if (!op) return words.join(' ');
  const paging = pagingOf(op);
  const hidden = new Set(paging ? [paging.inputToken, paging.limitKey] : []);
  for (const spec of op.params) {
    const value = params[spec.name];
    if (value === undefined || value === null || hidden.has(spec.name)) continue;
    words.push(...wordsOf(spec, value));
  }
  words.push(...(EXTRA_OPTIONS[`${service}:${operation}`] ?? []));
  return words.join(' ');
}
