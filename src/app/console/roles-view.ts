/** The console's Roles pages: the list, one role's trust policy and permissions, and a minimal new role. */
import type { AccountState } from '../../core/account/model.ts';
import { agoLabel, dateLabel } from './ages.ts';
import { prettyDocument } from './policies-view.ts';
import { policyRef, type PolicyRef } from './users-view.ts';

/** One row of the Roles list. */
export interface RoleRow {
  name: string;
  trusted: string;
  lastActivity: string;
}

/** A role's detail page. */
export interface RoleDetail {
  name: string;
  arn: string;
  description: string;
  created: string;
  maxSessionHours: number;
  trustPolicy: string;
  attached: PolicyRef[];
  inline: string[];
}

/** Who a trust policy lets assume the role, in a few words (`AWS account 111122223333`, `ec2.amazonaws.com`). */
export function trustedEntities(document: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return 'Unreadable trust policy';
  }
  const statements = (parsed as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const out: string[] = [];
  for (const s of list) {
    const principal = (s as { Effect?: string; Principal?: unknown } | undefined)?.Principal;
    if ((s as { Effect?: string })?.Effect !== 'Allow' || principal === undefined) continue;
    if (principal === '*') {
      out.push('Anyone');
      continue;
    }
    for (const [kind, value] of Object.entries(principal as Record<string, unknown>)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        const text = String(v);
        const account = /^arn:aws:iam::(\d{12}):root$/.exec(text)?.[1] ?? (/^\d{12}$/.test(text) ? text : undefined);
        out.push(kind === 'Service' ? `AWS service: ${text}` : account ? `AWS account ${account}` : text);
      }
    }
  }
  return out.length > 0 ? [...new Set(out)].join(', ') : 'None';
}

/** The Roles list, by name. */
export function roleRows(state: AccountState, nowMs: number): RoleRow[] {
  return Object.values(state.roles)
    .sort((a, b) => a.roleName.localeCompare(b.roleName))
    .map((r) => ({ name: r.roleName, trusted: trustedEntities(r.assumeRolePolicyDocument), lastActivity: agoLabel(r.lastUsed?.date, nowMs) }));
}

/** One role, or undefined. */
export function roleDetail(state: AccountState, name: string): RoleDetail | undefined {
  const r = state.roles[name.toLowerCase()];
  if (!r) return undefined;
  return {
    name: r.roleName,
    arn: r.arn,
    description: r.description ?? '',
    created: dateLabel(r.createDate),
    maxSessionHours: r.maxSessionDuration / 3600,
    trustPolicy: prettyDocument(r.assumeRolePolicyDocument),
    attached: r.attachedPolicies.map((arn) => policyRef(state, arn)),
    inline: Object.keys(r.inlinePolicies).sort(),
  };
}

/** The trust policy of a role another AWS account (or this one) may assume, as the console writes it. */
export function accountTrustPolicy(accountId: string): string {
  return JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] },
    null,
    2,
  );
}
