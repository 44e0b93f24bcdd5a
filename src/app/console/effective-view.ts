/**
 * The console's "Effective permissions" tab of a user, group or role: the policy summary of what the
 * principal can really do over the account's resources (per service and access level), each row
 * explained by the statements that grant it and the denies or permissions boundary that limit it.
 */
import { accountPrincipal, principalAccess, statementLabel, summarize, ACCESS_LEVELS, type AccountPrincipal, type EffectiveAccess } from '../../core/access/index.ts';
import { accessRows, type AccessRow } from '../access-rows.ts';
import type { AccountState } from '../../core/account/model.ts';
import { managedDocument } from '../../core/account/principals.ts';
import { getService, type AccessLevel } from '../../core/catalog/index.ts';
import { authorizeCompiled, type CompiledPolicySet } from '../../core/engine/authorize.ts';
import type { PolicyInput } from '../../core/engine/types.ts';

/** Whose effective permissions: a user, a group (as if for a member with no other policy) or a role. */
export interface EffectiveSubject {
  kind: 'user' | 'group' | 'role';
  name: string;
}

/** One statement that grants (or denies) some actions of a row. */
export interface StatementLine {
  /** `PolicyName: Sid "X"` or `PolicyName: statement N` (N counts from 0, as the engine does). */
  statement: string;
  /** The actions of the row it decides (names without the service prefix), sorted. */
  actions: string[];
}

/** What takes away some of a row's requests: an explicit deny, or the permissions boundary not allowing them. */
export interface LimitLine extends StatementLine {
  kind: 'deny' | 'boundary';
  /** The resources it takes away (as the summary shows them), at most MAX_LIMIT_RESOURCES. */
  resources: string[];
}

/** One row of the tab: a summary row, explained (the label may also be `No access`). */
export interface EffectiveRow extends AccessRow {
  grants: StatementLine[];
  limits: LimitLine[];
}

/** The whole tab. */
export interface EffectiveView {
  /** ARN the requests were analysed as (a made-up member for a group). */
  principal: string;
  /** A sentence on whose policies were analysed. */
  basis: string;
  /** The permissions boundary's policy name, when there is one. */
  boundary?: string;
  rows: EffectiveRow[];
  evaluated: number;
  truncated: boolean;
}

/** The most resources a limit line lists. */
export const MAX_LIMIT_RESOURCES = 5;

/** A group's own policies as a member's (no other group, no boundary), analysed as a made-up member. */
function groupPrincipal(state: AccountState, name: string): AccountPrincipal | undefined {
  const group = state.groups[name.toLowerCase()];
  if (!group) return undefined;
  const owner = `group ${group.groupName}`;
  const identity: PolicyInput[] = Object.entries(group.inlinePolicies).map(([p, document]) => ({ name: `${p} (inline, ${owner})`, document }));
  for (const arn of group.attachedPolicies) {
    const document = managedDocument(state, arn);
    if (document !== undefined) identity.push({ name: `${state.policies[arn]?.policyName ?? arn} (attached to ${owner})`, document });
  }
  return { arn: `arn:aws:iam::${state.accountId}:user/member-of-${group.groupName}`, policies: { identity } };
}

function principalOf(state: AccountState, subject: EffectiveSubject): AccountPrincipal | undefined {
  if (subject.kind === 'group') return groupPrincipal(state, subject.name);
  return accountPrincipal(state, `${subject.kind}/${subject.name}`);
}

function basisOf(subject: EffectiveSubject, boundary: string | undefined): string {
  const own =
    subject.kind === 'user'
      ? `the policies of user ${subject.name}, direct and through its groups`
      : subject.kind === 'group'
        ? `the policies of group ${subject.name}, as for a member with no other permissions`
        : `the policies of role ${subject.name}, for a session of the role`;
  return `Computed from ${own}${boundary ? `, limited by the permissions boundary ${boundary}` : ''}, over the resources this account holds.`;
}

