/**
 * The finite universe of requests an analysis covers: the catalogue's actions in scope × the resources of
 * each action's resource types × the condition contexts the statements about that action distinguish.
 * Actions no Allow statement can match are pruned: nothing can allow them.
 */
import { actionsMatching, listServices, type ActionInfo } from '../catalog/index.ts';
import { compilePolicySet, type CompiledPolicySet } from '../engine/authorize.ts';
import { arnMatch } from '../engine/arn.ts';
import { actionMatches, type CompiledStatement } from '../engine/compile.ts';
import { hasWildcard } from '../engine/glob.ts';
import type { AuthRequest, PolicySet, PolicySetKind, RequestContext } from '../engine/types.ts';
import { contextVariants, withBase } from './contexts.ts';
import { ResourceIndex, witnessOf, type ResourceScope } from './resources.ts';
import { resourcePatterns } from './scan.ts';
import type { UniverseOptions } from './types.ts';

const KINDS: readonly PolicySetKind[] = ['scp', 'resource', 'identity', 'boundary', 'session'];
const DEFAULT_ACCOUNT = '111122223333';

/** The contexts of one action: variants, the keys they test, and whether the combinations were capped. */
export interface ActionContexts {
  contexts: RequestContext[];
  tested: ReadonlySet<string>;
  truncated: boolean;
}

const NO_CONDITIONS: ActionContexts = { contexts: [{}], tested: new Set(), truncated: false };

let nextId = 1;
const ids = new WeakMap<object, number>();
/** A small stable number for an object (compiled statements, context lists), for memo keys. */
export function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}

/**
 * Can the statement's Resource/NotResource cover the resource? Entries with policy variables count as
 * covering (they are decided per request by the engine); a missing element covers only in resource policies.
 */
function mayCover(statement: CompiledStatement, kind: PolicySetKind, resource: string): boolean {
  const m = statement.resource;
  if (m === undefined) return kind === 'resource';
  let hit = false;
  for (const e of m.entries) {
    if (!('matcher' in e)) return true;
    if (arnMatch(e.matcher, resource)) {
      hit = true;
      break;
    }
  }
  return hit !== m.not;
}

/** Statements that cover an action, with the kind of their policy. */
export type Covering = { kind: PolicySetKind; statement: CompiledStatement }[];

/** Can the statement's Action/NotAction cover some action of the service? (Conservative: may say yes.) */
function mayNameService(statement: CompiledStatement, service: string): boolean {
  const m = statement.action;
  if (m === undefined) return false;
  if (m.not || m.all) return true;
  return m.patterns.some((p) => {
    const colon = p.indexOf(':');
    const prefix = colon < 0 ? p : p.slice(0, colon);
    return hasWildcard(prefix) || prefix === service;
  });
}

/** The analysed requests for one or more policy sets (compared sets share one universe). */
export class Universe {
  readonly compiled: CompiledPolicySet[];
  readonly scope: ResourceScope;
  private readonly resources: ResourceIndex;
  private readonly all: boolean;
  private readonly byService = new Map<string, Covering>();
  /** True once some request had more context combinations than were enumerated. */
  truncated = false;
  private readonly contextMemo = new Map<string, ActionContexts>();
  private readonly resourceMemo = new Map<string, string[]>();
  /** Resources made up from a policy's pattern (`arn:aws:s3:::reports/x`), and that pattern. */
  private readonly witnesses = new Map<string, string>();
  /** The ARNs the account holds. */
  private readonly held: ReadonlySet<string>;

  constructor(
    sets: readonly PolicySet[],
    readonly options: UniverseOptions,
  ) {
    this.compiled = sets.map((s) => compilePolicySet(s));
    this.held = new Set(options.resources ?? []);
    const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(options.principal)?.[1];
    this.scope = { accountId: options.accountId ?? account ?? DEFAULT_ACCOUNT, region: options.region ?? 'us-east-1' };
    for (const pattern of resourcePatterns(sets)) {
      const w = witnessOf(pattern, options.principal, this.scope);
      if (w !== undefined && !this.witnesses.has(w)) this.witnesses.set(w, pattern);
    }
    const held = this.held;
    this.resources = new ResourceIndex([...held, ...[...this.witnesses.keys()].filter((w) => !held.has(w))], this.scope);
    // The root user of the account is allowed everything its policies do not deny: nothing can be pruned.
    this.all = /^arn:[^:]+:iam::\d{12}:root$/.test(options.principal);
  }

