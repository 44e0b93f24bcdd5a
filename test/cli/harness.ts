/** Running the `iam-lab` command in-process, for the command tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bin/main.ts';

/** What one run printed, and its exit code. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Run `iam-lab ARGV...` in this process, capturing both streams. */
export async function run(...argv: string[]): Promise<RunResult> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** A fresh temporary folder, and a function writing files into it (objects as JSON). */
export function scratch(prefix: string): { dir: string; file: (name: string, content: unknown) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  return { dir, file };
}
