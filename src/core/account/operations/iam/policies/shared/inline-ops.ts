/**
 * Inline policies of one kind of identity (user, group, role): put, get, list and delete. Each operation
 * file calls one of these with its kind. Documents are validated as managed ones are; the aggregate size
 * of one identity's inline policies is limited (user 2,048, group 5,120, role 10,240).
 */
import { noSuchEntity } from '../../../../errors.ts';
import { defineOperation, type OperationDef } from '../../../../operation.ts';
import { checkInlineAggregate, checkPolicyDocument, documentOutput, POLICY_DOCUMENT_PARAM } from '../../../../policy-documents.ts';
import { PAGING_PARAMS, paginate } from '../../../../shapes.ts';
import type { OwnerKind } from './owners.ts';
import { POLICY_NAME_PARAM } from './policies.ts';

/** Parameters of the inline-policy operations: the owner's name under its own parameter name, and the policy's. */
export type InlineParams = Record<string, string | undefined> & { PolicyName: string; PolicyDocument?: string };

function ownerName(kind: OwnerKind, p: Record<string, unknown>): string {
  return String(p[kind.nameParam.name]);
}

function resourceOf(kind: OwnerKind) {
  return (ctx: { state: Parameters<OwnerKind['find']>[0] }, p: Record<string, unknown>): string => {
    const name = ownerName(kind, p);
    return kind.find(ctx.state, name)?.arn ?? kind.fallbackArn(ctx.state, name);
  };
}

const inlineNotFound = (kind: OwnerKind, policyName: string) => noSuchEntity(`The ${kind.kind} policy with name ${policyName} cannot be found.`);

/** Put{User,Group,Role}Policy: adds or replaces an inline policy. */
export function putInlinePolicyOperation(kind: OwnerKind): OperationDef<InlineParams, undefined> {
  return defineOperation<InlineParams, undefined>({
    service: 'iam',
    name: `Put${kind.label}Policy`,
    summary: `Adds or updates an inline policy document embedded in the specified IAM ${kind.kind}.`,
    params: [kind.nameParam, POLICY_NAME_PARAM, POLICY_DOCUMENT_PARAM],
    resource: resourceOf(kind),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      const text = p.PolicyDocument ?? '';
      const malformed = checkPolicyDocument(text);
      if (malformed) return malformed;
      const tooBig = checkInlineAggregate(kind.kind, owner.name, owner.inlinePolicies, p.PolicyName, text);
      if (tooBig) return tooBig;
      owner.inlinePolicies[p.PolicyName] = text;
      return undefined;
    },
  });
}

/** Get{User,Group,Role}Policy: the inline policy's document, parsed as AWS CLI v2 prints it. */
export function getInlinePolicyOperation(kind: OwnerKind): OperationDef<InlineParams, Record<string, unknown>> {
  return defineOperation<InlineParams, Record<string, unknown>>({
    service: 'iam',
    name: `Get${kind.label}Policy`,
    summary: `Retrieves an inline policy document embedded in the specified IAM ${kind.kind}.`,
    params: [kind.nameParam, POLICY_NAME_PARAM],
    resource: resourceOf(kind),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      const doc = owner.inlinePolicies[p.PolicyName];
      if (doc === undefined) return inlineNotFound(kind, p.PolicyName);
      return { [kind.nameParam.name]: owner.name, PolicyName: p.PolicyName, PolicyDocument: documentOutput(doc) };
    },
  });
}

/** List{User,Group,Role}Policies: the names of the inline policies. */
export function listInlinePoliciesOperation(kind: OwnerKind): OperationDef<Record<string, unknown> & { Marker?: string; MaxItems?: number }, Record<string, unknown>> {
  return defineOperation<Record<string, unknown> & { Marker?: string; MaxItems?: number }, Record<string, unknown>>({
    service: 'iam',
    name: `List${kind.label}Policies`,
    summary: `Lists the names of the inline policies embedded in the specified IAM ${kind.kind}.`,
    params: [kind.nameParam, ...PAGING_PARAMS],
    resource: resourceOf(kind),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      const names = Object.keys(owner.inlinePolicies).sort();
      const { page, ...rest } = paginate(names, p);
      return { PolicyNames: page, ...rest };
    },
  });
}

/** Delete{User,Group,Role}Policy. */
export function deleteInlinePolicyOperation(kind: OwnerKind): OperationDef<InlineParams, undefined> {
  return defineOperation<InlineParams, undefined>({
    service: 'iam',
    name: `Delete${kind.label}Policy`,
    summary: `Deletes the specified inline policy embedded in the specified IAM ${kind.kind}.`,
    params: [kind.nameParam, POLICY_NAME_PARAM],
    resource: resourceOf(kind),
    run(ctx, p) {
      const name = ownerName(kind, p);
      const owner = kind.find(ctx.state, name);
      if (!owner) return kind.notFound(name);
      if (owner.inlinePolicies[p.PolicyName] === undefined) return inlineNotFound(kind, p.PolicyName);
      delete owner.inlinePolicies[p.PolicyName];
      return undefined;
    },
  });
}
