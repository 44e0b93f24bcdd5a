/**
 * Golden tests: each test/cli/golden/*.golden file holds a command (with setup commands) and the output
 * the AWS CLI command reference shows for it. Output must match in shape — the same keys, nesting,
 * types and names — after masking what differs between accounts and runs: dates, AWS ids, account
 * ids, secrets, ETags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallAs } from '../../src/core/account/principals.ts';
import { newLab } from '../../src/core/account/testing.ts';
import { runCli } from '../../src/core/cli/index.ts';

const DIR = join(import.meta.dirname, 'golden');
const FILES = join(DIR, 'files');

interface Golden {
  name: string;
  setup: string[];
  as?: string;
  command: string;
  expected: string;
}

function readGolden(name: string): Golden {
  const text = readFileSync(join(DIR, name), 'utf8');
  const lines = text.split('\n');
  const setup: string[] = [];
  let as: string | undefined;
  let i = 0;
  for (; i < lines.length && !(lines[i] as string).startsWith('$ '); i++) {
    const line = lines[i] as string;
    if (line.startsWith('# setup: ')) setup.push(line.slice('# setup: '.length));
    if (line.startsWith('# as: ')) as = line.slice('# as: '.length);
  }
  return { name, setup, as, command: (lines[i] as string).slice(2), expected: lines.slice(i + 1).join('\n') };
}

// Values that differ between AWS's examples and the lab: masked before comparing.
const MASKED_KEYS = new Set(['SecretAccessKey', 'SessionToken', 'ETag', 'Base32StringSeed', 'QRCodePNG', 'ID', 'Size']);
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const AWS_ID = /^A[A-Z0-9]{15,127}$/;

function mask(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mask(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  if (MASKED_KEYS.has(key)) return `<${typeof value}>`;
  if (typeof value === 'number') return '<number>';
  if (typeof value !== 'string') return value;
  if (DATE.test(value)) return '<date>';
  // The reference examples mix old and new id prefixes (AIDG… for groups, AKIA… as a RoleId): any id matches any id.
  if (AWS_ID.test(value)) return "<id>";
  return value.replace(/\b\d{12}\b/g, '<account>');
}

function lastAccessKeyId(state: ReturnType<typeof newLab>['state']): string {
  const keys = Object.values(state.users).flatMap((u) => u.accessKeys);
  return keys.sort((a, b) => a.createDate.localeCompare(b.createDate))[keys.length - 1]?.accessKeyId ?? 'none';
}

const goldens = readdirSync(DIR).filter((f) => f.endsWith('.golden')).sort();

describe('golden outputs from the AWS CLI command reference', () => {
  it('has at least 25 commands', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(25);
  });

  it.each(goldens)('%s', async (name) => {
    const g = readGolden(name);
    const lab = newLab();
    const written: Record<string, string | Uint8Array> = {};
    const options = {
      ...lab,
      readFile: (path: string) => readFileSync(join(FILES, path), 'utf8'),
      writeFile: (path: string, content: string | Uint8Array) => {
        written[path] = content;
      },
    };
    const fill = (line: string): string => line.replace(/\{\{lastAccessKeyId\}\}/g, () => lastAccessKeyId(lab.state));
    const asOf = (text: string | undefined): CallAs => (text === undefined ? { kind: 'root' } : { kind: 'accessKey', accessKeyId: fill(text) });
    for (const raw of g.setup) {
      const m = /^as (\S+): (.*)$/.exec(raw);
      const r = await runCli(fill(m ? (m[2] as string) : raw), { ...options, as: asOf(m?.[1]) });
      expect(r.stderr, `setup: ${raw}`).toBe('');
      expect(r.exitCode, `setup: ${raw}`).toBe(0);
    }
    const r = await runCli(fill(g.command), { ...options, as: asOf(g.as) });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    if (g.expected.trim() === '') {
      expect(r.stdout).toBe('');
      return;
    }
    // Printed exactly as AWS CLI v2 prints JSON: 4-space indentation, a final newline.
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 4)}\n`);
    expect(mask(JSON.parse(r.stdout))).toEqual(mask(JSON.parse(g.expected)));
  });
});
