/** CreatePolicyVersion: a new version of a customer-managed policy (at most five kept), optionally the default. */
import { limitExceeded } from '../../../../errors.ts';
import { defineOperation } from '../../../../operation.ts';
import { checkManagedPolicySize, checkPolicyDocument, POLICY_DOCUMENT_PARAM } from '../../../../policy-documents.ts';
import { QUOTAS } from '../../../../quotas.ts';
import { awsManagedRefusal, POLICY_ARN_PARAM, policyNotFound } from '../shared/policies.ts';

export interface CreatePolicyVersionParams {
  PolicyArn: string;
  PolicyDocument: string;
  SetAsDefault?: boolean;
}

export const CreatePolicyVersion = defineOperation<CreatePolicyVersionParams, { PolicyVersion: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreatePolicyVersion',
  summary: 'Creates a new version of a customer-managed policy; a policy keeps at most five versions.',
  params: [POLICY_ARN_PARAM, POLICY_DOCUMENT_PARAM, { name: 'SetAsDefault', type: 'boolean', doc: 'Make the new version the default (the one in effect).' }],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    if (policy.awsManaged) return awsManagedRefusal(ctx, 'iam:CreatePolicyVersion', policy.arn);
    const malformed = checkPolicyDocument(p.PolicyDocument);
    if (malformed) return malformed;
    const tooBig = checkManagedPolicySize(p.PolicyDocument);
    if (tooBig) return tooBig;
    if (policy.versions.length >= QUOTAS.VersionsPerPolicyQuota) {
      return limitExceeded(`A managed policy can have up to ${QUOTAS.VersionsPerPolicyQuota} versions. Before you create a new version, you must delete an existing version.`);
    }
    const isDefault = p.SetAsDefault === true;
    const versionId = `v${policy.nextVersion}`;
    if (isDefault) {
      for (const v of policy.versions) v.isDefault = false;
      policy.updateDate = ctx.nowIso;
    }
    policy.versions.push({ versionId, document: p.PolicyDocument, isDefault, createDate: ctx.nowIso });
    policy.nextVersion++;
    return { PolicyVersion: { VersionId: versionId, IsDefaultVersion: isDefault, CreateDate: ctx.nowIso } };
  },
});
