/**
 * The three kinds of IAM identity that policies attach to (users, groups, roles), described once so the
 * attach/detach/inline operations of each kind share one implementation with the kind's own names,
 * constraints and error wording.
 */
import { noSuchEntity, noSuchUser, type ApiError } from '../../../../errors.ts';
import type { AccountState } from '../../../../model.ts';
import { PATTERNS, type ParamSpec } from '../../../../params.ts';
import { findRole, findUser } from '../../../../principals.ts';
import { QUOTAS } from '../../../../quotas.ts';
import { iamArn } from '../../../../shapes.ts';
import type { InlineOwnerKind } from '../../../../policy-documents.ts';

/** What the policy operations need of a user, group or role. */
export interface PolicyOwner {
  /** The name as it was created (case preserved). */
  name: string;
  arn: string;
  /** ARNs of attached managed policies (the entity's own array: changes are kept). */
  attachedPolicies: string[];
  /** Inline policies by name (the entity's own record). */
  inlinePolicies: Record<string, string>;
}

/** One kind of policy owner. */
export interface OwnerKind {
  kind: InlineOwnerKind;
  /** `User`, `Group`, `Role`: the word in operation names. */
  label: 'User' | 'Group' | 'Role';
  /** The name parameter (`UserName`, `GroupName`, `RoleName`) with IAM's constraints. */
  nameParam: ParamSpec;
  find(state: AccountState, name: string): PolicyOwner | undefined;
  /** The ARN a call is authorized against when the entity does not exist. */
  fallbackArn(state: AccountState, name: string): string;
  notFound(name: string): ApiError;
  /** The managed-policy quota, as IAM names it in LimitExceeded (`PoliciesPerUser`). */
  attachQuotaName: string;
  attachQuota: number;
}

function ownerOf(name: string, e: { arn: string; attachedPolicies: string[]; inlinePolicies: Record<string, string> }): PolicyOwner {
  return { name, arn: e.arn, attachedPolicies: e.attachedPolicies, inlinePolicies: e.inlinePolicies };
}

export const USER_OWNER: OwnerKind = {
  kind: 'user',
  label: 'User',
  nameParam: { name: 'UserName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The name of the IAM user.' },
  find(state, name) {
    const u = findUser(state, name);
    return u ? ownerOf(u.userName, u) : undefined;
  },
  fallbackArn: (state, name) => iamArn(state, 'user', '/', name),
  notFound: (name) => noSuchUser(name),
  attachQuotaName: 'PoliciesPerUser',
  attachQuota: QUOTAS.AttachedPoliciesPerUserQuota,
};

export const GROUP_OWNER: OwnerKind = {
  kind: 'group',
  label: 'Group',
  nameParam: { name: 'GroupName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The name of the IAM group.' },
  find(state, name) {
    const g = state.groups[name.toLowerCase()];
    return g ? ownerOf(g.groupName, g) : undefined;
  },
  fallbackArn: (state, name) => iamArn(state, 'group', '/', name),
  notFound: (name) => noSuchEntity(`The group with name ${name} cannot be found.`),
  attachQuotaName: 'PoliciesPerGroup',
  attachQuota: QUOTAS.AttachedPoliciesPerGroupQuota,
};

export const ROLE_OWNER: OwnerKind = {
  kind: 'role',
  label: 'Role',
  nameParam: { name: 'RoleName', type: 'string', required: true, min: 1, max: 64, pattern: PATTERNS.name, doc: 'The name of the IAM role.' },
  find(state, name) {
    const r = findRole(state, name);
    return r ? ownerOf(r.roleName, r) : undefined;
  },
  fallbackArn: (state, name) => iamArn(state, 'role', '/', name),
  notFound: (name) => noSuchEntity(`The role with name ${name} cannot be found.`),
  attachQuotaName: 'PoliciesPerRole',
  attachQuota: QUOTAS.AttachedPoliciesPerRoleQuota,
};
