/**
 * Effective access of a policy set: every request of the universe decided by the compiled engine. The
 * decisions are the engine's own (authorizeCompiled on the same concrete request), so they agree with it
 * by construction; pruned actions are those no Allow statement covers, which the engine cannot allow.
 */
import type { ActionInfo } from '../catalog/index.ts';
import { authorizeCompiled, resourcePolicyRequired, type CompiledPolicySet } from '../engine/authorize.ts';
import type { AuthRequest, Decision, PolicySet, PolicySetKind, RequestContext } from '../engine/types.ts';

const KINDS: readonly PolicySetKind[] = ['scp', 'resource', 'identity', 'boundary', 'session'];
import type { AccessResult, ActionAccess, UniverseOptions } from './types.ts';
import { idOf, Universe } from './universe.ts';

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

/** Decisions already made, by narrowed statements, context list, context and resource (one memo per compiled set). */
const memos = new WeakMap<CompiledPolicySet, Map<string, Decision>>();

/**
 * Decide every request of one action over a compiled set. Actions whose covering statements are the same
 * (every `ec2:Describe*` under one policy) get the same decision for the same resource and context, so
 * decisions are shared between them; the action's own name only matters through those statements and
 * through whether a resource policy is required (kept in the key).
 */
export function decideAction(universe: Universe, set: CompiledPolicySet, action: ActionInfo, statements: Covering): AccessResult[] {
  const results: AccessResult[] = [];
  const lower = action.fullName.toLowerCase();
  const narrowed = universe.narrow(set, lower);
  let memo = memos.get(set);
  if (!memo) memos.set(set, (memo = new Map()));
  const signature = KINDS.map((k) => narrowed.byKind[k].map((p) => p.statements.map(idOf).join(',')).join(';')).join('|');
  for (const resource of universe.resourcesOf(action)) {
    const contexts = universe.contextsOf(statements, resource);
    const prefix = `${signature}#${idOf(contexts.contexts)}${resourcePolicyRequired(lower, resource) ? '!' : ''}#${resource}#`;
    for (let i = 0; i < contexts.contexts.length; i++) {
      const context = contexts.contexts[i] as RequestContext;
      const key = prefix + i;
      let d = memo.get(key);
      if (!d) {
        d = authorizeCompiled(universe.request(action.fullName, resource, context, contexts.tested), narrowed, { explain: false });
        memo.set(key, d);
      }
      results.push({ action: action.fullName, resource, context, decision: d.decision, matched: d.matched });
    }
  }
  return results;
}

/** The statements of every set that cover an action, with their policy kinds. */
export type Covering = ReturnType<Universe['statementsFor']>;

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
