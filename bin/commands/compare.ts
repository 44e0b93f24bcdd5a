/**
 * `iam-lab compare NEW.json EXISTING.json` (contract: DESIGN.md): each file a policy document or an array
 * of them (the identity policies of one principal). Prints `{ result, newAccess, lostAccess }`: PASS when
 * NEW allows nothing EXISTING does not (Access Analyzer's check-no-new-access), with concrete example
 * requests both ways. Exit 0 whatever the verdict; 2 when a file is unreadable or not policies.
 */
import { basename } from 'node:path';
import { compareAccess } from '../../src/core/access/index.ts';
import type { PolicyInput, PolicySet } from '../../src/core/engine/types.ts';
import { InputError, printJson, readJson, type CommandIO } from '../io.ts';

export const COMPARE_USAGE = 'usage: iam-lab compare NEW.json EXISTING.json';

function isDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file's policies as an identity policy set, named after the file. */
function policySetOf(path: string): PolicySet {
  const data = readJson(path);
  const name = basename(path).replace(/\.json$/i, '');
  const docs = Array.isArray(data) ? data : [data];
  if (docs.length === 0) throw new InputError(`${path}: expected a policy document or an array of them, got an empty array`);
  const identity: PolicyInput[] = docs.map((doc, i) => {
    if (!isDocument(doc)) throw new InputError(`${path}${Array.isArray(data) ? `[${i}]` : ''}: expected a policy document (a JSON object)`);
    const statement = (doc as Record<string, unknown>).Statement;
    if (statement === undefined) throw new InputError(`${path}${Array.isArray(data) ? `[${i}]` : ''}: the policy has no Statement`);
    return { name: Array.isArray(data) ? `${name}[${i}]` : name, document: doc };
  });
  return { identity };
}

export function compareCommand(args: string[], io: CommandIO): number {
  const files = args.filter((a) => !a.startsWith('-') || a === '-');
  const options = args.filter((a) => a.startsWith('-') && a !== '-');
  if (options.length > 0) throw new InputError(`unknown option ${options[0] as string}; ${COMPARE_USAGE}`);
  if (files.length !== 2) throw new InputError(COMPARE_USAGE);
  const next = policySetOf(files[0] as string);
  const existing = policySetOf(files[1] as string);
  printJson(io, compareAccess(next, existing));
  return 0;
}
