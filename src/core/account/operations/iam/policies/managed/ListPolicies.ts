/**
 * ListPolicies: AWS-managed and customer-managed policies, by Scope, path, and attachment. Every policy
 * of the lab can be used both as a permissions policy and as a boundary, so PolicyUsageFilter matters
 * together with OnlyAttached: it then keeps the policies attached in that way.
 */
import { defineOperation } from '../../../../operation.ts';
import { byName, PAGING_PARAMS, paginate } from '../../../../shapes.ts';
import { PATH_PREFIX_PARAM, policyJson, policyUsage } from '../shared/policies.ts';

export interface ListPoliciesParams {
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
  PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
  Marker?: string;
  MaxItems?: number;
}

export const ListPolicies = defineOperation<ListPoliciesParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListPolicies',
  summary: 'Lists the managed policies available in the account, AWS-managed and your own.',
  params: [
    { name: 'Scope', type: 'string', enum: ['All', 'AWS', 'Local'], doc: 'All (default), AWS (AWS-managed only) or Local (customer-managed only).' },
    { name: 'OnlyAttached', type: 'boolean', doc: 'Only policies attached to a user, group or role.' },
    PATH_PREFIX_PARAM,
    { name: 'PolicyUsageFilter', type: 'string', enum: ['PermissionsPolicy', 'PermissionsBoundary'], doc: 'Filter by how the policy is used.' },
    ...PAGING_PARAMS,
  ],
  resource: () => '*',
  run(ctx, p) {
    const scope = p.Scope ?? 'All';
    const prefix = p.PathPrefix ?? '/';
    const usage = policyUsage(ctx.state);
    const zero = { attachments: 0, boundaries: 0 };
    const kept = Object.values(ctx.state.policies).filter((pol) => {
      if (scope === 'AWS' && !pol.awsManaged) return false;
      if (scope === 'Local' && pol.awsManaged) return false;
      if (!pol.path.startsWith(prefix)) return false;
      if (p.OnlyAttached) {
        const u = usage.get(pol.arn) ?? zero;
        const used = p.PolicyUsageFilter === 'PermissionsPolicy' ? u.attachments : p.PolicyUsageFilter === 'PermissionsBoundary' ? u.boundaries : u.attachments + u.boundaries;
        if (used === 0) return false;
      }
      return true;
    });
    const { page, ...rest } = paginate(byName(kept, (x) => x.policyName), p);
    return { Policies: page.map((pol) => policyJson(pol, usage.get(pol.arn) ?? zero, false)), ...rest };
  },
});
