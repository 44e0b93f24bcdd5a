/**
 * argparse's reading of an operation's arguments, as the AWS CLI uses it: `--opt value`, `--opt=value`,
 * unique prefixes of option names (`--user` for `--user-name`), one or more words for a list, flags with
 * their `--no-` forms; the last occurrence of an option wins; `--` ends the options. What nothing
 * consumes is reported as "Unknown options".
 */
import type { ArgDef } from './arg-table.ts';
import type { CliFailure } from './outcome.ts';

/** The arguments given, by option. */
export interface ParsedArgs {
  values: Map<ArgDef, string | string[] | boolean>;
  positionals: string[];
  unknown: string[];
}

/** Whether argparse would take a word for an option rather than a value. */
export function looksLikeOption(word: string): boolean {
  if (!word.startsWith('-') || word === '-') return false;
  if (/^-\d+$|^-\d*\.\d+$/.test(word)) return false;
  if (word.includes(' ')) {
    // `--opt=a value with spaces` is an option; any other word with a space is a value.
    const eq = word.indexOf('=');
    return eq > 0 && !word.slice(0, eq).includes(' ');
  }
  return true;
}

function resolve(table: readonly ArgDef[], name: string): ArgDef | CliFailure | undefined {
  const exact = table.find((a) => a.option === name);
  if (exact) return exact;
  const prefixed = table.filter((a) => a.option.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) return { kind: 'usage', message: `ambiguous option: ${name} could match ${prefixed.map((a) => a.option).join(', ')}` };
  return undefined;
}

/** Read `args` against an option table. A CliFailure for argparse's errors. */
export function parseArgs(table: readonly ArgDef[], args: readonly string[]): ParsedArgs | CliFailure {
  const values = new Map<ArgDef, string | string[] | boolean>();
  const positionals: string[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < args.length) {
    const word = args[i] as string;
    if (word === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!looksLikeOption(word) || !word.startsWith('--') || word.length === 2) {
      if (looksLikeOption(word)) unknown.push(word);
      else positionals.push(word);
      i++;
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq > 0 ? word.slice(0, eq) : word;
    const inline = eq > 0 ? word.slice(eq + 1) : undefined;
    const def = resolve(table, name);
    if (def === undefined) {
      unknown.push(word);
      i++;
      continue;
    }
    if ('kind' in def && !('option' in def)) return def;
    const arg = def as ArgDef;
    i++;
    switch (arg.kind) {
      case 'flag':
      case 'negated-flag':
        if (inline !== undefined) return { kind: 'usage', message: `argument ${arg.option}: ignored explicit argument '${inline}'` };
        values.set(arg, arg.kind === 'flag');
        break;
      case 'scalar': {
        let v = inline;
        if (v === undefined) {
          const next = args[i];
          if (next === undefined || looksLikeOption(next)) return { kind: 'usage', message: `argument ${arg.option}: expected one argument` };
          v = next;
          i++;
        }
        values.set(arg, v);
        break;
      }
      case 'list': {
        const items: string[] = [];
        if (inline !== undefined) items.push(inline);
        else {
          while (i < args.length && !looksLikeOption(args[i] as string) && args[i] !== '--') items.push(args[i++] as string);
          if (items.length === 0) return { kind: 'usage', message: `argument ${arg.option}: expected at least one argument` };
        }
        values.set(arg, items);
        break;
      }
      case 'optional-choice': {
        let v = inline;
        const next = args[i];
        if (v === undefined && next !== undefined && !looksLikeOption(next) && ['input', 'output', 'yaml-input'].includes(next)) {
          v = next;
          i++;
        }
        v ??= 'input';
        if (!['input', 'output', 'yaml-input'].includes(v)) {
          return { kind: 'usage', message: `argument ${arg.option}: invalid choice: '${v}' (choose from 'input', 'output', 'yaml-input')` };
        }
        values.set(arg, v);
        break;
      }
    }
  }
  return { values, positionals, unknown };
}

/** argparse's check for required options: a CliFailure naming every missing one, in table order. */
export function missingRequired(table: readonly ArgDef[], parsed: ParsedArgs, requiredPositionals: readonly string[] = []): CliFailure | undefined {
  const missing = table.filter((a) => a.required && !parsed.values.has(a)).map((a) => a.option);
  missing.push(...requiredPositionals.slice(parsed.positionals.length));
  return missing.length > 0 ? { kind: 'usage', message: `the following arguments are required: ${missing.join(', ')}` } : undefined;
}
