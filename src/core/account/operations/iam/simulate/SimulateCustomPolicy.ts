/** SimulateCustomPolicy: how the engine decides actions under policies given in the request alone. */
import { invalidInput, isApiError } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { paginate } from '../../../shapes.ts';
import { checkInputs, readContextEntries, SIMULATE_COMMON_PARAMS, simulate, type SimulateCommonParams, type SourcePolicy } from './evaluate.ts';

export interface SimulateCustomPolicyParams extends SimulateCommonParams {
  PolicyInputList: string[];
}

export const SimulateCustomPolicy = defineOperation<SimulateCustomPolicyParams, Record<string, unknown>>({
  service: 'iam',
  name: 'SimulateCustomPolicy',
  summary: 'Simulates how a set of identity policies (and optionally a boundary and a resource policy) work with actions and resources.',
  params: [
    { name: 'PolicyInputList', type: 'list', required: true, member: { name: 'member', type: 'string', min: 1, max: 131072, pattern: PATTERNS.policyDocument }, doc: 'The identity policies to simulate.' },
    ...SIMULATE_COMMON_PARAMS,
  ],
  resource: () => '*',
  run(ctx, p) {
    const bad = checkInputs(p.PolicyInputList, 'identity') ?? checkInputs(p.PermissionsBoundaryPolicyInputList, 'boundary') ?? checkInputs(p.ResourcePolicy === undefined ? undefined : [p.ResourcePolicy], 'resource');
    if (bad) return bad;
    const context = readContextEntries(p.ContextEntries);
    if (isApiError(context)) return context;
    if (p.ResourcePolicy !== undefined && p.CallerArn === undefined) {
      return invalidInput('Invalid CallerArn: a CallerArn is required when a ResourcePolicy is given.');
    }
    const policies: SourcePolicy[] = p.PolicyInputList.map((document, i) => ({ kind: 'identity', id: `PolicyInputList.${i + 1}`, type: 'none', document }));
    (p.PermissionsBoundaryPolicyInputList ?? []).forEach((document, i) => policies.push({ kind: 'boundary', id: `PermissionsBoundaryPolicyInputList.${i + 1}`, type: 'none', document }));
    if (p.ResourcePolicy !== undefined) policies.push({ kind: 'resource', id: 'ResourcePolicy', type: 'resource', document: p.ResourcePolicy });
    // Without a caller the policies are judged as if attached to an IAM user of this account.
    const principalArn = p.CallerArn ?? `arn:aws:iam::${ctx.state.accountId}:user/SimulatedCaller`;
    const input = { principalArn, accountId: ctx.state.accountId, policies, actions: p.ActionNames, resources: p.ResourceArns ?? ['*'], context };
    const results = simulate(p.ResourceOwner !== undefined ? { ...input, resourceOwner: p.ResourceOwner } : input);
    const { page, ...rest } = paginate(results, p);
    return { EvaluationResults: page, ...rest };
  },
});
