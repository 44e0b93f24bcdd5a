/** SetDefaultPolicyVersion: chooses which version of a customer-managed policy is in effect. */
import { noSuchEntity } from '../../../../errors.ts';
import { defineOperation } from '../../../../operation.ts';
import { awsManagedRefusal, POLICY_ARN_PARAM, policyNotFound } from '../shared/policies.ts';
import { VERSION_ID_PARAM } from './version-param.ts';

export interface SetDefaultPolicyVersionParams {
  PolicyArn: string;
  VersionId: string;
}

export const SetDefaultPolicyVersion = defineOperation<SetDefaultPolicyVersionParams, undefined>({
  service: 'iam',
  name: 'SetDefaultPolicyVersion',
  summary: 'Sets the version of a managed policy that is in effect for every identity it is attached to.',
  params: [POLICY_ARN_PARAM, VERSION_ID_PARAM],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    if (policy.awsManaged) return awsManagedRefusal(ctx, 'iam:SetDefaultPolicyVersion', policy.arn);
    const target = policy.versions.find((v) => v.versionId === p.VersionId);
    if (!target) return noSuchEntity(`Policy ${p.PolicyArn} version ${p.VersionId} does not exist or is not attachable.`);
    if (!target.isDefault) {
      for (const v of policy.versions) v.isDefault = v === target;
      policy.updateDate = ctx.nowIso;
    }
    return undefined;
  },
});
