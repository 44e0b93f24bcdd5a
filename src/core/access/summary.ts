/**
 * A summary of an effective access shaped like the IAM console's policy summary: per service and access
 * level, "Full access" or "Limited: N of M actions", the resources and the request conditions.
 */
import { getService, type AccessLevel } from '../catalog/index.ts';
import type { CompiledPolicySet } from '../engine/authorize.ts';
import type { StatementRef } from '../engine/types.ts';
import type { EffectiveAccess } from './effective.ts';
import { ACCESS_LEVELS, type AccessSummary, type LevelSummary, type ServiceSummary } from './types.ts';

/** The most resources a level lists before it stops. */
export const MAX_LISTED_RESOURCES = 20;

/** The condition keys of a statement a decision names. */
function conditionKeysOf(set: CompiledPolicySet, ref: StatementRef): string[] {
  const statement = set.byKind[ref.policyKind][ref.policyIndex]?.statements[ref.statementIndex];
  return statement ? statement.conditions.map((c) => c.key) : [];
}

/** Summarize an effective access per service and access level (services with some access only). */
export function summarize(access: EffectiveAccess): AccessSummary {
  const set = access.universe.compiled[0] as CompiledPolicySet;
  const totals = new Map<string, number>();
  for (const a of access.universe.actions()) {
    const key = `${a.service}\u0000${a.access}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const byService = new Map<string, Map<AccessLevel, { allowed: Set<string>; resources: Set<string>; all: boolean; conditions: Set<string> }>>();
  for (const a of access.actions) {
    const allowed = a.results.filter((r) => r.decision === 'Allow');
    if (allowed.length === 0) continue;
    let levels = byService.get(a.service);
    if (!levels) byService.set(a.service, (levels = new Map()));
    let level = levels.get(a.access);
    if (!level) levels.set(a.access, (level = { allowed: new Set(), resources: new Set(), all: true, conditions: new Set() }));
    level.allowed.add(a.action);
    const tried = new Set(a.results.map((r) => r.resource));
    const granted = new Set(allowed.map((r) => r.resource));
    if (granted.size < tried.size) level.all = false;
    for (const r of granted) level.resources.add(access.universe.describe(r));
    const refs = new Set(allowed.flatMap((r) => r.matched));
    for (const ref of refs) for (const k of conditionKeysOf(set, ref)) level.conditions.add(k);
  }
  const services: ServiceSummary[] = [];
  for (const [prefix, levels] of [...byService].sort((x, y) => x[0].localeCompare(y[0]))) {
    const out: LevelSummary[] = [];
    for (const name of ACCESS_LEVELS) {
      const level = levels.get(name);
      if (!level) continue;
      const total = totals.get(`${prefix}\u0000${name}`) ?? 0;
      const full = level.allowed.size >= total;
      const resources = level.all ? ['All resources'] : [...level.resources].sort().slice(0, MAX_LISTED_RESOURCES);
      out.push({
        level: name,
        label: full ? 'Full access' : `Limited: ${level.allowed.size} of ${total} actions`,
        full,
        allowedActions: level.allowed.size,
        totalActions: total,
        actions: [...level.allowed].map((a) => a.slice(a.indexOf(':') + 1)).sort(),
        resources,
        conditions: [...level.conditions].sort(),
      });
    }
    services.push({ service: prefix, name: getService(prefix)?.name ?? prefix, levels: out });
  }
  return { principal: access.principal, services, evaluated: access.evaluated, truncated: access.truncated };
}
