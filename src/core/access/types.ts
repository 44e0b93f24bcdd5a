/** Shapes of effective-access analysis: the universe of requests, the results, summaries and comparisons. */
import type { AccessLevel } from '../catalog/index.ts';
import type { DecisionKind, RequestContext, StatementRef } from '../engine/types.ts';

/** What to analyse over: who asks, which resources exist, and which part of the catalogue. */
export interface UniverseOptions {
  /** ARN of the caller the requests are made as (its variables fill `${aws:username}` and the like). */
  principal: string;
  /** ARNs the account holds (buckets, objects, users, groups, roles, policies...). */
  resources?: readonly string[];
  /** Account of "any other" resources; defaults to the principal's account, else 111122223333. */
  accountId?: string;
  /** Region of "any other" regional resources (default us-east-1). */
  region?: string;
  /** Service prefixes to cover (default: every catalogued service). */
  services?: readonly string[];
  /** Action patterns to cover (`s3:Get*`); default every action of the services. */
  actions?: readonly string[];
  /** Context every request carries (the variants add to it or remove from it). */
  baseContext?: RequestContext;
}

/** One concrete request of the universe and what the engine decided for it. */
export interface AccessResult {
  action: string;
  resource: string;
  /** Only the condition keys the variant sets (absent keys are left out); empty for the plain context. */
  context: RequestContext;
  decision: DecisionKind;
  /** The statements that decided it (the allows for Allow, the denies for ExplicitDeny). */
  matched: StatementRef[];
}

/** The requests of one action and their decisions. */
export interface ActionAccess {
  /** `service:Name` in AWS casing. */
  action: string;
  service: string;
  access: AccessLevel;
  results: AccessResult[];
}

/** Access levels in the console's order. */
export const ACCESS_LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

/** One access level of one service in a summary, as the IAM console's policy summary shows it. */
export interface LevelSummary {
  level: AccessLevel;
  /** `Full access`, or `Limited: N of M actions`. */
  label: string;
  full: boolean;
  allowedActions: number;
  totalActions: number;
  /** The allowed action names (AWS casing), sorted. */
  actions: string[];
  /** `All resources`, or the concrete ARNs allowed (capped). */
  resources: string[];
  /** Condition keys the allowing statements test; empty when none (`None` in the console). */
  conditions: string[];
}

/** One service of a summary. */
export interface ServiceSummary {
  service: string;
  name: string;
  levels: LevelSummary[];
}

/** The summary of an effective access, JSON-serializable. */
export interface AccessSummary {
  principal: string;
  services: ServiceSummary[];
  /** Requests the engine evaluated. */
  evaluated: number;
  /** True when some action had more context combinations than were enumerated. */
  truncated: boolean;
}

/** A concrete request one side allows and the other does not. */
export interface AccessExample {
  action: string;
  resource: string;
  context?: RequestContext;
  /** The statement that allows it, as `PolicyName: Sid "X"` or `PolicyName: statement N`. */
  statement: string;
}

/** The differences between policy sets NEW and EXISTING (the `iam-lab compare` output). */
export interface Comparison {
  result: 'PASS' | 'FAIL';
  newAccess: AccessExample[];
  lostAccess: AccessExample[];
}

/** A verdict shaped like IAM Access Analyzer's custom policy checks. */
export interface CheckVerdict {
  result: 'PASS' | 'FAIL';
  reasons: { description: string; statement: string; example: AccessExample }[];
}
