/**
 * Exact comparisons between two policy sets over one shared universe, and verdicts shaped like IAM Access
 * Analyzer's custom policy checks (CheckNoNewAccess, CheckAccessNotGranted).
 */
import { arnMatch, compileArnPattern } from '../engine/arn.ts';
import type { CompiledPolicySet } from '../engine/authorize.ts';
import { globFromText } from '../engine/glob.ts';
import type { PolicySet, StatementRef } from '../engine/types.ts';
import { decideAction, forEachRelevantAction } from './effective.ts';
import { witnessOf } from './resources.ts';
import type { AccessExample, AccessResult, CheckVerdict, Comparison, UniverseOptions } from './types.ts';
import { Universe } from './universe.ts';

/** The caller of comparisons between bare policies: a user of the example account. */
export const DEFAULT_PRINCIPAL = 'arn:aws:iam::111122223333:user/iam-lab-analysis';

/** How many examples a comparison lists at most, per direction, and per action. */
export interface ExampleLimits {
  total?: number;
  perAction?: number;
}

/** `ReportsReadOnly: Sid "ReadObjects"` or `ReportsReadOnly: Statement[2]`. */
export function statementLabel(ref: StatementRef | undefined): string {
  if (!ref) return '(none)';
  // Without a Sid, name the statement by its JSON path, as the simulator and the validator do.
  return ref.sid ? `${ref.policyName}: Sid "${ref.sid}"` : `${ref.policyName}: Statement[${ref.statementIndex}]`;
}

function exampleOf(r: AccessResult): AccessExample {
  const out: AccessExample = { action: r.action, resource: r.resource, statement: statementLabel(r.matched[0]) };
  if (Object.keys(r.context).length > 0) out.context = r.context;
  return out;
}

/** Options of a comparison: the universe (principal defaults to DEFAULT_PRINCIPAL) and example limits. */
export type CompareOptions = Partial<UniverseOptions> & ExampleLimits;

/**
 * Compare NEW with EXISTING: the requests NEW allows that EXISTING does not (`newAccess`) and the reverse
 * (`lostAccess`), each as concrete example requests with the statement that allows them. PASS when NEW
 * allows nothing EXISTING does not.
 */
export function compareAccess(next: PolicySet, existing: PolicySet, options: CompareOptions = {}): Comparison {
  const universe = new Universe([next, existing], { ...options, principal: options.principal ?? DEFAULT_PRINCIPAL });
  const [a, b] = universe.compiled as [CompiledPolicySet, CompiledPolicySet];
  const total = options.total ?? 25;
  const perAction = options.perAction ?? 1;
  const newAccess: { rank: number; example: AccessExample }[] = [];
  const lostAccess: { rank: number; example: AccessExample }[] = [];
  let anyNew = false;
  forEachRelevantAction(universe, (action, statements) => {
    const ra = decideAction(universe, a, action, statements);
    const rb = decideAction(universe, b, action, statements);
    const gained: AccessResult[] = [];
    const dropped: AccessResult[] = [];
    for (let i = 0; i < ra.length; i++) {
      const x = ra[i] as AccessResult;
      const y = rb[i] as AccessResult;
      const ax = x.decision === 'Allow';
      const ay = y.decision === 'Allow';
      if (ax && !ay) gained.push(x);
      else if (ay && !ax) dropped.push(y);
    }
    if (gained.length > 0) anyNew = true;
    for (const [from, to] of [[gained, newAccess], [dropped, lostAccess]] as const) {
      const best = from.map((r, i) => ({ r, i, rank: universe.rank(r.resource) })).sort((p, q) => p.rank - q.rank || p.i - q.i);
      for (const e of best.slice(0, perAction)) to.push({ rank: e.rank, example: exampleOf(e.r) });
    }
  });
  // The most telling examples first: resources the account holds, then those the policies name.
  const pick = (list: { rank: number; example: AccessExample }[]): AccessExample[] =>
    list
      .map((e, i) => ({ ...e, i }))
      .sort((p, q) => p.rank - q.rank || p.i - q.i)
      .slice(0, total)
      .map((e) => e.example);
  return { result: anyNew ? 'FAIL' : 'PASS', newAccess: pick(newAccess), lostAccess: pick(lostAccess) };
}

/** CheckNoNewAccess: PASS when NEW grants nothing EXISTING does not; reasons name NEW's statements. */
export function checkNoNewAccess(next: PolicySet, existing: PolicySet, options: CompareOptions = {}): CheckVerdict {
  const c = compareAccess(next, existing, options);
  return {
    result: c.result,
    reasons: c.newAccess.map((e) => ({ description: `${e.statement} allows ${e.action} on ${e.resource}, which the existing policies do not`, statement: e.statement, example: e })),
  };
}

/** What must not be granted: actions and/or resources (ARNs, `*` and `?` wildcards allowed). */
export interface NotGranted {
  actions?: readonly string[];
  resources?: readonly string[];
}

/** CheckAccessNotGranted: FAIL when the set allows any of the actions (on any of the resources, when given). */
export function checkAccessNotGranted(set: PolicySet, access: NotGranted, options: CompareOptions = {}): CheckVerdict {
  const resources = access.resources ?? [];
  const matchers = resources.map((r) => compileArnPattern(globFromText(r)));
  const principal = options.principal ?? DEFAULT_PRINCIPAL;
  const scope = { accountId: options.accountId ?? '111122223333', region: options.region ?? 'us-east-1' };
  const concrete = resources.map((r) => (/[*?]/.test(r) ? witnessOf(r, principal, scope) : r)).filter((r): r is string => r !== undefined);
  const universe = new Universe([set], {
    ...options,
    principal,
    resources: [...(options.resources ?? []), ...concrete],
    ...(access.actions && access.actions.length > 0 ? { actions: access.actions } : {}),
  });
  const compiled = universe.compiled[0] as CompiledPolicySet;
  const total = options.total ?? 25;
  const reasons: CheckVerdict['reasons'] = [];
  let failed = false;
  forEachRelevantAction(universe, (action, statements) => {
    for (const r of decideAction(universe, compiled, action, statements)) {
      if (r.decision !== 'Allow') continue;
      if (matchers.length > 0 && !matchers.some((m) => arnMatch(m, r.resource))) continue;
      failed = true;
      if (reasons.length < total && !reasons.some((x) => x.example.action === r.action)) {
        const e = exampleOf(r);
        reasons.push({ description: `${e.statement} allows ${e.action} on ${e.resource}`, statement: e.statement, example: e });
      }
    }
  });
  return { result: failed ? 'FAIL' : 'PASS', reasons };
}
