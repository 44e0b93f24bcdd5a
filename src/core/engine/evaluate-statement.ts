/** Does one compiled statement apply to a request? Optionally with the full explanation. */
import { actionMatches, resourceMatches, type CompiledPolicy, type CompiledStatement } from './compile.ts';
import { evaluateConditions } from './conditions/evaluate.ts';
import type { EvalContext } from './context.ts';
import { exemptFromNotPrincipal, matchPrincipal, type PrincipalInfo, type PrincipalMatch } from './principal.ts';
import type { StatementExplain, StatementRef } from './types.ts';

/** What the evaluator needs to know about the request, computed once. */
export interface PreparedRequest {
  actionLower: string;
  resource: string;
  /** The resource split at its first five colons, once for all statements. */
  resourceParts: readonly string[];
  who: PrincipalInfo;
  ctx: EvalContext;
  /** The caller has a permissions boundary: a Deny with NotPrincipal then always applies to it. */
  hasBoundary: boolean;
}

/** A statement's verdict, how its Principal named the caller (resource policies), and its explanation. */
export interface StatementOutcome {
  applies: boolean;
  principalMatch?: PrincipalMatch;
  /** Condition keys absent from the request, for statements whose action, resource and principal matched. */
  missingKeys: readonly string[];
  /** Present when explaining. */
  explain?: StatementExplain;
}

/** The reference to a statement, as decisions report it. */
export function refOf(policy: CompiledPolicy, s: CompiledStatement): StatementRef {
  const ref: StatementRef = {
    policyKind: policy.kind,
    policyIndex: policy.index,
    policyName: policy.name,
    statementIndex: s.index,
    effect: s.effect ?? 'Allow',
  };
  if (s.sid !== undefined) ref.sid = s.sid;
  return ref;
}

const NO_KEYS: readonly string[] = [];
const MISS: StatementOutcome = { applies: false, missingKeys: NO_KEYS };

/** How a resource policy's Principal/NotPrincipal names the caller; undefined when it does not. */
function principalOf(s: CompiledStatement, req: PreparedRequest): PrincipalMatch | undefined {
  if (s.principal === undefined) return undefined;
  if (s.principal.not) {
    const boundaryOverride = s.effect === 'Deny' && req.hasBoundary;
    return boundaryOverride || !exemptFromNotPrincipal(s.principal.spec, req.who) ? 'direct' : undefined;
  }
  return matchPrincipal(s.principal.spec, req.who);
}

/**
 * Evaluate one statement. Without `explain` it stops at the first part that does not match, so the hot
 * path allocates nothing for statements that do not apply.
 */
export function evaluateStatement(policy: CompiledPolicy, s: CompiledStatement, req: PreparedRequest, explain: boolean): StatementOutcome {
  const isResourcePolicy = policy.kind === 'resource';
  if (!explain) {
    if (s.effect === undefined || !actionMatches(s.action, req.actionLower)) return MISS;
    if (!resourceMatches(s.resource, req.resource, req.ctx.variable, policy.kind, req.resourceParts)) return MISS;
    const pm = isResourcePolicy ? principalOf(s, req) : undefined;
    if (isResourcePolicy && pm === undefined) return MISS;
    if (s.conditions.length === 0) return pm === undefined ? { applies: true, missingKeys: NO_KEYS } : { applies: true, principalMatch: pm, missingKeys: NO_KEYS };
    const cond = evaluateConditions(s.conditions, req.ctx, false);
    const out: StatementOutcome = { applies: cond.matched, missingKeys: cond.missingKeys };
    if (pm !== undefined && cond.matched) out.principalMatch = pm;
    return out;
  }
  const action = actionMatches(s.action, req.actionLower);
  const resource = resourceMatches(s.resource, req.resource, req.ctx.variable, policy.kind, req.resourceParts);
  const pm = isResourcePolicy ? principalOf(s, req) : undefined;
  const principal = isResourcePolicy ? pm !== undefined : undefined;
  const targetMatched = action && resource && principal !== false;
  const cond = evaluateConditions(s.conditions, req.ctx, true);
  const applies = s.effect !== undefined && targetMatched && cond.matched;
  const e: StatementExplain = {
    ...refOf(policy, s),
    applies,
    action,
    resource,
    conditions: cond.explains,
    conditionsMatched: cond.matched,
  };
  if (principal !== undefined) e.principal = principal;
  const out: StatementOutcome = { applies, explain: e, missingKeys: targetMatched ? cond.missingKeys : NO_KEYS };
  if (pm !== undefined && applies) out.principalMatch = pm;
  return out;
}
