/**
 * Compile a policy document once into matchers: lower-cased action globs, ARN matchers, a principal
 * spec and compiled conditions. The hot path then only matches.
 */
import { arnMatch, compileArnPattern, type ArnMatcher } from './arn.ts';
import { compileConditions, type CompiledCondition } from './conditions/evaluate.ts';
import { STAR, globFromText, globMatch, hasWildcard } from './glob.ts';
import { compilePrincipal, type PrincipalSpec } from './principal.ts';
import { compileTemplate, renderTemplate, type Template, type VariableLookup } from './variables.ts';
import type { PolicySetKind } from './types.ts';

/** The policy language version that turns on policy variables. */
export const CURRENT_VERSION = '2012-10-17';

/** Action or NotAction, compiled. */
export interface ActionMatcher {
  not: boolean;
  /** Lower-cased compiled globs. */
  patterns: string[];
  all: boolean;
}

/** One entry of Resource or NotResource: fixed, or a template with variables. */
type ResourceEntry = { matcher: ArnMatcher } | { template: Template };

/** Resource or NotResource, compiled. */
export interface ResourceMatcher {
  not: boolean;
  entries: ResourceEntry[];
}

/** One statement, compiled. */
export interface CompiledStatement {
  index: number;
  sid?: string;
  /** Undefined when Effect is neither Allow nor Deny: such a statement never applies. */
  effect?: 'Allow' | 'Deny';
  /** Undefined when the statement has neither Action nor NotAction: it matches no action. */
  action?: ActionMatcher;
  /** Undefined when the statement has neither Resource nor NotResource. */
  resource?: ResourceMatcher;
  principal?: { not: boolean; spec: PrincipalSpec };
  conditions: CompiledCondition[];
}

/** A compiled policy document. */
export interface CompiledPolicy {
  name: string;
  kind: PolicySetKind;
  index: number;
  /** SCPs: the organization level (see PolicyInput.level). */
  level: number;
  /** True under Version 2012-10-17: policy variables are substituted. */
  variables: boolean;
  statements: CompiledStatement[];
}

/** Raised when a policy document is not JSON or not an object. */
export class PolicyDocumentError extends Error {
  constructor(
    readonly policyName: string,
    detail: string,
  ) {
    super(`${policyName}: ${detail}`);
    this.name = 'PolicyDocumentError';
  }
}

function stringsOf(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((v): v is string => typeof v === 'string');
}

function compileActions(raw: unknown, not: boolean): ActionMatcher {
  const patterns = stringsOf(raw).map((a) => globFromText(a.toLowerCase()));
  return { not, patterns, all: patterns.includes(STAR) };
}

function compileResources(raw: unknown, not: boolean, substitute: boolean): ResourceMatcher {
  const entries: ResourceEntry[] = stringsOf(raw).map((text) => {
    const template = compileTemplate(text, substitute);
    return template.parts === undefined ? { matcher: compileArnPattern(globFromText(text)) } : { template };
  });
  return { not, entries };
}

function compileStatement(raw: unknown, index: number, substitute: boolean): CompiledStatement {
  const s = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const out: CompiledStatement = { index, conditions: compileConditions(s.Condition, substitute) };
  if (typeof s.Sid === 'string') out.sid = s.Sid;
  if (s.Effect === 'Allow' || s.Effect === 'Deny') out.effect = s.Effect;
  if (s.Action !== undefined) out.action = compileActions(s.Action, false);
  else if (s.NotAction !== undefined) out.action = compileActions(s.NotAction, true);
  if (s.Resource !== undefined) out.resource = compileResources(s.Resource, false, substitute);
  else if (s.NotResource !== undefined) out.resource = compileResources(s.NotResource, true, substitute);
  if (s.Principal !== undefined) out.principal = { not: false, spec: compilePrincipal(s.Principal) };
  else if (s.NotPrincipal !== undefined) out.principal = { not: true, spec: compilePrincipal(s.NotPrincipal) };
  return out;
}

/** Compile one policy document (parsed JSON or JSON text). Throws PolicyDocumentError for non-JSON text. */
export function compilePolicy(document: unknown, kind: PolicySetKind, index: number, name?: string, level = 0): CompiledPolicy {
  const policyName = name ?? `${kind}[${index}]`;
  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch (e) {
      throw new PolicyDocumentError(policyName, `the policy is not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new PolicyDocumentError(policyName, 'the policy must be a JSON object');
  }
  const d = doc as Record<string, unknown>;
  const variables = d.Version === CURRENT_VERSION;
  const rawStatements = Array.isArray(d.Statement) ? d.Statement : d.Statement === undefined ? [] : [d.Statement];
  return {
    name: policyName,
    kind,
    index,
    level,
    variables,
    statements: rawStatements.map((s, i) => compileStatement(s, i, variables)),
  };
}

/** Does the statement's Action/NotAction cover the (lower-cased) action? */
export function actionMatches(m: ActionMatcher | undefined, actionLower: string): boolean {
  if (m === undefined) return false;
  let hit = m.all;
  if (!hit) {
    for (const p of m.patterns) {
      if (hasWildcard(p) ? globMatch(p, actionLower) : p === actionLower) {
        hit = true;
        break;
      }
    }
  }
  return hit !== m.not;
}

/**
 * Does the statement's Resource/NotResource cover the resource? A missing element covers everything in
 * resource-based policies (where the resource is implied) and nothing elsewhere. Entries whose variables
 * cannot be resolved match nothing.
 */
export function resourceMatches(
  m: ResourceMatcher | undefined,
  resource: string,
  lookup: VariableLookup,
  kind: PolicySetKind,
  resourceParts?: readonly string[],
): boolean {
  if (m === undefined) return kind === 'resource';
  let hit = false;
  for (const e of m.entries) {
    let matcher: ArnMatcher;
    if ('matcher' in e) {
      matcher = e.matcher;
    } else {
      const r = renderTemplate(e.template, lookup, 'glob');
      if (!r.ok) continue;
      matcher = compileArnPattern(r.value);
    }
    if (arnMatch(matcher, resource, resourceParts)) {
      hit = true;
      break;
    }
  }
  return hit !== m.not;
}
