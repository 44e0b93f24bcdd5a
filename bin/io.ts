/** What a command writes to and reads from, so commands can be tested in-process. */
import { readFileSync } from 'node:fs';

/** Output streams of a command. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with the command's input: printed as one line, exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Read a file as text, or throw an InputError naming it. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read the file${code ? ` (${code})` : ''}`);
  }
}

/** Read and parse a JSON file, or throw an InputError naming the file and the position. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** Print a value as the JSON the commands emit. */
export function printJson(io: CommandIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** `--name=value` as `['--name', 'value']`; any other word as `[word, undefined]`. */
export function splitOption(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return word.startsWith('--') && eq >= 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
}
