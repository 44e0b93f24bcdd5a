/**
 * GetAccountAuthorizationDetails: every user, group and role with its inline and attached policies, and
 * the managed policies with all their versions: the whole picture of who may do what, in one call (the
 * console's effective-permissions views read it). As in AWS, AWS-managed policies are listed only when
 * something in the account uses them. Documents are printed parsed, as AWS CLI v2 prints them.
 */
import type { AccountState, Group, ManagedPolicy, Role, User } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { documentOutput } from '../../../policy-documents.ts';
import { byName, PAGING_PARAMS, paginate, tagsJson } from '../../../shapes.ts';
import { policyJson, policyUsage, type PolicyUsage } from './shared/policies.ts';

type EntityFilter = 'User' | 'Role' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy';

export interface GetAccountAuthorizationDetailsParams {
  Filter?: EntityFilter[];
  Marker?: string;
  MaxItems?: number;
}

function inlineList(inline: Record<string, string>): { PolicyName: string; PolicyDocument: unknown }[] {
  return Object.keys(inline)
    .sort()
    .map((name) => ({ PolicyName: name, PolicyDocument: documentOutput(inline[name] ?? '') }));
}

function attachedList(state: AccountState, arns: readonly string[]): { PolicyName: string; PolicyArn: string }[] {
  return arns.map((arn) => ({ PolicyName: state.policies[arn]?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
}

function boundaryJson(arn: string | undefined): Record<string, unknown> {
  return arn ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } } : {};
}

function userDetail(state: AccountState, u: User): Record<string, unknown> {
  return {
    Path: u.path,
    UserName: u.userName,
    UserId: u.userId,
    Arn: u.arn,
    CreateDate: u.createDate,
    UserPolicyList: inlineList(u.inlinePolicies),
    GroupList: [...u.groups],
    AttachedManagedPolicies: attachedList(state, u.attachedPolicies),
    ...boundaryJson(u.permissionsBoundary),
    Tags: tagsJson(u.tags) ?? [],
  };
}

function groupDetail(state: AccountState, g: Group): Record<string, unknown> {
  return {
    Path: g.path,
    GroupName: g.groupName,
    GroupId: g.groupId,
    Arn: g.arn,
    CreateDate: g.createDate,
    GroupPolicyList: inlineList(g.inlinePolicies),
    AttachedManagedPolicies: attachedList(state, g.attachedPolicies),
  };
}

function roleDetail(state: AccountState, r: Role): Record<string, unknown> {
  const lastUsed: Record<string, unknown> = {};
  if (r.lastUsed) {
    lastUsed.LastUsedDate = r.lastUsed.date;
    lastUsed.Region = r.lastUsed.region;
  }
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate,
    AssumeRolePolicyDocument: documentOutput(r.assumeRolePolicyDocument),
    InstanceProfileList: [],
    RolePolicyList: inlineList(r.inlinePolicies),
    AttachedManagedPolicies: attachedList(state, r.attachedPolicies),
    ...boundaryJson(r.permissionsBoundary),
    Tags: tagsJson(r.tags) ?? [],
    RoleLastUsed: lastUsed,
  };
}

function policyDetail(p: ManagedPolicy, usage: PolicyUsage): Record<string, unknown> {
  const { Description: _d, Tags: _t, ...base } = policyJson(p, usage, false);
  return {
    ...base,
    PolicyVersionList: p.versions.map((v) => ({ Document: documentOutput(v.document), VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createDate })),
  };
}

type Item = { list: 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'; value: Record<string, unknown> };

export const GetAccountAuthorizationDetails = defineOperation<GetAccountAuthorizationDetailsParams, Record<string, unknown>>({
  service: 'iam',
  name: 'GetAccountAuthorizationDetails',
  summary: 'Retrieves every IAM user, group and role with their policies, and the managed policies in use, in one call.',
  params: [
    {
      name: 'Filter',
      type: 'list',
      member: { name: 'EntityType', type: 'string', enum: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
      doc: 'Entity types to include (default: all).',
    },
    ...PAGING_PARAMS,
  ],
  resource: () => '*',
  run(ctx, p) {
    const { state } = ctx;
    const want = (f: EntityFilter): boolean => !p.Filter || p.Filter.length === 0 || p.Filter.includes(f);
    const usage = policyUsage(state);
    const zero = { attachments: 0, boundaries: 0 };
    const items: Item[] = [];
    if (want('User')) for (const u of byName(Object.values(state.users), (x) => x.userName)) items.push({ list: 'UserDetailList', value: userDetail(state, u) });
    if (want('Group')) for (const g of byName(Object.values(state.groups), (x) => x.groupName)) items.push({ list: 'GroupDetailList', value: groupDetail(state, g) });
    if (want('Role')) for (const r of byName(Object.values(state.roles), (x) => x.roleName)) items.push({ list: 'RoleDetailList', value: roleDetail(state, r) });
    for (const pol of byName(Object.values(state.policies), (x) => x.policyName)) {
      const u = usage.get(pol.arn) ?? zero;
      const included = pol.awsManaged ? want('AWSManagedPolicy') && u.attachments + u.boundaries > 0 : want('LocalManagedPolicy');
      if (included) items.push({ list: 'Policies', value: policyDetail(pol, u) });
    }
    const { page, ...rest } = paginate(items, p);
    const pick = (list: Item['list']) => page.filter((i) => i.list === list).map((i) => i.value);
    return {
      UserDetailList: pick('UserDetailList'),
      GroupDetailList: pick('GroupDetailList'),
      RoleDetailList: pick('RoleDetailList'),
      Policies: pick('Policies'),
      ...rest,
    };
  },
});
