/**
 * The console's Policies pages: the filtered list, one policy's default version as JSON, its versions
 * the entities it is attached to, and the summary of what it allows.
 */
import type { AccountState } from '../../core/account/model.ts';
import { summarizePolicy, type PolicySummaryResult } from '../editor/policy-summary.ts';
import { dateLabel } from './ages.ts';

/** Which policies the list shows. */
export type PolicyTypeFilter = 'all' | 'aws' | 'customer';

/** One row of the Policies list. */
export interface PolicyRow {
  name: string;
  arn: string;
  type: 'AWS managed' | 'Customer managed';
  description: string;
  attachedTo: number;
}

/** A policy's detail page. */
export interface PolicyDetail extends PolicyRow {
  created: string;
  updated: string;
  defaultVersion: string;
  versions: number;
  /** The default version's document, pretty-printed (as written when it is not valid JSON). */
  document: string;
  /** AWS-managed policies cannot be edited or deleted in an account. */
  awsManaged: boolean;
}

/** One version of a managed policy, as the Policy versions table shows it. */
export interface PolicyVersionRow {
  versionId: string;
  isDefault: boolean;
  created: string;
  /** The version's document, pretty-printed. */
  document: string;
}

/** An identity a managed policy is attached to, or uses it as its permissions boundary. */
export interface PolicyEntity {
  kind: 'user' | 'group' | 'role';
  name: string;
  /** `permissions` = attached as a permissions policy; `boundary` = set as the permissions boundary. */
  use: 'permissions' | 'boundary';
}

function attachments(state: AccountState, arn: string): number {
  let n = 0;
  for (const holder of [...Object.values(state.users), ...Object.values(state.groups), ...Object.values(state.roles)]) if (holder.attachedPolicies.includes(arn)) n++;
  return n;
}

/** Pretty-print a policy document (URL-decoded JSON text); unchanged when it does not parse. */
export function prettyDocument(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The Policies list: customer managed first, then by name; filtered by type and by text in the name. */
export function policyRows(state: AccountState, type: PolicyTypeFilter = 'all', text = ''): PolicyRow[] {
  const needle = text.trim().toLowerCase();
  return Object.values(state.policies)
    .filter((p) => (type === 'all' || (type === 'aws') === p.awsManaged) && (needle === '' || p.policyName.toLowerCase().includes(needle)))
    .sort((a, b) => Number(a.awsManaged) - Number(b.awsManaged) || a.policyName.localeCompare(b.policyName))
    .map((p) => ({ name: p.policyName, arn: p.arn, type: p.awsManaged ? 'AWS managed' : 'Customer managed', description: p.description ?? '', attachedTo: attachments(state, p.arn) }));
}

/** One policy, or undefined when there is no such policy. */
export function policyDetail(state: AccountState, arn: string): PolicyDetail | undefined {
  const p = state.policies[arn];
  if (!p) return undefined;
  const def = p.versions.find((v) => v.isDefault) ?? p.versions[0];
  return {
    name: p.policyName,
    arn: p.arn,
    type: p.awsManaged ? 'AWS managed' : 'Customer managed',
    description: p.description ?? '',
    attachedTo: attachments(state, p.arn),
    created: dateLabel(p.createDate),
    updated: dateLabel(p.updateDate),
    defaultVersion: def?.versionId ?? '',
    versions: p.versions.length,
    document: def ? prettyDocument(def.document) : '',
    awsManaged: p.awsManaged,
  };
}

function versionNumber(versionId: string): number {
  return Number(versionId.replace(/^v/, '')) || 0;
}

/** A policy's versions, newest first (empty when there is no such policy). */
export function policyVersions(state: AccountState, arn: string): PolicyVersionRow[] {
  const p = state.policies[arn];
  if (!p) return [];
  return [...p.versions]
    .sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId))
    .map((v) => ({ versionId: v.versionId, isDefault: v.isDefault, created: dateLabel(v.createDate), document: prettyDocument(v.document) }));
}

/** The users, groups and roles a policy is attached to (then those using it as a boundary), each kind by name. */
export function policyEntities(state: AccountState, arn: string): PolicyEntity[] {
  const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
  const attached = (kind: PolicyEntity['kind'], names: { name: string; policies: string[] }[]): PolicyEntity[] =>
    names.filter((e) => e.policies.includes(arn)).sort(byName).map((e) => ({ kind, name: e.name, use: 'permissions' }));
  const users = Object.values(state.users);
  const roles = Object.values(state.roles);
  const boundaries: PolicyEntity[] = [
    ...users.filter((u) => u.permissionsBoundary === arn).map((u) => ({ kind: 'user' as const, name: u.userName, use: 'boundary' as const })).sort(byName),
    ...roles.filter((r) => r.permissionsBoundary === arn).map((r) => ({ kind: 'role' as const, name: r.roleName, use: 'boundary' as const })).sort(byName),
  ];
  return [
    ...attached('user', users.map((u) => ({ name: u.userName, policies: u.attachedPolicies }))),
    ...attached('group', Object.values(state.groups).map((g) => ({ name: g.groupName, policies: g.attachedPolicies }))),
    ...attached('role', roles.map((r) => ({ name: r.roleName, policies: r.attachedPolicies }))),
    ...boundaries,
  ];
}

/**
 * The console's policy summary of a managed policy's default version: what it allows read alone, as the
 * identity policy of a user of this account, over the account's resources (the editor's summary, reused).
 */
export function policyPermissions(state: AccountState, arn: string, nowMs: number): PolicySummaryResult | undefined {
  const p = state.policies[arn];
  const def = p?.versions.find((v) => v.isDefault) ?? p?.versions[0];
  return def ? summarizePolicy(def.document, 'identity', state, nowMs) : undefined;
}
