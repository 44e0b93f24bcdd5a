/**
 * Effective access of a policy set: every request of the universe decided by the compiled engine. The
 * decisions are the engine's own (authorizeCompiled on the same concrete request), so they agree with it
 * by construction; pruned actions are those no Allow statement covers, which the engine cannot allow.
 */
import type { ActionInfo } from '../catalog/index.ts';
import { authorizeCompiled, resourcePolicyRequired, type CompiledPolicySet } from '../engine/authorize.ts';
import type { AuthRequest, Decision, PolicySet, RequestContext } from '../engine/types.ts';
import type { AccessResult, ActionAccess, UniverseOptions } from './types.ts';
import { idOf, Universe, type Covering } from './universe.ts';

/** The effective access of one policy set over its universe. */
export interface EffectiveAccess {
  principal: string;
  /** The actions some statement could allow, with every request decided (actions in catalogue order). */
  actions: ActionAccess[];
  /** Requests the engine evaluated. */
  evaluated: number;
  /** True when some action had more context combinations than were enumerated. */
  truncated: boolean;
  universe: Universe;
}

/** A stable key of a context variant (keys sorted). */
export function contextKey(context: RequestContext): string {
  return JSON.stringify(Object.keys(context).sort().map((k) => [k, context[k]]));
}

/** The decisions of one resource under some covering statements: its context variants and a decision each. */
interface Decided {
  contexts: RequestContext[];
  decisions: Decision[];
}

/** Decisions already made, by covering statements and resource (one memo per compiled set). */
const memos = new WeakMap<CompiledPolicySet, Map<string, Decided>>();

/**
 * Decide every request of one action over a compiled set. Actions whose covering statements are the same
 * (every `ec2:Describe*` under one policy) get the same decision for the same resource and context, so
 * decisions are shared between them; the action's own name only matters through those statements and
 * through whether a resource policy is required (kept in the key).
 */
export function decideAction(universe: Universe, set: CompiledPolicySet, action: ActionInfo, statements: Covering): AccessResult[] {
  const results: AccessResult[] = [];
  const lower = action.fullName.toLowerCase();
  let memo = memos.get(set);
  if (!memo) memos.set(set, (memo = new Map()));
  let narrowed: CompiledPolicySet | undefined;
  const signature = statements.map((s) => idOf(s.statement)).join(',');
  for (const resource of universe.resourcesOf(action)) {
    const key = `${signature}${resourcePolicyRequired(lower, resource) ? '!' : ''}#${resource}`;
    let decided = memo.get(key);
    if (!decided) {
      narrowed ??= universe.narrow(set, statements);
      const { contexts, tested } = universe.contextsOf(statements, resource);
      const decisions = contexts.map((context) => authorizeCompiled(universe.request(action.fullName, resource, context, tested), narrowed as CompiledPolicySet, { explain: false }));
      memo.set(key, (decided = { contexts, decisions }));
    }
    for (let i = 0; i < decided.contexts.length; i++) {
      const d = decided.decisions[i] as Decision;
      results.push({ action: action.fullName, resource, context: decided.contexts[i] as RequestContext, decision: d.decision, matched: d.matched });
    }
  }
  return results;
}

/** Walk the universe's relevant actions: those some Allow statement of some set can match. */
export function forEachRelevantAction(universe: Universe, visit: (action: ActionInfo, statements: Covering) => void): void {
  for (const action of universe.actions()) {
    const statements = universe.statementsFor(action.fullName.toLowerCase());
    if (universe.canAllow(statements)) visit(action, statements);
  }
}

/** The effective access of a policy set over the universe the options describe. */
export function effectiveAccess(set: PolicySet, options: UniverseOptions): EffectiveAccess {
  const universe = new Universe([set], options);
  const compiled = universe.compiled[0] as CompiledPolicySet;
  const actions: ActionAccess[] = [];
  let evaluated = 0;
  forEachRelevantAction(universe, (action, statements) => {
    const results = decideAction(universe, compiled, action, statements);
    evaluated += results.length;
    actions.push({ action: action.fullName, service: action.service, access: action.access, results });
  });
  return { principal: options.principal, actions, evaluated, truncated: universe.truncated, universe };
}

/** Index of results by action (lower-cased), resource and context, for look-ups. */
export function indexResults(access: EffectiveAccess): Map<string, AccessResult> {
  const map = new Map<string, AccessResult>();
  for (const a of access.actions) for (const r of a.results) map.set(`${r.action.toLowerCase()}\u0000${r.resource}\u0000${contextKey(r.context)}`, r);
  return map;
}

/**
 * Is a request of the universe allowed, according to the computed access? `variant` is the context variant
 * (as the universe lists it). An action that was pruned is never allowed.
 */
export function allowedIn(index: ReadonlyMap<string, AccessResult>, request: Pick<AuthRequest, 'action' | 'resource'>, variant: RequestContext): boolean {
  return index.get(`${request.action.toLowerCase()}\u0000${request.resource}\u0000${contextKey(variant)}`)?.decision === 'Allow';
}
