/** GetPolicy: a managed policy's details, with its attachment count and default version id (not its document). */
import { defineOperation } from '../../../../operation.ts';
import { POLICY_ARN_PARAM, policyJson, policyNotFound, usageOf } from '../shared/policies.ts';

export interface GetPolicyParams {
  PolicyArn: string;
}

export const GetPolicy = defineOperation<GetPolicyParams, { Policy: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetPolicy',
  summary: 'Retrieves information about the specified managed policy (use GetPolicyVersion for its document).',
  params: [POLICY_ARN_PARAM],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    return { Policy: policyJson(policy, usageOf(ctx.state, policy.arn), true) };
  },
});
