/**
 * Turning the text after an option into a parameter value, as the AWS CLI does: `file://` and
 * `fileb://` load a file; scalars are taken as they are (integers converted); structures, maps and lists
 * of structures are JSON when they look like JSON (start with `{` or `[`), else shorthand; a list of
 * scalars is the words given (`--action-names a b`) or one JSON array.
 */
import type { ParamSpec } from '../account/params.ts';
import { parseJson } from './json-text.ts';
import { CliFailureSignal } from './outcome.ts';
import { applyModel, parseShorthand } from './shorthand.ts';

/** Reads and writes files for `file://`, `--body FILE`, `aws s3 cp` and `get-object OUTFILE`. */
export interface FileAccess {
  /** The file's text; throws an Error whose message says why it cannot be read. */
  readFile?(path: string): string | Promise<string>;
  /** Write text (or bytes: a QR code PNG) to a file; throws an Error whose message says why it cannot. */
  writeFile?(path: string, content: string | Uint8Array): void | Promise<void>;
}

function paramError(option: string, message: string): CliFailureSignal {
  return new CliFailureSignal({ kind: 'param', option, message });
}

/** Read a file through the injected reader, or fail with `what`'s message. */
export async function readThrough(files: FileAccess, path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!files.readFile) return { ok: false, message: 'this terminal has no files to read' };
  try {
    return { ok: true, text: await files.readFile(path) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const PARAMFILE = /^(file|fileb):\/\//;

/** Resolve `file://PATH` / `fileb://PATH` to the file's text; other values unchanged. */
export async function loadParamFile(option: string, value: string, files: FileAccess): Promise<string> {
  const m = PARAMFILE.exec(value);
  if (!m) return value;
  const path = value.slice(m[0].length);
  const read = await readThrough(files, path);
  if (!read.ok) throw paramError(option, `Unable to load paramfile ${value}: ${read.message}`);
  return read.text;
}

function isComplex(spec: ParamSpec): boolean {
  if (spec.type === 'structure' || spec.type === 'map') return true;
  return spec.type === 'list' && spec.member !== undefined && isComplex(spec.member);
}

function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

function json(option: string, text: string): unknown {
  const r = parseJson(text);
  if (!r.ok) throw paramError(option, `Invalid JSON: ${r.message}\nJSON received: ${text}`);
  return r.value;
}

function scalar(option: string, spec: ParamSpec, text: string): unknown {
  if (spec.type === 'integer') {
    if (!/^\s*[-+]?\d+\s*$/.test(text)) throw paramError(option, `invalid literal for int() with base 10: '${text}'`);
    return Number.parseInt(text, 10);
  }
  if (spec.type === 'boolean') {
    if (text.toLowerCase() === 'true') return true;
    if (text.toLowerCase() === 'false') return false;
    throw paramError(option, `expected true or false, received: '${text}'`);
  }
  return text;
}

function shorthand(option: string, spec: ParamSpec, text: string): unknown {
  const r = parseShorthand(text);
  if (!r.ok) throw paramError(option, r.message);
  return r.value;
}

/**
 * The value of one option: `raw` is the one word after a scalar option, or the words after a list
 * option. Throws a CliFailureSignal (`Error parsing parameter ...`) for a value that cannot be read.
 */
export async function unpackValue(option: string, spec: ParamSpec, raw: string | string[], files: FileAccess): Promise<unknown> {
  let value: string | string[] = raw;
  if (Array.isArray(value) && value.length === 1) value = [await loadParamFile(option, value[0] as string, files)];
  else if (typeof value === 'string') value = await loadParamFile(option, value, files);

  if (spec.type === 'list') {
    const words = Array.isArray(value) ? value : [value];
    if (words.length === 1 && looksLikeJson(words[0] as string)) return json(option, words[0] as string);
    const member = spec.member;
    if (member && isComplex(member)) {
      // Each word is one element: JSON when it looks like it, else shorthand.
      return words.map((w) => (looksLikeJson(w) ? json(option, w) : applyModel(member, shorthand(option, member, w))));
    }
    return words.map((w) => (member ? scalar(option, member, w) : w));
  }
  const text = Array.isArray(value) ? value.join(' ') : value;
  if (spec.type === 'structure' || spec.type === 'map') {
    if (looksLikeJson(text)) return json(option, text);
    if (text.trim() === '') throw paramError(option, `Invalid JSON:\n${text}`);
    return applyModel(spec, shorthand(option, spec, text));
  }
  return scalar(option, spec, text);
}
