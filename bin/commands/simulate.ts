/** `iam-lab simulate CASES.json [--explain]`: authorize each case and print the decisions. */
import { PolicyDocumentError, authorize } from '../../src/core/engine/authorize.ts';
import { SimulateInputError, readSimulateCases } from '../../src/core/engine/simulate-input.ts';
import type { Decision } from '../../src/core/engine/types.ts';
import { InputError, printJson, readJson, type CommandIO } from '../io.ts';

export const SIMULATE_USAGE = 'usage: iam-lab simulate CASES.json [--explain]';

/** One printed result: the contract's three fields, plus the explanation with --explain. */
function shape(d: Decision, explain: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { decision: d.decision, matched: d.matched, missingContextKeys: d.missingContextKeys };
  if (explain) {
    out.stage = d.stage;
    out.statements = d.statements;
  }
  return out;
}

export function simulateCommand(args: string[], io: CommandIO): number {
  const explain = args.includes('--explain');
  const files = args.filter((a) => a !== '--explain');
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown) throw new InputError(`unknown option ${unknown}; ${SIMULATE_USAGE}`);
  if (files.length !== 1) throw new InputError(SIMULATE_USAGE);
  const path = files[0] as string;
  const raw = readJson(path);
  let cases;
  try {
    cases = readSimulateCases(raw);
  } catch (e) {
    if (e instanceof SimulateInputError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
  const results = cases.map((c, i) => {
    try {
      return shape(authorize(c.request, c.policies, { explain }), explain);
    } catch (e) {
      if (e instanceof PolicyDocumentError) throw new InputError(`${path}: case ${i}: policies.${e.policyName}: ${e.message.slice(e.policyName.length + 2)}`);
      throw e;
    }
  });
  printJson(io, results);
  return 0;
}
