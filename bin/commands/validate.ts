/** `iam-lab validate POLICY.json [--type identity|resource|trust|scp]`: print findings; exit 1 on any ERROR. */
import { validatePolicy } from '../../src/core/policy/validate.ts';
import type { PolicyKind } from '../../src/core/policy/types.ts';
import { InputError, printJson, readText, type CommandIO } from '../io.ts';

export const VALIDATE_USAGE = 'usage: iam-lab validate POLICY.json [--type identity|resource|trust|scp]';
const TYPES: readonly PolicyKind[] = ['identity', 'resource', 'trust', 'scp'];

export function validateCommand(args: string[], io: CommandIO): number {
  let kind: PolicyKind = 'identity';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--type' || a.startsWith('--type=')) {
      const value = a === '--type' ? args[++i] : a.slice('--type='.length);
      if (value === undefined || !(TYPES as readonly string[]).includes(value)) {
        throw new InputError(`--type must be one of ${TYPES.join(', ')}; ${VALIDATE_USAGE}`);
      }
      kind = value as PolicyKind;
    } else if (a.startsWith('-')) {
      throw new InputError(`unknown option ${a}; ${VALIDATE_USAGE}`);
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1) throw new InputError(VALIDATE_USAGE);
  const findings = validatePolicy(readText(files[0] as string), { kind });
  printJson(io, findings);
  return findings.some((f) => f.findingType === 'ERROR') ? 1 : 0;
}
