import { OPERATORS } from '../engine/conditions/table.ts';
import type { OperatorFamily } from '../engine/conditions/operator.ts';

export type { OperatorFamily };

/** A condition operator as written, taken apart. */
export interface ConditionOperator {
  /** The operator without set prefix and IfExists, e.g. `StringLike`. */
  base: string;
  family: OperatorFamily;
  /** `ForAllValues` / `ForAnyValue`, when present. */
  setOperator: 'ForAllValues' | 'ForAnyValue' | undefined;
  ifExists: boolean;
}

/** Every base operator AWS documents, with its family: the engine's table is the one source. */
export const BASE_OPERATORS: Readonly<Record<string, OperatorFamily>> = Object.fromEntries(
  [...OPERATORS.values()].map((op) => [op.name, op.family]),
);

const BY_LOWER = new Map(Object.keys(BASE_OPERATORS).map((k) => [k.toLowerCase(), k]));

/** The result of reading an operator name. */
export type OperatorParse =
  | { ok: true; operator: ConditionOperator }
  | { ok: false; problem: 'unknown' | 'null-if-exists' | 'case'; suggestion?: string };

/** Reads `ForAnyValue:StringLikeIfExists` and the like. */
export function parseOperator(name: string): OperatorParse {
  let rest = name;
  let setOperator: ConditionOperator['setOperator'];
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix === 'ForAllValues' || prefix === 'ForAnyValue') setOperator = prefix;
    else if (prefix.toLowerCase() === 'forallvalues' || prefix.toLowerCase() === 'foranyvalue')
      return { ok: false, problem: 'case', suggestion: (prefix.toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue') + rest.slice(colon) };
    else return { ok: false, problem: 'unknown' };
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest.length > 'IfExists'.length) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const family = BASE_OPERATORS[rest];
  if (!family) {
    const lower = rest.toLowerCase().replace(/ifexists$/, '');
    const canon = BY_LOWER.get(lower);
    if (canon) {
      const suggestion = `${setOperator ? setOperator + ':' : ''}${canon}${/ifexists$/i.test(rest) || ifExists ? 'IfExists' : ''}`;
      return { ok: false, problem: 'case', suggestion };
    }
    return { ok: false, problem: 'unknown' };
  }
  if (family === 'Null' && ifExists) return { ok: false, problem: 'null-if-exists' };
  return { ok: true, operator: { base: rest, family, setOperator, ifExists } };
}
