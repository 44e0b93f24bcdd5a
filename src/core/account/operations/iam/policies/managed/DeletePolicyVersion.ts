/** DeletePolicyVersion: removes a non-default version of a customer-managed policy. */
import { deleteConflict, noSuchEntity } from '../../../../errors.ts';
import { defineOperation } from '../../../../operation.ts';
import { awsManagedRefusal, POLICY_ARN_PARAM, policyNotFound } from '../shared/policies.ts';
import { VERSION_ID_PARAM } from './version-param.ts';

export interface DeletePolicyVersionParams {
  PolicyArn: string;
  VersionId: string;
}

export const DeletePolicyVersion = defineOperation<DeletePolicyVersionParams, undefined>({
  service: 'iam',
  name: 'DeletePolicyVersion',
  summary: 'Deletes a version of a managed policy. The default version cannot be deleted (delete the policy instead).',
  params: [POLICY_ARN_PARAM, VERSION_ID_PARAM],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    if (policy.awsManaged) return awsManagedRefusal(ctx, 'iam:DeletePolicyVersion', policy.arn);
    const index = policy.versions.findIndex((v) => v.versionId === p.VersionId);
    const v = policy.versions[index];
    if (!v) return noSuchEntity(`Policy ${p.PolicyArn} version ${p.VersionId} does not exist or is not attachable.`);
    if (v.isDefault) return deleteConflict('Cannot delete the default version of a policy.');
    policy.versions.splice(index, 1);
    return undefined;
  },
});
