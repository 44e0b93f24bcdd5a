/** ListEntitiesForPolicy: the users, groups and roles a managed policy is attached to (or is the boundary of). */
import type { AccountState } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { byName, PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { PATH_PREFIX_PARAM, POLICY_ARN_PARAM, policyNotFound } from './shared/policies.ts';

export interface ListEntitiesForPolicyParams {
  PolicyArn: string;
  EntityFilter?: 'User' | 'Role' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy';
  PathPrefix?: string;
  PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
  Marker?: string;
  MaxItems?: number;
}

type Entity = { kind: 'Group'; GroupName: string; GroupId: string } | { kind: 'User'; UserName: string; UserId: string } | { kind: 'Role'; RoleName: string; RoleId: string };

function entitiesUsing(state: AccountState, arn: string, p: ListEntitiesForPolicyParams): Entity[] {
  const prefix = p.PathPrefix ?? '/';
  const asPolicy = p.PolicyUsageFilter !== 'PermissionsBoundary';
  const asBoundary = p.PolicyUsageFilter !== 'PermissionsPolicy';
  const want = (k: 'User' | 'Group' | 'Role'): boolean => p.EntityFilter === undefined || p.EntityFilter === k;
  const out: Entity[] = [];
  if (want('Group') && asPolicy) {
    for (const g of byName(Object.values(state.groups), (x) => x.groupName)) {
      if (g.path.startsWith(prefix) && g.attachedPolicies.includes(arn)) out.push({ kind: 'Group', GroupName: g.groupName, GroupId: g.groupId });
    }
  }
  if (want('User')) {
    for (const u of byName(Object.values(state.users), (x) => x.userName)) {
      const used = (asPolicy && u.attachedPolicies.includes(arn)) || (asBoundary && u.permissionsBoundary === arn);
      if (u.path.startsWith(prefix) && used) out.push({ kind: 'User', UserName: u.userName, UserId: u.userId });
    }
  }
  if (want('Role')) {
    for (const r of byName(Object.values(state.roles), (x) => x.roleName)) {
      const used = (asPolicy && r.attachedPolicies.includes(arn)) || (asBoundary && r.permissionsBoundary === arn);
      if (r.path.startsWith(prefix) && used) out.push({ kind: 'Role', RoleName: r.roleName, RoleId: r.roleId });
    }
  }
  return out;
}

export const ListEntitiesForPolicy = defineOperation<ListEntitiesForPolicyParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListEntitiesForPolicy',
  summary: 'Lists the IAM users, groups and roles that the specified managed policy is attached to.',
  params: [
    POLICY_ARN_PARAM,
    { name: 'EntityFilter', type: 'string', enum: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'], doc: 'Only entities of this type.' },
    PATH_PREFIX_PARAM,
    { name: 'PolicyUsageFilter', type: 'string', enum: ['PermissionsPolicy', 'PermissionsBoundary'], doc: 'Only where the policy is used this way.' },
    ...PAGING_PARAMS,
  ],
  resource: (_ctx, p) => p.PolicyArn,
  run(ctx, p) {
    if (!ctx.state.policies[p.PolicyArn]) return policyNotFound(p.PolicyArn);
    const { page, ...rest } = paginate(entitiesUsing(ctx.state, p.PolicyArn, p), p);
    const strip = <T extends Entity>(e: T): Omit<T, 'kind'> => {
      const { kind: _kind, ...fields } = e;
      return fields;
    };
    return {
      PolicyGroups: page.filter((e) => e.kind === 'Group').map(strip),
      PolicyUsers: page.filter((e) => e.kind === 'User').map(strip),
      PolicyRoles: page.filter((e) => e.kind === 'Role').map(strip),
      ...rest,
    };
  },
});
