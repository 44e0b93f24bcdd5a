import type {
  ConditionExplain,
  Decision,
  DecisionKind,
  PolicySetKind,
  StatementExplain,
  StatementRef,
} from '../core/engine/types.ts';

/** One statement, named for people, with the sentences that say why it did (not) count. */
export interface StatementLine {
  /** Unique within one decision: `kind:policyIndex:statementIndex`. */
  key: string;
  policyKind: PolicySetKind;
  kindLabel: string;
  policyName: string;
  /** `Statement[0]`, as in the JSON path. */
  statementLabel: string;
  sid?: string;
  effect: 'Allow' | 'Deny';
  reasons: string[];
}

/** A decision turned into words for the result panel. */
export interface DecisionView {
  decision: DecisionKind;
  headline: 'Allow' | 'Explicit deny' | 'Implicit deny';
  summary: string;
  deciding: StatementLine[];
  missingContextKeys: string[];
  others: StatementLine[];
}

/** The request as the explanation needs it. */
export interface ExplainedRequest {
  principal: string;
  action: string;
  resource: string;
}

/** Which elements a statement was written with (e.g. `NotAction`), to word the reasons exactly. */
export type StatementElements = (ref: StatementRef) => ReadonlySet<string>;

const KIND_LABELS: Record<PolicySetKind, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  session: 'session policy',
};

const HEADLINES: Record<DecisionKind, DecisionView['headline']> = {
  Allow: 'Allow',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny',
};

/** The identity of a statement within one decision. */
export function statementKey(ref: StatementRef): string {
  return `${ref.policyKind}:${ref.policyIndex}:${ref.statementIndex}`;
}

function summaryOf(decision: Decision): string {
  if (decision.decision === 'ExplicitDeny') {
    return 'A Deny statement matches the request. An explicit deny in any policy overrides every allow.';
  }
  if (decision.decision === 'Allow') {
    if (decision.stage === 'root') {
      return 'The root user may do anything in its own account unless an explicit deny or a service control policy stops it.';
    }
    if (decision.stage === 'resource') {
      return 'A resource-based policy allows this principal directly, and no statement denies the request.';
    }
    return 'A statement allows the request, every kind of policy that takes part allows it, and no statement denies it.';
  }
  switch (decision.stage) {
    case 'scp':
      return 'No service control policy allows this action. SCPs cap what any principal in the account may do.';
    case 'boundary':
      return 'The permissions boundary does not allow this. A boundary caps what identity-based policies can grant.';
    case 'session':
      return 'The session policy does not allow this. A session policy caps what the session can do.';
    default:
      return 'No statement allows the request, so it is denied by default (an implicit deny).';
  }
}

function list(values: readonly string[]): string {
  if (values.length === 0) return 'no value';
  if (values.length === 1) return `"${values[0]}"`;
  return `[${values.map((v) => `"${v}"`).join(', ')}]`;
}

/** A plain sentence for a condition that did not match. */
export function conditionSentence(c: ConditionExplain): string {
  if (c.unknownOperator) return `${c.operator} is not a condition operator IAM knows, so this condition never matches.`;
  if (c.unresolvedVariable) {
    return `Condition ${c.operator} on ${c.key} failed: a policy variable in its values could not be filled from the request.`;
  }
  if (c.requestValues === undefined) return `Condition ${c.operator} on ${c.key} failed: the request has no ${c.key}.`;
  const noun = c.requestValues.length === 1 ? 'value' : 'values';
  return `Condition ${c.operator} on ${c.key} failed: the request's ${noun} ${list(c.requestValues)} did not satisfy ${list(c.values)}.`;
}

function mismatchReasons(s: StatementExplain, request: ExplainedRequest, elements: ReadonlySet<string>): string[] {
  const reasons: string[] = [];
  if (!s.action) {
    reasons.push(
      elements.has('NotAction')
        ? `Its NotAction excludes ${request.action}.`
        : `Its Action does not include ${request.action}.`,
    );
  }
  if (!s.resource) {
    reasons.push(
      elements.has('NotResource')
        ? `Its NotResource excludes ${request.resource}.`
        : `Its Resource does not match ${request.resource}.`,
    );
  }
  if (s.principal === false) {
    reasons.push(
      elements.has('NotPrincipal')
        ? `Its NotPrincipal excludes ${request.principal}.`
        : `Its Principal does not name ${request.principal}.`,
    );
  }
  for (const c of s.conditions) if (!c.matched) reasons.push(conditionSentence(c));
  if (reasons.length === 0 && !s.conditionsMatched) reasons.push('Its conditions did not match.');
  return reasons;
}

function appliedButDidNotDecide(s: StatementExplain, decision: Decision): string {
  if (s.effect === 'Allow' && decision.decision === 'ExplicitDeny') {
    return 'It allows the request, but an explicit deny overrides it.';
  }
  if (s.effect === 'Allow' && decision.decision === 'ImplicitDeny') {
    const capped = decision.stage === 'scp' || decision.stage === 'boundary' || decision.stage === 'session';
    if (capped && s.policyKind !== decision.stage) {
      return `It allows the request, but the ${KIND_LABELS[decision.stage as PolicySetKind]} does not.`;
    }
    return 'It allows the request, but another kind of policy that takes part does not.';
  }
  if (s.effect === 'Allow') return 'It also allows the request.';
  return 'It matches the request.';
}

function lineOf(s: StatementRef, reasons: string[]): StatementLine {
  return {
    key: statementKey(s),
    policyKind: s.policyKind,
    kindLabel: KIND_LABELS[s.policyKind],
    policyName: s.policyName,
    statementLabel: `Statement[${s.statementIndex}]`,
    ...(s.sid === undefined ? {} : { sid: s.sid }),
    effect: s.effect,
    reasons,
  };
}

/** Turns a decision into the words of the result panel. */
export function explainDecision(
  decision: Decision,
  request: ExplainedRequest,
  elementsOf: StatementElements = () => new Set(),
): DecisionView {
  const decidingKeys = new Set(decision.matched.map(statementKey));
  const byKey = new Map(decision.statements.map((s) => [statementKey(s), s]));
  const deciding = decision.matched.map((ref) => {
    const s = byKey.get(statementKey(ref));
    const parts = s?.principal === undefined ? 'action, resource and conditions' : 'action, resource, principal and conditions';
    const verb = ref.effect === 'Deny' ? 'denies' : 'allows';
    return lineOf(s ?? ref, [`Its ${parts} all match, so it ${verb} the request.`]);
  });
  const others = decision.statements
    .filter((s) => !decidingKeys.has(statementKey(s)))
    .map((s) =>
      lineOf(s, s.applies ? [appliedButDidNotDecide(s, decision)] : mismatchReasons(s, request, elementsOf(s))),
    );
  return {
    decision: decision.decision,
    headline: HEADLINES[decision.decision],
    summary: summaryOf(decision),
    deciding,
    missingContextKeys: [...decision.missingContextKeys],
    others,
  };
}
