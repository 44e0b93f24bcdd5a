/**
 * Compiling and evaluating a statement's Condition block: AND across operators and keys, OR across a
 * key's values, with set qualifiers, IfExists, and AWS's rules for absent keys.
 */
import type { ConditionExplain } from '../types.ts';
import type { EvalContext } from '../context.ts';
import { compileTemplate, renderTemplate, type Template } from '../variables.ts';
import { globToText } from '../glob.ts';
import type { ConditionOperator } from './operator.ts';
import { OPERATORS } from './table.ts';

/** A set qualifier in front of an operator. */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** One operator + key pair of a Condition block, compiled. */
export interface CompiledCondition {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operatorText: string;
  /** The base operator, undefined when the name is unknown (such a condition never matches). */
  op?: ConditionOperator<unknown>;
  qualifier?: SetQualifier;
  ifExists: boolean;
  key: string;
  keyLower: string;
  templates: Template[];
  /** Prepared values when no variable needs substituting (undefined entries are invalid values). */
  prepared?: unknown[];
}

/** Split an operator name into qualifier, base operator and IfExists. */
export function parseOperatorName(text: string): { qualifier?: SetQualifier; base: string; ifExists: boolean } {
  let rest = text;
  let qualifier: SetQualifier | undefined;
  for (const q of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  return qualifier ? { qualifier, base, ifExists } : { base, ifExists };
}

function valuesOf(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
  }
  return out;
}

/** Compile a Condition block. `substitute` is true under Version 2012-10-17. */
export function compileConditions(block: unknown, substitute: boolean): CompiledCondition[] {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return [];
  const out: CompiledCondition[] = [];
  for (const [operatorText, keys] of Object.entries(block as Record<string, unknown>)) {
    const { qualifier, base, ifExists } = parseOperatorName(operatorText);
    let op = OPERATORS.get(base);
    // Null has no IfExists form: treat such an operator as unknown.
    if (op?.family === 'Null' && ifExists) op = undefined;
    const entries = typeof keys === 'object' && keys !== null && !Array.isArray(keys) ? Object.entries(keys) : [];
    for (const [key, raw] of entries) {
      const templates = valuesOf(raw).map((v) => compileTemplate(v, substitute && op !== undefined && op.variables));
      const c: CompiledCondition = { operatorText, ifExists, key, keyLower: key.toLowerCase(), templates };
      if (op) c.op = op;
      if (qualifier) c.qualifier = qualifier;
      if (op && templates.every((t) => t.parts === undefined)) {
        c.prepared = templates.map((t) => op.prepare(op.valueMode === 'glob' ? renderGlob(t) : t.source));
      }
      out.push(c);
    }
  }
  return out;
}

function renderGlob(t: Template): string {
  const r = renderTemplate(t, () => undefined, 'glob');
  return r.ok ? r.value : t.source;
}

/** The outcome of one condition, with what is needed to explain it. */
interface ConditionOutcome {
  matched: boolean;
  missingKey: boolean;
  unresolved: boolean;
  shownValues: string[];
}

function evaluateOne(c: CompiledCondition, ctx: EvalContext): ConditionOutcome {
  const op = c.op;
  const requestValues = ctx.get(c.keyLower);
  if (op === undefined) {
    return { matched: false, missingKey: requestValues === undefined, unresolved: false, shownValues: c.templates.map((t) => t.source) };
  }
  let prepared = c.prepared;
  let unresolved = false;
  let shownValues: string[];
  if (prepared === undefined) {
    prepared = [];
    shownValues = [];
    for (const t of c.templates) {
      const r = renderTemplate(t, ctx.variable, op.valueMode);
      if (!r.ok) {
        unresolved = true;
        continue;
      }
      shownValues.push(op.valueMode === 'glob' ? globToText(r.value) : r.value);
      prepared.push(op.prepare(r.value));
    }
  } else {
    shownValues = c.templates.map((t) => t.source);
  }
  const valid = prepared.filter((p) => p !== undefined);

  if (op.family === 'Null') {
    const presence = requestValues === undefined ? 'absent' : 'present';
    return { matched: valid.some((p) => op.test(presence, p)), missingKey: false, unresolved, shownValues };
  }
  if (requestValues === undefined) {
    const matched = c.ifExists ? true : c.qualifier === 'ForAllValues' ? true : c.qualifier === 'ForAnyValue' ? false : op.negated;
    return { matched, missingKey: true, unresolved, shownValues };
  }
  const anyMatch = (rv: string): boolean => {
    for (const p of valid) if (op.test(rv, p)) return true;
    return false;
  };
  let matched: boolean;
  if (c.qualifier === 'ForAllValues') {
    matched = requestValues.every((rv) => anyMatch(rv) !== op.negated);
  } else if (c.qualifier === 'ForAnyValue') {
    matched = requestValues.some((rv) => anyMatch(rv) !== op.negated);
  } else {
    matched = requestValues.some(anyMatch) !== op.negated;
  }
  return { matched, missingKey: false, unresolved, shownValues };
}

/** Result of a whole Condition block. */
export interface ConditionsResult {
  matched: boolean;
  explains: ConditionExplain[];
  /** Keys the conditions asked about that the request lacks (Null conditions excluded). */
  missingKeys: string[];
}

const NONE: ConditionsResult = { matched: true, explains: [], missingKeys: [] };

/** Evaluate every condition (all must match); with `explain`, say why each held or failed. */
export function evaluateConditions(conds: readonly CompiledCondition[], ctx: EvalContext, explain: boolean): ConditionsResult {
  if (conds.length === 0) return NONE;
  let matched = true;
  const explains: ConditionExplain[] = [];
  const missingKeys: string[] = [];
  for (const c of conds) {
    const o = evaluateOne(c, ctx);
    if (o.missingKey && c.op?.family !== 'Null') missingKeys.push(c.key);
    if (!o.matched) matched = false;
    if (explain) {
      const requestValues = ctx.get(c.keyLower);
      const e: ConditionExplain = { operator: c.operatorText, key: c.key, values: o.shownValues, matched: o.matched };
      if (requestValues !== undefined) e.requestValues = [...requestValues];
      if (o.unresolved) e.unresolvedVariable = true;
      if (c.op === undefined) e.unknownOperator = true;
      explains.push(e);
    }
  }
  return { matched, explains, missingKeys };
}
