/**
 * Effective access of a policy set: every request of the universe decided by the compiled engine. The
 * decisions are the engine's own (authorizeCompiled on the same concrete request), so they agree with it
 * by construction; pruned actions are those no Allow statement covers, which the engine cannot allow.
 */
import type { ActionInfo } from '../catalog/index.ts';
import { authorizeCompiled, type CompiledPolicySet } from '../engine/authorize.ts';
import type { AuthRequest, PolicySet, RequestContext } from '../engine/types.ts';
import type { AccessResult, ActionAccess, UniverseOptions } from './types.ts';
import { Universe } from './universe.ts';

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

/** Decide every request of one action over a compiled set. */
export function decideAction(universe: Universe, set: CompiledPolicySet, action: ActionInfo, contexts: { contexts: RequestContext[]; tested: ReadonlySet<string> }): AccessResult[] {
  const results: AccessResult[] = [];
  for (const resource of universe.resourcesOf(action)) {
    for (const context of contexts.contexts) {
      const d = authorizeCompiled(universe.request(action.fullName, resource, context, contexts.tested), set, { explain: false });
      results.push({ action: action.fullName, resource, context, decision: d.decision, matched: d.matched });
    }
  }
  return results;
}

/** Walk the universe's relevant actions: those some Allow statement of some set can match. */
export function forEachRelevantAction(universe: Universe, visit: (action: ActionInfo, contexts: ReturnType<Universe['contextsOf']>) => void): void {
  for (const action of universe.actions()) {
    const statements = universe.statementsFor(action.fullName.toLowerCase());
    if (!universe.canAllow(statements)) continue;
    visit(action, universe.contextsOf(statements));
  }
}

/** The effective access of a policy set over the universe the options describe. */
export function effectiveAccess(set: PolicySet, options: UniverseOptions): EffectiveAccess {
  const universe = new Universe([set], options);
  const compiled = universe.compiled[0] as CompiledPolicySet;
  const actions: ActionAccess[] = [];
  let evaluated = 0;
  let truncated = false;
  forEachRelevantAction(universe, (action, contexts) => {
    const results = decideAction(universe, compiled, action, contexts);
    evaluated += results.length;
    truncated ||= contexts.truncated;
    actions.push({ action: action.fullName, service: action.service, access: action.access, results });
  });
  return { principal: options.principal, actions, evaluated, truncated, universe };
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
