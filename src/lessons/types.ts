/**
 * The check vocabulary of lessons (documented for authors in docs/lesson-authoring.md) and the grader's
 * input and output. Checks are data: lesson files declare them; the grader evaluates them.
 */
import type { AccountState } from '../core/account/model.ts';
import type { SecurityItemId } from '../core/account/security-status.ts';
import type { RequestContext } from '../core/engine/types.ts';
import type { FindingType } from '../core/policy/types.ts';

/** A number, or a comparison written as text: `0`, `">= 14"`, `"<= 90"`, `"== 1"`, `"> 0"`. */
export type Comparison = number | string;

/** Who a check or an event is about: `root`, `user/NAME`, `role/NAME` (a session of that role), `any`. */
export type PrincipalRef = string;

/** Matches events in the account's history. Every given field must match. */
export interface EventMatch {
  by?: PrincipalRef;
  /** API name(s), e.g. `CreateUser` or [`CreateUser`, `CreateLoginProfile`]. */
  operation?: string | string[];
  service?: string;
  allowed?: boolean;
  /** Request parameters that must be present with these values (others are ignored). */
  params?: Record<string, unknown>;
  /** The access key that signed the call, or `{ not: id }` for any key but that one. */
  accessKeyId?: string | { not: string };
  via?: 'console' | 'cli' | 'api' | 'sdk';
  /** The error code the call failed with (e.g. `PasswordPolicyViolation`); only failed calls match. */
  errorCode?: string;
}

/** Fields every check has. */
export interface CheckBase {
  /** Short text for the checklist. */
  label: string;
  /** What is still missing, without giving the answer away (a default is made when absent). */
  failure?: string;
  /** Hidden checks are graded but not listed (used to reject over-broad answers). */
  hidden?: boolean;
}

export interface RootCheck extends CheckBase {
  kind: 'root';
  accessKeys?: Comparison;
  mfa?: boolean;
}

export interface UserCheck extends CheckBase {
  kind: 'user';
  name: string;
  exists?: boolean;
  /** Has a console password (a login profile). */
  console?: boolean;
  passwordResetRequired?: boolean;
  /** Number of access keys (any status) / active ones. */
  accessKeys?: Comparison;
  activeAccessKeys?: Comparison;
  /** Every active key is younger than this many days. */
  activeKeysYoungerThanDays?: number;
  /** Groups the user must be in. */
  inGroups?: string[];
  /** Number of policies attached or embedded directly in the user. */
  directPolicies?: Comparison;
  /** Managed policies (names or ARNs) attached directly. */
  attached?: string[];
  mfa?: boolean;
  /** This access key id must no longer exist. */
  keyDeleted?: string;
}

export interface GroupCheck extends CheckBase {
  kind: 'group';
  name: string;
  exists?: boolean;
  attached?: string[];
  members?: string[];
}

export interface RoleCheck extends CheckBase {
  kind: 'role';
  name: string;
  exists?: boolean;
  attached?: string[];
  /** A principal (ARN or account id) the trust policy must allow to call sts:AssumeRole. */
  trusts?: string;
}

export interface PasswordPolicyCheck extends CheckBase {
  kind: 'password-policy';
  exists?: boolean;
  /** Fields of GetAccountPasswordPolicy with a required value or comparison. */
  fields?: Record<string, Comparison | boolean>;
}

export interface RequestCheck extends CheckBase {
  kind: 'request';
  /** `root`, `user/NAME`, or `role/NAME` (as a session of the role). */
  as: PrincipalRef;
  action: string;
  resource: string;
  context?: RequestContext;
  /**
   * `allowed`, or `denied` (either way); `explicit-deny` when a Deny statement must decide it,
   * `implicit-deny` when nothing allows it and nothing denies it.
   */
  expect: 'allowed' | 'denied' | 'explicit-deny' | 'implicit-deny';
}

/**
 * The principal's effective access within a scope, compared with a reference policy: `equals`, `within`
 * (allows nothing the reference does not) or `covers` (allows at least what the reference allows).
 */
export interface AccessCheck extends CheckBase {
  kind: 'access';
  /** `user/NAME` or `role/NAME`. */
  as: PrincipalRef;
  relation: 'equals' | 'within' | 'covers';
  /** The reference policy document (a JSON object, or its text). */
  reference: unknown;
  /** Limit the comparison to these service prefixes. */
  services?: string[];
  /** Limit the comparison to these action patterns (`s3:*Object`). */
  actions?: string[];
}

export interface FindingsCheck extends CheckBase {
  kind: 'findings';
  /** A customer-managed policy name, or `user/NAME/POLICY` for an inline one; absent: every customer policy attached to `of`. */
  policy?: string;
  of?: PrincipalRef;
  /** Finding types that must not occur. */
  none: FindingType[];
}

export interface EventCheck extends CheckBase {
  kind: 'event';
  match: EventMatch;
  /** How many matching events there must be (default `>= 1`). */
  count?: Comparison;
}

export interface OrderCheck extends CheckBase {
  kind: 'order';
  /** A matching event must exist before the first event matching `then`... */
  first: EventMatch;
  /** ...and `then` must have happened (or, with `thenOptional`, it may not have happened yet). */
  then: EventMatch;
  thenOptional?: boolean;
}

export interface NoEventAfterCheck extends CheckBase {
  kind: 'no-event-after';
  /** No event matching this... */
  match: EventMatch;
  /** ...after the last event matching this (which must exist). */
  after: EventMatch;
}

export interface QuestionCheck extends CheckBase {
  kind: 'question';
  id: string;
  prompt: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
}

export interface SecurityStatusCheck extends CheckBase {
  kind: 'security-status';
  /** An item of the Security Status checklist (see core/account/security-status.ts). */
  item: SecurityItemId;
  ok: boolean;
}

/** Every kind of check. */
export type Check =
  | RootCheck
  | UserCheck
  | GroupCheck
  | RoleCheck
  | PasswordPolicyCheck
  | RequestCheck
  | AccessCheck
  | FindingsCheck
  | EventCheck
  | OrderCheck
  | NoEventAfterCheck
  | QuestionCheck
  | SecurityStatusCheck;

/** What the grader looks at. */
export interface GradeInput {
  state: AccountState;
  /** Simulated time, epoch ms. */
  nowMs: number;
  /** Answers to question checks, by question id (index of the chosen option). */
  answers: Record<string, number>;
}

/** One check's verdict. */
export interface CheckResult {
  label: string;
  passed: boolean;
  /** Empty when passed; otherwise what is still missing. */
  message: string;
  hidden: boolean;
}
