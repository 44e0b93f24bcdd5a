/** GetPolicyVersion: one version of a managed policy with its document, decoded and parsed as AWS CLI v2 prints it. */
import { noSuchEntity } from '../../../../errors.ts';
import { defineOperation } from '../../../../operation.ts';
import { documentOutput } from '../../../../policy-documents.ts';
import { POLICY_ARN_PARAM, policyNotFound } from '../shared/policies.ts';
import { VERSION_ID_PARAM } from './version-param.ts';

export interface GetPolicyVersionParams {
  PolicyArn: string;
  VersionId: string;
}

export const GetPolicyVersion = defineOperation<GetPolicyVersionParams, { PolicyVersion: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetPolicyVersion',
  summary: 'Retrieves a version of a managed policy, including its policy document.',
  params: [POLICY_ARN_PARAM, VERSION_ID_PARAM],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    const v = policy.versions.find((x) => x.versionId === p.VersionId);
    if (!v) return noSuchEntity(`Policy ${p.PolicyArn} version ${p.VersionId} does not exist or is not attachable.`);
    return { PolicyVersion: { Document: documentOutput(v.document), VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createDate } };
  },
});
