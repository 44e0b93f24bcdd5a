/** A value of one key in the request context. */
export type ContextValue = string | number | boolean | readonly (string | number | boolean)[];

/** The request context: condition keys (case-insensitive names) to values. */
export type RequestContext = Record<string, ContextValue>;

/** A request to authorize: who asks to do what to which resource, and in which context. */
export interface AuthRequest {
  /** ARN of the caller, e.g. `arn:aws:iam::111122223333:user/alice`, `arn:aws:iam::111122223333:root`, or `*` for anonymous. */
  principal: string;
  /** `service:Action`, matched case-insensitively. */
  action: string;
  /** Resource ARN (or `*`). */
  resource: string;
  /** Account that owns the resource; defaults to the account in the resource ARN, else the principal's. */
  resourceAccount?: string;
  context?: RequestContext;
}

/** The kinds of policy that take part in one evaluation. */
export type PolicySetKind = 'identity' | 'resource' | 'boundary' | 'scp' | 'session';

/** One policy in a policy set: its document (text or parsed JSON) and an optional display name. */
export interface PolicyInput {
  /** Display name (e.g. `AdministratorAccess` or `inline:s3-read`); defaults to `<kind>[index]`. */
  name?: string;
  /** The policy document, as JSON text or as an already-parsed value. */
  document: string | unknown;
  /**
   * SCPs only: the level of the organization the policy is attached to (root, OU, account). Every level
   * must allow; within a level one allow is enough. SCPs without a level share level 0.
   */
  level?: number;
}

/** The policies that apply to a request. Empty or missing lists mean "none of that kind". */
export interface PolicySet {
  identity?: PolicyInput[];
  resource?: PolicyInput[];
  boundary?: PolicyInput[];
  scp?: PolicyInput[];
  session?: PolicyInput[];
}

/** Which statement of which policy. */
export interface StatementRef {
  policyKind: PolicySetKind;
  /** Index of the policy within its kind. */
  policyIndex: number;
  policyName: string;
  /** Index of the statement within the policy. */
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
}

/** Why one condition (operator + key) held or failed. */
export interface ConditionExplain {
  operator: string;
  key: string;
  /** Policy values after variable substitution. */
  values: string[];
  /** The request's values for the key, or undefined when the key was absent. */
  requestValues?: string[];
  matched: boolean;
  /** A policy variable in the values could not be resolved. */
  unresolvedVariable?: boolean;
  /** The operator is unknown (never matches). */
  unknownOperator?: boolean;
}

/** Why one statement did or did not apply to the request. */
export interface StatementExplain extends StatementRef {
  /** True when action, resource, principal and conditions all matched. */
  applies: boolean;
  action: boolean;
  resource: boolean;
  /** Only for resource-based policies (Principal/NotPrincipal); undefined elsewhere. */
  principal?: boolean;
  conditions: ConditionExplain[];
  /** True when every condition matched (or there were none). */
  conditionsMatched: boolean;
}

/** The three final outcomes of an evaluation. */
export type DecisionKind = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The stage of AWS's evaluation order that settled the decision. */
export type DecidingStage =
  | 'explicit-deny'
  | 'scp'
  | 'resource'
  | 'identity'
  | 'boundary'
  | 'session'
  | 'root';

/** A decision is data; the UI turns it into words. */
export interface Decision {
  decision: DecisionKind;
  /** Statements that decided it: the denies for ExplicitDeny, the allows for Allow, empty for an implicit deny. */
  matched: StatementRef[];
  /** Condition keys the policies asked about that the request did not carry. */
  missingContextKeys: string[];
  /** Which step of the evaluation order settled it. */
  stage: DecidingStage;
  /** Every statement of every policy and why it did or did not apply (empty when not explaining). */
  statements: StatementExplain[];
}