/** Statements by label, each with the actions it decides (and, for limits, the resources). */
class Lines {
  private map = new Map<string, { actions: Set<string>; resources: Set<string> }>();
  add(label: string, action: string, resource?: string): void {
    let line = this.map.get(label);
    if (!line) this.map.set(label, (line = { actions: new Set(), resources: new Set() }));
    line.actions.add(action.slice(action.indexOf(':') + 1));
    if (resource !== undefined) line.resources.add(resource);
  }
  grants(): StatementLine[] {
    return [...this.map].sort((a, b) => a[0].localeCompare(b[0])).map(([statement, l]) => ({ statement, actions: [...l.actions].sort() }));
  }
  limits(kind: LimitLine['kind']): LimitLine[] {
    return this.grants().map((g) => ({ ...g, kind, resources: [...(this.map.get(g.statement)?.resources ?? [])].sort().slice(0, MAX_LIMIT_RESOURCES) }));
  }
}

interface LevelExplain {
  grants: Lines;
  denies: Lines;
  boundary: Lines;
}

/** Which statements grant and which limit each service and level of an effective access. */
function explain(access: EffectiveAccess, boundaryName: string | undefined): Map<string, LevelExplain> {
  const universe = access.universe;
  const set = universe.compiled[0] as CompiledPolicySet;
  const out = new Map<string, LevelExplain>();
  for (const a of access.actions) {
    const key = `${a.service}/${a.access}`;
    let e = out.get(key);
    if (!e) out.set(key, (e = { grants: new Lines(), denies: new Lines(), boundary: new Lines() }));
    const covering = universe.statementsFor(a.action.toLowerCase());
    for (const r of a.results) {
      if (r.decision === 'Allow') {
        for (const ref of r.matched) e.grants.add(statementLabel(ref), a.action);
      } else if (r.decision === 'ExplicitDeny') {
        for (const ref of r.matched) e.denies.add(statementLabel(ref), a.action, universe.describe(r.resource));
      } else if (boundaryName !== undefined) {
        // An implicit deny: ask the engine which stage settled it; only the boundary's are shown.
        const { tested } = universe.contextsOf(covering, r.resource);
        const d = authorizeCompiled(universe.request(a.action, r.resource, r.context, tested), set, { explain: false });
        if (d.stage === 'boundary') e.boundary.add(boundaryName, a.action, universe.describe(r.resource));
      }
    }
  }
  return out;
}

function boundaryNameOf(policies: AccountPrincipal['policies']): string | undefined {
  const first = policies.boundary?.[0];
  return first ? (first.name ?? 'permissions boundary').replace(/ \(attached to .*\)$/, '') : undefined;
}

/**
 * The effective permissions of a user, group or role; undefined when there is no such principal. Costly
 * (the engine decides every request of the actions some statement allows): call it only when the tab is open.
 */
export function effectiveView(state: AccountState, subject: EffectiveSubject, nowMs: number): EffectiveView | undefined {
  const who = principalOf(state, subject);
  if (!who) return undefined;
  const access = principalAccess(state, who, { nowMs });
  const summary = summarize(access);
  const boundary = boundaryNameOf(who.policies);
  const explained = explain(access, boundary);
  const rows: EffectiveRow[] = accessRows(summary).map((row) => {
    const e = explained.get(row.id);
    return { ...row, grants: e?.grants.grants() ?? [], limits: e ? [...e.denies.limits('deny'), ...e.boundary.limits('boundary')] : [] };
  });
  // Levels some statement grants but denies or the boundary take away entirely: shown as "No access".
  const shown = new Set(rows.map((r) => r.id));
  for (const [id, e] of explained) {
    if (shown.has(id)) continue;
    const limits = [...e.denies.limits('deny'), ...e.boundary.limits('boundary')];
    if (limits.length === 0) continue;
    const [service = '', level] = id.split('/') as [string, AccessLevel];
    rows.push({ id, service, serviceName: getService(service)?.name ?? service, level, label: 'No access', full: false, resources: [], conditions: [], actions: [], grants: [], limits });
  }
  rows.sort((a, b) => a.service.localeCompare(b.service) || ACCESS_LEVELS.indexOf(a.level) - ACCESS_LEVELS.indexOf(b.level));
  const view: EffectiveView = { principal: who.arn, basis: basisOf(subject, boundary), rows, evaluated: access.evaluated, truncated: access.truncated };
  if (boundary !== undefined) view.boundary = boundary;
  return view;
}