  /** Every catalogue action in scope, in catalogue order. */
  actions(): ActionInfo[] {
    const services = this.options.services?.map((s) => s.toLowerCase());
    let list: ActionInfo[];
    if (this.options.actions && this.options.actions.length > 0) {
      const seen = new Set<ActionInfo>();
      for (const p of this.options.actions) for (const a of actionsMatching(p)) seen.add(a);
      list = [...seen];
    } else {
      list = listServices()
        .filter((s) => services === undefined || services.includes(s.prefix))
        .flatMap((s) => actionsMatching(`${s.prefix}:*`));
    }
    return services === undefined ? list : list.filter((a) => services.includes(a.service));
  }

  /** The statements of every set whose Action/NotAction covers the action. */
  statementsFor(actionLower: string): Covering {
    const colon = actionLower.indexOf(':');
    const out: Covering = [];
    for (const c of this.candidates(colon < 0 ? '' : actionLower.slice(0, colon))) {
      if (actionMatches(c.statement.action, actionLower)) out.push(c);
    }
    return out;
  }

  /** The statements that may cover some action of a service (NotAction and wildcard services always may). */
  private candidates(service: string): Covering {
    let list = this.byService.get(service);
    if (!list) {
      list = [];
      for (const set of this.compiled) {
        for (const kind of KINDS) {
          for (const policy of set.byKind[kind]) {
            for (const statement of policy.statements) if (mayNameService(statement, service)) list.push({ kind, statement });
          }
        }
      }
      this.byService.set(service, list);
    }
    return list;
  }

  /**
   * The set with only the statements whose Action/NotAction covers the action (every policy kept, so the
   * boundary, session and SCP levels still count). The engine decides any request for that action on it
   * exactly as on the whole set: the statements left out cannot apply.
   */
  narrow(set: CompiledPolicySet, covering: Covering): CompiledPolicySet {
    const keep = new Set(covering.map((c) => c.statement));
    const byKind = {} as CompiledPolicySet['byKind'];
    for (const kind of KINDS) byKind[kind] = set.byKind[kind].map((p) => ({ ...p, statements: p.statements.filter((st) => keep.has(st)) }));
    return { byKind };
  }

  /** Can some set allow the action at all? False when no identity or resource Allow statement covers it. */
  canAllow(statements: Covering): boolean {
    return this.all || statements.some((s) => s.statement.effect === 'Allow' && (s.kind === 'identity' || s.kind === 'resource'));
  }

  /** The resources of an action: those of each of its resource types, or `*` when it takes none. */
  resourcesOf(action: ActionInfo): string[] {
    const types = Object.keys(action.resources);
    if (types.length === 0) return ['*'];
    const id = `${action.service}\u0000${types.join('\u0000')}`;
    let list = this.resourceMemo.get(id);
    if (!list) {
      list = [...new Set(types.flatMap((t) => this.resources.of(action.service, t)))];
      this.resourceMemo.set(id, list);
    }
    return list;
  }

  /**
   * The context variants of a request, from the conditions of the statements that cover its action (and,
   * when given, may cover its resource: a statement whose Resource cannot match never applies, whatever
   * the context).
   */
  contextsOf(statements: Covering, resource?: string): ActionContexts {
    const withConditions = statements
      .filter((s) => s.statement.conditions.length > 0 && (resource === undefined || mayCover(s.statement, s.kind, resource)))
      .map((s) => s.statement);
    if (withConditions.length === 0) return NO_CONDITIONS;
    const id = withConditions.map(idOf).join(',');
    let found = this.contextMemo.get(id);
    if (!found) {
      const { contexts, truncated } = contextVariants(withConditions);
      const tested = new Set(withConditions.flatMap((s) => s.conditions.map((c) => c.keyLower)));
      found = { contexts, tested, truncated };
      this.contextMemo.set(id, found);
      if (truncated) this.truncated = true;
    }
    return found;
  }

  /**
   * How telling a resource is as an example: 0 for one the account holds, 1 for one made from a policy's
   * pattern, 2 for `*` and "any other" resources.
   */
  rank(resource: string): number {
    if (this.held.has(resource)) return 0;
    return this.witnesses.has(resource) ? 1 : 2;
  }

  /**
   * How a resource of the universe reads in a summary: an account's ARN as it is, a resource made up from
   * a policy's pattern as that pattern, an "any other" resource as its type's wildcard ARN.
   */
  describe(resource: string): string {
    if (this.held.has(resource)) return resource;
    return this.witnesses.get(resource) ?? this.resources.others.get(resource) ?? resource;
  }

  /** The concrete request for an action, a resource and a context variant. */
  request(action: string, resource: string, variant: RequestContext, tested: ReadonlySet<string>): AuthRequest {
    return { principal: this.options.principal, action, resource, context: withBase(this.options.baseContext, variant, tested) };
  }
}
