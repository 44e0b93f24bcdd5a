/** CreatePolicy: a customer-managed policy with its first version (v1, the default). */
import { entityAlreadyExists, limitExceeded } from '../../../../errors.ts';
import { newUniqueId } from '../../../../ids.ts';
import type { ManagedPolicy, Tag } from '../../../../model.ts';
import { defineOperation } from '../../../../operation.ts';
import { checkManagedPolicySize, checkPolicyDocument, POLICY_DOCUMENT_PARAM } from '../../../../policy-documents.ts';
import { quotaMessage, QUOTAS } from '../../../../quotas.ts';
import { iamArn, PATH_PARAM, TAGS_PARAM } from '../../../../shapes.ts';
import { POLICY_NAME_PARAM, policyJson } from '../shared/policies.ts';

export interface CreatePolicyParams {
  PolicyName: string;
  Path?: string;
  PolicyDocument: string;
  Description?: string;
  Tags?: Tag[];
}

export const CreatePolicy = defineOperation<CreatePolicyParams, { Policy: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreatePolicy',
  summary: 'Creates a new managed policy for your AWS account (version v1, the default).',
  params: [
    POLICY_NAME_PARAM,
    PATH_PARAM,
    POLICY_DOCUMENT_PARAM,
    { name: 'Description', type: 'string', max: 1000, doc: 'A friendly description of the policy (cannot be changed later).' },
    TAGS_PARAM,
  ],
  resource: (ctx, p) => iamArn(ctx.state, 'policy', p.Path ?? '/', p.PolicyName),
  run(ctx, p) {
    const { state } = ctx;
    const malformed = checkPolicyDocument(p.PolicyDocument);
    if (malformed) return malformed;
    const tooBig = checkManagedPolicySize(p.PolicyDocument);
    if (tooBig) return tooBig;
    const lower = p.PolicyName.toLowerCase();
    const customer = Object.values(state.policies).filter((x) => !x.awsManaged);
    if (customer.some((x) => x.policyName.toLowerCase() === lower)) {
      return entityAlreadyExists(`A policy called ${p.PolicyName} already exists. Duplicate names are not allowed.`);
    }
    if (customer.length >= QUOTAS.PoliciesPerAccount) return limitExceeded(quotaMessage('PoliciesPerAccount'));
    const path = p.Path ?? '/';
    const policy: ManagedPolicy = {
      policyName: p.PolicyName,
      policyId: newUniqueId(state, 'ANPA'),
      arn: iamArn(state, 'policy', path, p.PolicyName),
      path,
      awsManaged: false,
      createDate: ctx.nowIso,
      updateDate: ctx.nowIso,
      versions: [{ versionId: 'v1', document: p.PolicyDocument, isDefault: true, createDate: ctx.nowIso }],
      nextVersion: 2,
      tags: p.Tags ?? [],
    };
    if (p.Description !== undefined) policy.description = p.Description;
    state.policies[policy.arn] = policy;
    return { Policy: policyJson(policy, { attachments: 0, boundaries: 0 }, true) };
  },
});
