/** The console's Users pages: the list and one user's detail, read from the account. */
import type { AccountState, User } from '../../core/account/model.ts';
import { ageLabel, agoLabel, dateLabel, latest } from './ages.ts';

/** One row of the Users list. */
export interface UserRow {
  name: string;
  groups: string[];
  lastActivity: string;
  passwordAge: string;
  accessKeyAge: string;
  mfa: boolean;
}

/** A policy as listed on a permissions tab. */
export interface PolicyRef {
  name: string;
  arn: string;
  type: 'AWS managed' | 'Customer managed';
}

/** A permission the user has: attached directly, inline, or through a group. */
export interface PermissionRow {
  name: string;
  /** `Directly`, `Inline`, or `Group devs`. */
  via: string;
  kind: 'attached' | 'inline' | 'group';
  arn?: string;
  group?: string;
}

/** An access key as the security credentials tab lists it. */
export interface AccessKeyRow {
  id: string;
  status: 'Active' | 'Inactive';
  created: string;
  age: string;
  lastUsed: string;
  lastUsedService: string;
}

/** Everything a user's detail page shows. */
export interface UserDetail {
  name: string;
  arn: string;
  created: string;
  permissions: PermissionRow[];
  groups: string[];
  otherGroups: string[];
  console: { enabled: boolean; lastSignIn: string; resetRequired: boolean; passwordAge: string };
  accessKeys: AccessKeyRow[];
  mfa: { serial: string; kind: string; enabled: string }[];
}

function policyName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

/** A policy ARN as a reference with its name and type. */
export function policyRef(state: AccountState, arn: string): PolicyRef {
  const p = state.policies[arn];
  return { name: p?.policyName ?? policyName(arn), arn, type: p?.awsManaged || arn.startsWith('arn:aws:iam::aws:') ? 'AWS managed' : 'Customer managed' };
}

function keyRows(keys: User['accessKeys'], nowMs: number): AccessKeyRow[] {
  return keys.map((k) => ({
    id: k.accessKeyId,
    status: k.status,
    created: dateLabel(k.createDate),
    age: ageLabel(k.createDate, nowMs),
    lastUsed: agoLabel(k.lastUsed?.date, nowMs),
    lastUsedService: k.lastUsed?.serviceName ?? 'N/A',
  }));
}

/** Access keys of a user or of root, for display. */
export function accessKeyRows(keys: User['accessKeys'], nowMs: number): AccessKeyRow[] {
  return keyRows(keys, nowMs);
}

function displayGroup(state: AccountState, key: string): string {
  return state.groups[key.toLowerCase()]?.groupName ?? key;
}

/** The Users list, sorted by name. */
export function userRows(state: AccountState, nowMs: number): UserRow[] {
  return Object.values(state.users)
    .sort((a, b) => a.userName.localeCompare(b.userName))
    .map((u) => {
      const active = u.accessKeys.filter((k) => k.status === 'Active');
      const oldest = active.map((k) => k.createDate).sort()[0];
      const last = latest([u.loginProfile?.passwordLastUsed, ...u.accessKeys.map((k) => k.lastUsed?.date)]);
      return {
        name: u.userName,
        groups: u.groups.map((g) => displayGroup(state, g)),
        lastActivity: agoLabel(last, nowMs),
        passwordAge: u.loginProfile ? ageLabel(u.loginProfile.passwordLastChanged, nowMs) : 'None',
        accessKeyAge: oldest ? ageLabel(oldest, nowMs) : 'None',
        mfa: Object.values(state.mfaDevices).some((d) => d.enabledFor === u.userName),
      };
    });
}

/** The detail page of one user, or undefined when there is no such user (any more). */
export function userDetail(state: AccountState, name: string, nowMs: number): UserDetail | undefined {
  const u = state.users[name.toLowerCase()];
  if (!u) return undefined;
  const permissions: PermissionRow[] = [
    ...u.attachedPolicies.map((arn) => ({ name: policyRef(state, arn).name, via: 'Directly', kind: 'attached' as const, arn })),
    ...Object.keys(u.inlinePolicies).sort().map((n) => ({ name: n, via: 'Inline', kind: 'inline' as const })),
  ];
  for (const g of u.groups) {
    const group = state.groups[g.toLowerCase()];
    if (!group) continue;
    for (const arn of group.attachedPolicies) permissions.push({ name: policyRef(state, arn).name, via: `Group ${group.groupName}`, kind: 'group', arn, group: group.groupName });
    for (const n of Object.keys(group.inlinePolicies).sort()) permissions.push({ name: n, via: `Group ${group.groupName} (inline)`, kind: 'group', group: group.groupName });
  }
  const groups = u.groups.map((g) => displayGroup(state, g));
  const member = new Set(groups.map((g) => g.toLowerCase()));
  return {
    name: u.userName,
    arn: u.arn,
    created: dateLabel(u.createDate),
    permissions,
    groups,
    otherGroups: Object.values(state.groups).map((g) => g.groupName).filter((g) => !member.has(g.toLowerCase())).sort(),
    console: {
      enabled: u.loginProfile !== undefined,
      lastSignIn: agoLabel(u.loginProfile?.passwordLastUsed, nowMs),
      resetRequired: u.loginProfile?.passwordResetRequired ?? false,
      passwordAge: u.loginProfile ? ageLabel(u.loginProfile.passwordLastChanged, nowMs) : 'None',
    },
    accessKeys: keyRows(u.accessKeys, nowMs),
    mfa: Object.values(state.mfaDevices)
      .filter((d) => d.enabledFor === u.userName)
      .map((d) => ({ serial: d.serialNumber, kind: d.kind === 'virtual' ? 'Virtual MFA device' : 'Hardware TOTP token', enabled: d.enableDate ? dateLabel(d.enableDate) : '' })),
  };
}
