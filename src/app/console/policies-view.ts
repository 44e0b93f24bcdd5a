/** The console's Policies pages: the filtered list and one policy's default version as JSON. */
import type { AccountState } from '../../core/account/model.ts';
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
  };
}
