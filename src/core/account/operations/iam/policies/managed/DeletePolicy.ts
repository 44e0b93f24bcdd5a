/** DeletePolicy: only a customer-managed policy that is attached to nothing and has no other version left. */
import { deleteConflict } from '../../../../errors.ts';
import { defineOperation } from '../../../../operation.ts';
import { awsManagedRefusal, POLICY_ARN_PARAM, policyNotFound, usageOf } from '../shared/policies.ts';

export interface DeletePolicyParams {
  PolicyArn: string;
}

export const DeletePolicy = defineOperation<DeletePolicyParams, undefined>({
  service: 'iam',
  name: 'DeletePolicy',
  summary: 'Deletes a customer-managed policy. Detach it everywhere and delete its non-default versions first.',
  params: [POLICY_ARN_PARAM],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const { state } = ctx;
    const policy = state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    if (policy.awsManaged) return awsManagedRefusal(ctx, 'iam:DeletePolicy', policy.arn);
    const usage = usageOf(state, policy.arn);
    if (usage.attachments > 0 || usage.boundaries > 0) return deleteConflict('Cannot delete a policy attached to entities.');
    if (policy.versions.length > 1) {
      return deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    }
    delete state.policies[policy.arn];
    return undefined;
  },
});
