/**
 * SimulatePrincipalPolicy: how the engine decides actions for a user, group or role, from the policies
 * attached to it (a user's include its groups'), plus PolicyInputList, an optional boundary override and
 * an optional resource policy. Decisions come from the same engine that authorizes every call.
 */
import { invalidInput, isApiError, noSuchEntity, noSuchUser } from '../../../errors.ts';
import type { AccountState } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findRole, findUser } from '../../../principals.ts';
import { paginate } from '../../../shapes.ts';
import { checkInputs, readContextEntries, SIMULATE_COMMON_PARAMS, simulate, type SimulateCommonParams, type SourcePolicy } from './evaluate.ts';

export interface SimulatePrincipalPolicyParams extends SimulateCommonParams {
  PolicySourceArn: string;
  PolicyInputList?: string[];
}

/** SourcePolicyType of a managed policy. */
function managedType(state: AccountState, arn: string): string {
  return state.policies[arn]?.awsManaged ? 'aws-managed' : 'user-managed';
}

function managed(state: AccountState, arns: readonly string[], kind: 'identity' | 'boundary'): SourcePolicy[] {
  const out: SourcePolicy[] = [];
  for (const arn of arns) {
    const p = state.policies[arn];
    const doc = p?.versions.find((v) => v.isDefault)?.document;
    if (p && doc !== undefined) out.push({ kind, id: p.policyName, type: managedType(state, arn), document: doc });
  }
  return out;
}

function inline(policies: Record<string, string>, type: 'user' | 'group' | 'role'): SourcePolicy[] {
  return Object.entries(policies).map(([name, document]) => ({ kind: 'identity', id: name, type, document }));
}

/** The entity an ARN names: its policies and the principal to simulate as. */
function sourceOf(state: AccountState, arn: string): { policies: SourcePolicy[]; boundary: SourcePolicy[]; principal?: string; isUser: boolean } | ReturnType<typeof noSuchEntity> {
  const m = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!m || m[1] !== state.accountId) return invalidInput(`ARN ${arn} is not valid.`);
  const kind = m[2];
  const name = m[3] ?? '';
  if (kind === 'user') {
    const user = findUser(state, name);
    if (!user || user.arn !== arn) return noSuchUser(name);
    const policies = [...inline(user.inlinePolicies, 'user'), ...managed(state, user.attachedPolicies, 'identity')];
    for (const g of user.groups) {
      const group = state.groups[g.toLowerCase()];
      if (group) policies.push(...inline(group.inlinePolicies, 'group'), ...managed(state, group.attachedPolicies, 'identity'));
    }
    return { policies, boundary: user.permissionsBoundary ? managed(state, [user.permissionsBoundary], 'boundary') : [], principal: user.arn, isUser: true };
  }
  if (kind === 'group') {
    const group = state.groups[name.toLowerCase()];
    if (!group || group.arn !== arn) return noSuchEntity(`The group with name ${name} cannot be found.`);
    return { policies: [...inline(group.inlinePolicies, 'group'), ...managed(state, group.attachedPolicies, 'identity')], boundary: [], isUser: false };
  }
  const role = findRole(state, name);
  if (!role || role.arn !== arn) return noSuchEntity(`The role with name ${name} cannot be found.`);
  const policies = [...inline(role.inlinePolicies, 'role'), ...managed(state, role.attachedPolicies, 'identity')];
  return { policies, boundary: role.permissionsBoundary ? managed(state, [role.permissionsBoundary], 'boundary') : [], principal: role.arn, isUser: false };
}

export const SimulatePrincipalPolicy = defineOperation<SimulatePrincipalPolicyParams, Record<string, unknown>>({
  service: 'iam',
  name: 'SimulatePrincipalPolicy',
  summary: 'Simulates how the policies of a user, group or role work with a list of actions and resources.',
  params: [
    { name: 'PolicySourceArn', type: 'string', required: true, min: 20, max: 2048, doc: 'The ARN of the user, group or role whose policies to simulate.' },
    { name: 'PolicyInputList', type: 'list', member: { name: 'member', type: 'string', min: 1, max: 131072, pattern: PATTERNS.policyDocument }, doc: 'Extra identity policies to include.' },
    ...SIMULATE_COMMON_PARAMS,
  ],
  resource: (_ctx, p) => p.PolicySourceArn,
  run(ctx, p) {
    const { state } = ctx;
    const source = sourceOf(state, p.PolicySourceArn);
    if (isApiError(source)) return source;
    const bad = checkInputs(p.PolicyInputList, 'identity') ?? checkInputs(p.PermissionsBoundaryPolicyInputList, 'boundary') ?? checkInputs(p.ResourcePolicy === undefined ? undefined : [p.ResourcePolicy], 'resource');
    if (bad) return bad;
    const context = readContextEntries(p.ContextEntries);
    if (isApiError(context)) return context;
    if (p.ResourcePolicy !== undefined && !source.isUser && p.CallerArn === undefined) {
      return invalidInput('Invalid CallerArn: a CallerArn is required when a ResourcePolicy is given and the PolicySourceArn is not an IAM user.');
    }
    const policies: SourcePolicy[] = [...source.policies];
    (p.PolicyInputList ?? []).forEach((document, i) => policies.push({ kind: 'identity', id: `PolicyInputList.${i + 1}`, type: 'none', document }));
    if (p.PermissionsBoundaryPolicyInputList !== undefined) {
      p.PermissionsBoundaryPolicyInputList.forEach((document, i) => policies.push({ kind: 'boundary', id: `PermissionsBoundaryPolicyInputList.${i + 1}`, type: 'none', document }));
    } else {
      policies.push(...source.boundary);
    }
    if (p.ResourcePolicy !== undefined) policies.push({ kind: 'resource', id: 'ResourcePolicy', type: 'resource', document: p.ResourcePolicy });
    const principalArn = p.CallerArn ?? source.principal ?? `arn:aws:iam::${state.accountId}:user/SimulatedCaller`;
    const input = { principalArn, accountId: state.accountId, policies, actions: p.ActionNames, resources: p.ResourceArns ?? ['*'], context };
    const results = simulate(p.ResourceOwner !== undefined ? { ...input, resourceOwner: p.ResourceOwner } : input);
    const { page, ...rest } = paginate(results, p);
    return { EvaluationResults: page, ...rest };
  },
});
