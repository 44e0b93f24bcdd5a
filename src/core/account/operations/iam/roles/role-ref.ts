/** Shared pieces of the role operations: the RoleName parameter, ARNs, messages, trust checks and shapes. */
import { limitExceeded, type ApiError } from '../../../errors.ts';
import type { Role } from '../../../model.ts';
import type { OpContext } from '../../../operation.ts';
import { PATTERNS, type ParamSpec } from '../../../params.ts';
import { checkPolicyDocument, documentOutput, documentSize } from '../../../policy-documents.ts';
import { findRole } from '../../../principals.ts';
import { QUOTAS } from '../../../quotas.ts';
import { tagsJson } from '../../../shapes.ts';

/** `RoleName` of an existing role (1–64 characters, IAM name characters). */
export function roleNameParam(doc: string): ParamSpec {
  return { name: 'RoleName', type: 'string', required: true, min: 1, max: 64, pattern: PATTERNS.name, doc };
}

/** `Description` of a role (up to 1,000 printable Latin-1 characters). */
export const DESCRIPTION_PARAM: ParamSpec = {
  name: 'Description',
  type: 'string',
  max: 1000,
  pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
  doc: 'A description of the role.',
};

/** `MaxSessionDuration`: 1 to 12 hours, in seconds. */
export const MAX_SESSION_PARAM: ParamSpec = {
  name: 'MaxSessionDuration',
  type: 'integer',
  min: 3600,
  max: 43200,
  doc: 'The maximum session duration in seconds (3600 to 43200, default 3600).',
};

/** The role's ARN, or the ARN it would have at the root path. */
export function roleArnFor(ctx: OpContext, roleName: string): string {
  return findRole(ctx.state, roleName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:role/${roleName}`;
}

/** `The role with name X cannot be found.` */
export function noRoleMessage(roleName: string): string {
  return `The role with name ${roleName} cannot be found.`;
}

/** A trust policy: valid as a trust policy (MalformedPolicyDocument) and within ACLSizePerRole (2,048). */
export function checkTrustPolicy(text: string): ApiError | undefined {
  const malformed = checkPolicyDocument(text, 'trust');
  if (malformed) return malformed;
  if (documentSize(text) > QUOTAS.AssumeRolePolicySizeQuota) return limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${QUOTAS.AssumeRolePolicySizeQuota}`);
  return undefined;
}

/** What a `Role` structure of a response contains beyond the basics. */
export interface RoleJsonOptions {
  /** MaxSessionDuration and Description (ListRoles, GetRole). */
  settings?: boolean;
  /** PermissionsBoundary, Tags and RoleLastUsed (GetRole only). */
  details?: boolean;
}

/** The `Role` structure as AWS CLI v2 prints it (the trust policy decoded into JSON). */
export function roleJson(role: Role, options: RoleJsonOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: documentOutput(role.assumeRolePolicyDocument),
  };
  if (role.description !== undefined) out.Description = role.description;
  if (options.settings || options.details) out.MaxSessionDuration = role.maxSessionDuration;
  if (options.details) {
    if (role.permissionsBoundary) out.PermissionsBoundary = { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: role.permissionsBoundary };
    const tags = tagsJson(role.tags);
    if (tags) out.Tags = tags;
    out.RoleLastUsed = role.lastUsed ? { LastUsedDate: role.lastUsed.date, Region: role.lastUsed.region } : {};
  }
  return out;
}
