/**
 * The options of one operation, built from its parameter specs: `UserName` → `--user-name`, a boolean
 * `SetAsDefault` → `--set-as-default` and `--no-set-as-default`, plus `--cli-input-json`,
 * `--generate-cli-skeleton` and, for operations that page, the CLI's `--starting-token`, `--page-size`
 * and `--max-items` in place of the API's own paging parameters.
 */
import type { ParamSpec } from '../account/params.ts';
import { kebabName, type OperationDef } from '../account/operation.ts';
import { CUSTOMIZATIONS } from './customizations.ts';
import { pagingOf } from './paging.ts';

/** How an option takes its values. */
export type ArgKind = 'scalar' | 'list' | 'flag' | 'negated-flag' | 'optional-choice';

/** One option of an operation's command line. */
export interface ArgDef {
  option: string;
  kind: ArgKind;
  /** The parameter it fills (absent for the CLI's own options; not an API parameter for customizations). */
  spec?: ParamSpec;
  /** The CLI's own options: what they are for. */
  special?: 'cli-input-json' | 'generate-cli-skeleton' | 'starting-token' | 'page-size' | 'max-items';
  /** Listed in help and counted by argparse's "the following arguments are required". */
  required: boolean;
  /** Shown in help (the `--no-` form of a flag is listed with its flag). */
  documented: boolean;
}

/** `--user-name` for `UserName`. */
export function optionName(paramName: string): string {
  return `--${kebabName(paramName)}`;
}

/** The option table of an operation, in the order of its specs. */
export function argTable(op: OperationDef<never, unknown>): ArgDef[] {
  const paging = pagingOf(op);
  const hidden = new Set(paging ? [paging.inputToken, paging.limitKey] : []);
  const out: ArgDef[] = [];
  for (const spec of op.params) {
    if (hidden.has(spec.name)) continue;
    const option = optionName(spec.name);
    if (spec.type === 'boolean') {
      out.push({ option, kind: 'flag', spec, required: false, documented: true });
      out.push({ option: `--no-${option.slice(2)}`, kind: 'negated-flag', spec, required: false, documented: false });
    } else {
      out.push({ option, kind: spec.type === 'list' ? 'list' : 'scalar', spec, required: spec.required === true, documented: true });
    }
  }
  out.push(...(CUSTOMIZATIONS[`${op.service}:${op.name}`]?.args ?? []));
  out.push({ option: '--cli-input-json', kind: 'scalar', special: 'cli-input-json', required: false, documented: true });
  if (paging) {
    out.push({ option: '--starting-token', kind: 'scalar', special: 'starting-token', required: false, documented: true });
    out.push({ option: '--page-size', kind: 'scalar', special: 'page-size', required: false, documented: true });
    out.push({ option: '--max-items', kind: 'scalar', special: 'max-items', required: false, documented: true });
  }
  out.push({ option: '--generate-cli-skeleton', kind: 'optional-choice', special: 'generate-cli-skeleton', required: false, documented: true });
  return out;
}
