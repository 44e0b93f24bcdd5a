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
  /** Prepared valid values when no variable needs substituting (invalid values left out). */
  valid?: unknown[];
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
        c.valid = templates.map((t) => op.prepare(op.valueMode === 'glob' ? renderGlob(t) : t.source)).filter((p) => p !== undefined);
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

/** What one condition's evaluation leaves for the explanation. */
interface ConditionNotes {
  missingKey: boolean;
  unresolved: boolean;
  /** Policy values as compared (after substitution); filled only when explaining. */
  shownValues?: string[];
}

/** Prepared values of a condition for this request: static ones as compiled, else substituted now. */
function preparedValues(c: CompiledCondition, op: ConditionOperator<unknown>, ctx: EvalContext, notes: ConditionNotes, explain: boolean): unknown[] {
  if (c.valid !== undefined) {
    if (explain) notes.shownValues = c.templates.map((t) => t.source);
    return c.valid;
  }
  const valid: unknown[] = [];
  const shown: string[] = [];
  for (const t of c.templates) {
    const r = renderTemplate(t, ctx.variable, op.valueMode);
    if (!r.ok) {
      notes.unresolved = true;
      continue;
    }
    if (explain) shown.push(op.valueMode === 'glob' ? globToText(r.value) : r.value);
    const p = op.prepare(r.value);
    if (p !== undefined) valid.push(p);
  }
  if (explain) notes.shownValues = shown;
  return valid;
}

function anyMatch(op: ConditionOperator<unknown>, valid: readonly unknown[], rv: string): boolean {
  for (const p of valid) if (op.test(rv, p)) return true;
  return false;
}

/** Does one condition hold? Fills `notes` for the explanation and the missing-key report. */
function evaluateOne(c: CompiledCondition, ctx: EvalContext, notes: ConditionNotes, explain: boolean): boolean {
  const op = c.op;
  const requestValues = ctx.get(c.keyLower);
  if (op === undefined) {
    notes.missingKey = requestValues === undefined;
    if (explain) notes.shownValues = c.templates.map((t) => t.source);
    return false;
  }
  const valid = preparedValues(c, op, ctx, notes, explain);
  if (op.family === 'Null') {
    const presence = requestValues === undefined ? 'absent' : 'present';
    for (const p of valid) if (op.test(presence, p)) return true;
    return false;
  }
  if (requestValues === undefined) {
    notes.missingKey = true;
    return c.ifExists ? true : c.qualifier === 'ForAllValues' ? true : c.qualifier === 'ForAnyValue' ? false : op.negated;
  }
  if (c.qualifier === 'ForAllValues') {
    for (const rv of requestValues) if (anyMatch(op, valid, rv) === op.negated) return false;
    return true;
  }
  if (c.qualifier === 'ForAnyValue') {
    for (const rv of requestValues) if (anyMatch(op, valid, rv) !== op.negated) return true;
    return false;
  }
  let positive = false;
  for (const rv of requestValues) {
    if (anyMatch(op, valid, rv)) {
      positive = true;
      break;
    }
  }
  return positive !== op.negated;
}

/** Result of a whole Condition block. */
export interface ConditionsResult {
  matched: boolean;
  explains: ConditionExplain[];
  /** Keys the conditions asked about that the request lacks (Null conditions excluded). */
  missingKeys: string[];
}

const NONE: ConditionsResult = { matched: true, explains: [], missingKeys: [] };
const NO_EXPLAINS: ConditionExplain[] = [];
const NO_MISSING: string[] = [];

/** Evaluate every condition (all must match); with `explain`, say why each held or failed. */
export function evaluateConditions(conds: readonly CompiledCondition[], ctx: EvalContext, explain: boolean): ConditionsResult {
  if (conds.length === 0) return NONE;
  let matched = true;
  const explains = explain ? [] : NO_EXPLAINS;
  let missingKeys = NO_MISSING;
  for (const c of conds) {
    const notes: ConditionNotes = { missingKey: false, unresolved: false };
    const held = evaluateOne(c, ctx, notes, explain);
    if (notes.missingKey && c.op?.family !== 'Null') (missingKeys === NO_MISSING ? (missingKeys = []) : missingKeys).push(c.key);
    if (!held) matched = false;
    if (explain) {
      const requestValues = ctx.get(c.keyLower);
      const e: ConditionExplain = { operator: c.operatorText, key: c.key, values: notes.shownValues ?? [], matched: held };
      if (requestValues !== undefined) e.requestValues = [...requestValues];
      if (notes.unresolved) e.unresolvedVariable = true;
      if (c.op === undefined) e.unknownOperator = true;
      explains.push(e);
    }
  }
  return { matched, explains, missingKeys };
}
