/**
 * Attach, detach and list managed policies of one kind of identity (user, group, role). Each operation
 * file calls one of these with its kind, so the three kinds behave alike and word errors as IAM does.
 */
import { limitExceeded } from '../../../../errors.ts';
import { defineOperation, type OperationDef } from '../../../../operation.ts';
import { PAGING_PARAMS, paginate } from '../../../../shapes.ts';
import type { OwnerKind } from './owners.ts';
import { PATH_PREFIX_PARAM, POLICY_ARN_PARAM, policyNotAttachable, policyNotFound } from './policies.ts';

/** Parameters of Attach*Policy / Detach*Policy: the owner's name under its own parameter name, and PolicyArn. */
export type AttachParams = Record<string, string> & { PolicyArn: string };

function ownerName(kind: OwnerKind, p: Record<string, unknown>): string {
  return String(p[kind.nameParam.name]);
}

function ownerArn(kind: OwnerKind, ctx: Parameters<OperationDef['resource']>[0], name: string): string {
  return kind.find(ctx.state, name)?.arn ?? kind.fallbackArn(ctx.state, name);
}

/** Attach{User,Group,Role}Policy. Attaching an already attached policy changes nothing. */
export function attachPolicyOperation(kind: OwnerKind): OperationDef<AttachParams, undefined> {
  const who = kind.label.toLowerCase();
  return defineOperation<AttachParams, undefined>({
    service: 'iam',
    name: `Attach${kind.label}Policy`,
    summary: `Attaches a managed policy to the specified IAM ${who}.`,
    params: [kind.nameParam, POLICY_ARN_PARAM],
    resource: (ctx, p) => ownerArn(kind, ctx, ownerName(kind, p)),
    context: (_ctx, p) => ({ 'iam:PolicyARN': p.PolicyArn }),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      if (!ctx.state.policies[p.PolicyArn]) return policyNotAttachable(p.PolicyArn);
      if (owner.attachedPolicies.includes(p.PolicyArn)) return undefined;
      if (owner.attachedPolicies.length >= kind.attachQuota) return limitExceeded(`Cannot exceed quota for ${kind.attachQuotaName}: ${kind.attachQuota}`);
      owner.attachedPolicies.push(p.PolicyArn);
      return undefined;
    },
  });
}

/** Detach{User,Group,Role}Policy. */
export function detachPolicyOperation(kind: OwnerKind): OperationDef<AttachParams, undefined> {
  const who = kind.label.toLowerCase();
  return defineOperation<AttachParams, undefined>({
    service: 'iam',
    name: `Detach${kind.label}Policy`,
    summary: `Removes a managed policy from the specified IAM ${who}.`,
    params: [kind.nameParam, POLICY_ARN_PARAM],
    resource: (ctx, p) => ownerArn(kind, ctx, ownerName(kind, p)),
    context: (_ctx, p) => ({ 'iam:PolicyARN': p.PolicyArn }),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      const index = owner.attachedPolicies.indexOf(p.PolicyArn);
      if (index < 0) return policyNotFound(p.PolicyArn);
      owner.attachedPolicies.splice(index, 1);
      return undefined;
    },
  });
}

/** Parameters of ListAttached*Policies. */
export type ListAttachedParams = Record<string, unknown> & { PathPrefix?: string; Marker?: string; MaxItems?: number };

/** ListAttached{User,Group,Role}Policies: name and ARN of each attached managed policy, by name. */
export function listAttachedPoliciesOperation(kind: OwnerKind): OperationDef<ListAttachedParams, Record<string, unknown>> {
  const who = kind.label.toLowerCase();
  return defineOperation<ListAttachedParams, Record<string, unknown>>({
    service: 'iam',
    name: `ListAttached${kind.label}Policies`,
    summary: `Lists the managed policies attached to the specified IAM ${who}.`,
    params: [kind.nameParam, PATH_PREFIX_PARAM, ...PAGING_PARAMS],
    resource: (ctx, p) => ownerArn(kind, ctx, ownerName(kind, p)),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      const prefix = p.PathPrefix ?? '/';
      const items = owner.attachedPolicies
        .map((arn) => ctx.state.policies[arn])
        .filter((x) => x !== undefined && x.path.startsWith(prefix))
        .map((x) => ({ PolicyName: x!.policyName, PolicyArn: x!.arn }))
        .sort((a, b) => a.PolicyName.toLowerCase().localeCompare(b.PolicyName.toLowerCase()));
      const { page, ...rest } = paginate(items, p);
      return { AttachedPolicies: page, ...rest };
    },
  });
}
