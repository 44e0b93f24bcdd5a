/** ListPolicyVersions: the versions of a managed policy, newest first, without their documents. */
import { defineOperation } from '../../../../operation.ts';
import { PAGING_PARAMS, paginate } from '../../../../shapes.ts';
import { POLICY_ARN_PARAM, policyNotFound, versionNumber } from '../shared/policies.ts';

export interface ListPolicyVersionsParams {
  PolicyArn: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListPolicyVersions = defineOperation<ListPolicyVersionsParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListPolicyVersions',
  summary: 'Lists the versions of a managed policy, including the default one.',
  params: [POLICY_ARN_PARAM, ...PAGING_PARAMS],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    const policy = ctx.state.policies[p.PolicyArn];
    if (!policy) return policyNotFound(p.PolicyArn);
    const sorted = [...policy.versions].sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId));
    const { page, ...rest } = paginate(sorted, p);
    return { Versions: page.map((v) => ({ VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createDate })), ...rest };
  },
});
