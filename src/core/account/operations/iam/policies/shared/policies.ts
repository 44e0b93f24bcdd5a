/** Managed-policy helpers shared by the policy operations: ARNs, usage counts, JSON shapes, error wording. */
import { accessDenied, noSuchEntity, type ApiError } from '../../../../errors.ts';
import type { AccountState, ManagedPolicy, PolicyVersion } from '../../../../model.ts';
import type { OpContext } from '../../../../operation.ts';
import type { ParamSpec } from '../../../../params.ts';
import { tagsJson } from '../../../../shapes.ts';

/** The `PolicyArn` parameter (20–2,048 characters). */
export const POLICY_ARN_PARAM: ParamSpec = { name: 'PolicyArn', type: 'string', required: true, min: 20, max: 2048, doc: 'The ARN of the managed policy.' };

/** The `PolicyName` parameter (1–128 of [\w+=,.@-]). */
export const POLICY_NAME_PARAM: ParamSpec = { name: 'PolicyName', type: 'string', required: true, min: 1, max: 128, pattern: '[\\w+=,.@-]+', doc: 'The name of the policy.' };

/** `PathPrefix` of the list operations. */
export const PATH_PREFIX_PARAM: ParamSpec = { name: 'PathPrefix', type: 'string', min: 1, max: 512, pattern: '\\u002F[\\u0021-\\u007F]*', doc: 'Only items whose path starts with this (default /).' };

/** How many identities a managed policy is attached to, and how many use it as a permissions boundary. */
export interface PolicyUsage {
  attachments: number;
  boundaries: number;
}

/** Usage of every managed policy, counted once over the account (so lists stay linear). */
export function policyUsage(state: AccountState): Map<string, PolicyUsage> {
  const usage = new Map<string, PolicyUsage>();
  const get = (arn: string): PolicyUsage => {
    let u = usage.get(arn);
    if (!u) usage.set(arn, (u = { attachments: 0, boundaries: 0 }));
    return u;
  };
  for (const e of [...Object.values(state.users), ...Object.values(state.groups), ...Object.values(state.roles)]) {
    for (const arn of e.attachedPolicies) get(arn).attachments++;
  }
  for (const e of [...Object.values(state.users), ...Object.values(state.roles)]) {
    if (e.permissionsBoundary) get(e.permissionsBoundary).boundaries++;
  }
  return usage;
}

/** The usage of one policy. */
export function usageOf(state: AccountState, arn: string): PolicyUsage {
  return policyUsage(state).get(arn) ?? { attachments: 0, boundaries: 0 };
}

/** The default version of a managed policy. */
export function defaultVersion(p: ManagedPolicy): PolicyVersion | undefined {
  return p.versions.find((v) => v.isDefault);
}

/** The `Policy` structure of IAM's responses (GetPolicy adds Description and Tags; ListPolicies leaves them out). */
export function policyJson(p: ManagedPolicy, usage: PolicyUsage, detailed: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    PolicyName: p.policyName,
    PolicyId: p.policyId,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: defaultVersion(p)?.versionId,
    AttachmentCount: usage.attachments,
    PermissionsBoundaryUsageCount: usage.boundaries,
    IsAttachable: true,
  };
  if (detailed && p.description !== undefined) out.Description = p.description;
  out.CreateDate = p.createDate;
  out.UpdateDate = p.updateDate;
  const tags = detailed ? tagsJson(p.tags) : undefined;
  if (tags) out.Tags = tags;
  return out;
}

/** `Policy ARN was not found.` (GetPolicy, DeletePolicy, version operations, detaching what is not attached). */
export const policyNotFound = (arn: string): ApiError => noSuchEntity(`Policy ${arn} was not found.`);

/** `Policy ARN does not exist or is not attachable.` (attaching an unknown ARN). */
export const policyNotAttachable = (arn: string): ApiError => noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);

/**
 * An AWS-managed policy belongs to the `aws` account: changing it is refused as AWS refuses it, with
 * AccessDenied naming the policy resource.
 */
export function awsManagedRefusal(ctx: OpContext, action: string, arn: string): ApiError {
  return accessDenied(`User: ${ctx.caller.arn} is not authorized to perform: ${action} on resource: policy ${arn}`);
}

/** The version number of an id (`v3` → 3), for newest-first ordering. */
export function versionNumber(versionId: string): number {
  return Number.parseInt(versionId.slice(1), 10) || 0;
}
