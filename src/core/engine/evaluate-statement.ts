/** Does one compiled statement apply to a request? Returns the full explanation. */
import { actionMatches, resourceMatches, type CompiledPolicy, type CompiledStatement } from './compile.ts';
import { evaluateConditions } from './conditions/evaluate.ts';
import type { EvalContext } from './context.ts';
import { exemptFromNotPrincipal, matchPrincipal, type PrincipalInfo, type PrincipalMatch } from './principal.ts';
import type { StatementExplain, StatementRef } from './types.ts';

/** What the evaluator needs to know about the request, computed once. */
export interface PreparedRequest {
  actionLower: string;
  resource: string;
  who: PrincipalInfo;
  ctx: EvalContext;
  /** The caller has a permissions boundary: a Deny with NotPrincipal then always applies to it. */
  hasBoundary: boolean;
}

/** A statement's verdict plus how its Principal named the caller (resource policies). */
export interface StatementOutcome {
  explain: StatementExplain;
  principalMatch?: PrincipalMatch;
  missingKeys: string[];
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

/** Evaluate one statement against a prepared request. */
export function evaluateStatement(policy: CompiledPolicy, s: CompiledStatement, req: PreparedRequest): StatementOutcome {
  const action = actionMatches(s.action, req.actionLower);
  const resource = resourceMatches(s.resource, req.resource, req.ctx.variable, policy.kind);
  let principal: boolean | undefined;
  let principalMatch: PrincipalMatch | undefined;
  if (policy.kind === 'resource') {
    if (s.principal === undefined) {
      principal = false;
    } else {
      if (s.principal.not) {
        const boundaryOverride = s.effect === 'Deny' && req.hasBoundary;
        principal = boundaryOverride || !exemptFromNotPrincipal(s.principal.spec, req.who);
        if (principal) principalMatch = 'direct';
      } else {
        const m = matchPrincipal(s.principal.spec, req.who);
        principal = m !== undefined;
        principalMatch = m;
      }
    }
  }
  const targetMatched = action && resource && principal !== false;
  // Conditions are explained for every statement, but missing keys only count where the rest matched.
  const cond = evaluateConditions(s.conditions, req.ctx, true);
  const applies = s.effect !== undefined && targetMatched && cond.matched;
  const explain: StatementExplain = {
    ...refOf(policy, s),
    applies,
    action,
    resource,
    conditions: cond.explains,
    conditionsMatched: cond.matched,
  };
  if (principal !== undefined) explain.principal = principal;
  const out: StatementOutcome = { explain, missingKeys: targetMatched ? cond.missingKeys : [] };
  if (principalMatch !== undefined && applies) out.principalMatch = principalMatch;
  return out;
}
