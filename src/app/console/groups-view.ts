/** The console's User groups pages: the list and one group's detail. */
import type { AccountState } from '../../core/account/model.ts';
import { ageLabel, dateLabel } from './ages.ts';
import { policyRef, type PolicyRef } from './users-view.ts';

/** One row of the groups list. */
export interface GroupRow {
  name: string;
  users: number;
  permissions: string;
  created: string;
}

/** A group's detail page. */
export interface GroupDetail {
  name: string;
  arn: string;
  created: string;
  members: string[];
  nonMembers: string[];
  attached: PolicyRef[];
  inline: string[];
}

function membersOf(state: AccountState, groupName: string): string[] {
  const lower = groupName.toLowerCase();
  return Object.values(state.users)
    .filter((u) => u.groups.some((g) => g.toLowerCase() === lower))
    .map((u) => u.userName)
    .sort();
}

/** The groups list, by name. */
export function groupRows(state: AccountState, nowMs: number): GroupRow[] {
  return Object.values(state.groups)
    .sort((a, b) => a.groupName.localeCompare(b.groupName))
    .map((g) => {
      const n = g.attachedPolicies.length + Object.keys(g.inlinePolicies).length;
      return { name: g.groupName, users: membersOf(state, g.groupName).length, permissions: n === 0 ? 'Not defined' : `${n} ${n === 1 ? 'policy' : 'policies'}`, created: ageLabel(g.createDate, nowMs) };
    });
}

/** One group's detail, or undefined when it does not exist. */
export function groupDetail(state: AccountState, name: string): GroupDetail | undefined {
  const g = state.groups[name.toLowerCase()];
  if (!g) return undefined;
  const members = membersOf(state, g.groupName);
  const set = new Set(members);
  return {
    name: g.groupName,
    arn: g.arn,
    created: dateLabel(g.createDate),
    members,
    nonMembers: Object.values(state.users).map((u) => u.userName).filter((u) => !set.has(u)).sort(),
    attached: g.attachedPolicies.map((arn) => policyRef(state, arn)),
    inline: Object.keys(g.inlinePolicies).sort(),
  };
}
