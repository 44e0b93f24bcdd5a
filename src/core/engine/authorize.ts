/**
 * authorize(request, policies) → Decision, in the order AWS documents ("Policy evaluation logic"):
 * 1. an explicit Deny in any policy wins; 2. SCPs must allow; 3. a resource-based policy may allow on its
 * own within one account, depending on how it names the caller; 4. identity policies must allow;
 * 5. a permissions boundary must allow; 6. a session policy must allow. The root user is allowed in its
 * own account unless an explicit Deny or an SCP says otherwise. Cross-account requests need both sides.
 */
import { compilePolicy, type CompiledPolicy, type CompiledStatement } from './compile.ts';
import { buildContext, principalDefaults } from './context.ts';
import { evaluateStatement, refOf, type PreparedRequest, type StatementOutcome } from './evaluate-statement.ts';
import { parseArn, splitArn } from './arn.ts';
import { describePrincipal, type PrincipalInfo } from './principal.ts';
import type { AuthRequest, StatementExplain, Decision, DecidingStage, DecisionKind, PolicyInput, PolicySet, PolicySetKind, StatementRef } from './types.ts';

export { PolicyDocumentError } from './compile.ts';

const KINDS: readonly PolicySetKind[] = ['scp', 'resource', 'identity', 'boundary', 'session'];

/** A policy set compiled once, to authorize many requests against. */
export interface CompiledPolicySet {
  byKind: Record<PolicySetKind, CompiledPolicy[]>;
}

const objectCache = new WeakMap<object, Map<string, CompiledPolicy>>();
const textCache = new Map<string, CompiledPolicy>();
const TEXT_CACHE_LIMIT = 512;

/** Compile a policy, reusing an earlier compilation of the same object or text. */
function compileCached(input: PolicyInput, kind: PolicySetKind, index: number): CompiledPolicy {
  const name = input.name ?? `${kind}[${index}]`;
  const level = input.level ?? 0;
  const slot = `${kind}\u0000${index}\u0000${name}\u0000${level}`;
  const doc = input.document;
  if (typeof doc === 'string') {
    const key = `${slot}\u0000${doc}`;
    const hit = textCache.get(key);
    if (hit) return hit;
    const compiled = compilePolicy(doc, kind, index, name, level);
    if (textCache.size >= TEXT_CACHE_LIMIT) textCache.delete(textCache.keys().next().value as string);
    textCache.set(key, compiled);
    return compiled;
  }
  if (typeof doc === 'object' && doc !== null) {
    let byName = objectCache.get(doc);
    if (!byName) objectCache.set(doc, (byName = new Map()));
    const hit = byName.get(slot);
    if (hit) return hit;
    const compiled = compilePolicy(doc, kind, index, name, level);
    byName.set(slot, compiled);
    return compiled;
  }
  return compilePolicy(doc, kind, index, name, level);
}

/** Compile every policy of a set (cached per document). Throws PolicyDocumentError for malformed text. */
export function compilePolicySet(policies: PolicySet): CompiledPolicySet {
  const byKind = {} as Record<PolicySetKind, CompiledPolicy[]>;
  for (const kind of KINDS) byKind[kind] = (policies[kind] ?? []).map((p, i) => compileCached(p, kind, i));
  return { byKind };
}

/** Which account owns the resource: given, else the ARN's account field, else the caller's. */
function resourceAccountOf(request: AuthRequest, principalAccount: string): string {
  if (request.resourceAccount) return request.resourceAccount;
  const arn = parseArn(request.resource);
  if (arn && /^\d{12}$/.test(arn.account)) return arn.account;
  return principalAccount;
}

/**
 * Requests where the resource's own policy must allow, as for a role's trust policy and a KMS key policy:
 * an identity-based allow alone is not enough, even in the same account.
 */
export function resourcePolicyRequired(actionLower: string, resource: string): boolean {
  if (actionLower.startsWith('sts:')) {
    const trusted = actionLower.startsWith('sts:assumerole') || actionLower === 'sts:tagsession' || actionLower === 'sts:setsourceidentity' || actionLower === 'sts:setcontext';
    return trusted && /^arn:[^:]+:iam::\d{12}:role\//.test(resource);
  }
  return actionLower.startsWith('kms:') && /^arn:[^:]+:kms:[^:]*:\d{12}:key\//.test(resource);
}

/** Options of an evaluation. */
export interface AuthorizeOptions {
  /** Explain every statement (default true). Off, the decision is the same but `statements` is empty. */
  explain?: boolean;
}

/** One evaluated statement with where it came from. */
interface Evaluated {
  policy: CompiledPolicy;
  statement: CompiledStatement;
  outcome: StatementOutcome;
}

/** A caller's parsed ARN and principal keys, remembered for the last few hundred callers. */
interface Caller {
  who: PrincipalInfo;
  defaults: ReadonlyMap<string, readonly string[]>;
}
const callerCache = new Map<string, Caller>();

function callerOf(arn: string): Caller {
  let caller = callerCache.get(arn);
  if (caller === undefined) {
    if (callerCache.size >= 256) callerCache.clear();
    const who = describePrincipal(arn);
    caller = { who, defaults: principalDefaults(who) };
    callerCache.set(arn, caller);
  }
  return caller;
}

/** The references of evaluated statements, as a decision reports them. */
function refs(list: readonly Evaluated[]): StatementRef[] {
  return list.map((e) => refOf(e.policy, e.statement));
}

/** The applying statements of one policy kind and effect. */
function applyingOf(hits: readonly Evaluated[], kind: PolicySetKind, effect: 'Allow' | 'Deny'): Evaluated[] {
  return hits.filter((e) => e.policy.kind === kind && e.statement.effect === effect);
}

/** Authorize a request against a compiled policy set. */
export function authorizeCompiled(request: AuthRequest, set: CompiledPolicySet, options: AuthorizeOptions = {}): Decision {
  const explain = options.explain ?? true;
  const { who, defaults } = callerOf(request.principal);
  const req: PreparedRequest = {
    actionLower: request.action.toLowerCase(),
    resource: request.resource,
    resourceParts: splitArn(request.resource),
    who,
    ctx: buildContext(request.context, who, defaults),
    hasBoundary: set.byKind.boundary.length > 0,
  };
  // Anonymous and service callers carry no identity-side policies.
  const principalSide = who.type !== 'Anonymous' && who.type !== 'Service';

  // Only statements that apply are remembered; counts settle most decisions without filtering.
  const hits: Evaluated[] = [];
  const allows: Record<PolicySetKind, number> = { scp: 0, resource: 0, identity: 0, boundary: 0, session: 0 };
  let denyCount = 0;
  const statements: StatementExplain[] = [];
  let missing: Set<string> | undefined;
  for (const kind of KINDS) {
    const applicable = kind === 'resource' || principalSide;
    if (!applicable && !explain) continue;
    for (const policy of set.byKind[kind]) {
      for (const statement of policy.statements) {
        const outcome = evaluateStatement(policy, statement, req, explain);
        if (!applicable) {
          if (outcome.explain) statements.push({ ...outcome.explain, applies: false });
          continue;
        }
        if (outcome.explain) statements.push(outcome.explain);
        if (outcome.applies) {
          hits.push({ policy, statement, outcome });
          if (statement.effect === 'Deny') denyCount++;
          else allows[kind]++;
        }
        if (outcome.missingKeys.length > 0) for (const k of outcome.missingKeys) (missing ??= new Set()).add(k);
      }
    }
  }
  const missingContextKeys = missing ? [...missing] : [];
  const finish = (decision: DecisionKind, stage: DecidingStage, matched: StatementRef[]): Decision => ({
    decision,
    stage,
    matched,
    missingContextKeys,
    statements,
  });
  const applying = (kind: PolicySetKind, effect: 'Allow' | 'Deny'): Evaluated[] => applyingOf(hits, kind, effect);

  // 1. Explicit deny anywhere.
  if (denyCount > 0) return finish('ExplicitDeny', 'explicit-deny', refs(hits.filter((e) => e.statement.effect === 'Deny')));

  // 2. SCPs apply to the caller's account, root included: every level of the organization must allow.
  if (principalSide && set.byKind.scp.length > 0 && !(allows.scp > 0 && set.byKind.scp.every((p) => p.level === 0))) {
    const levels = new Set(set.byKind.scp.map((p) => p.level));
    const allowed = new Set(applying('scp', 'Allow').map((e) => e.policy.level));
    for (const level of levels) if (!allowed.has(level)) return finish('ImplicitDeny', 'scp', []);
  }

  const resourceAllows = allows.resource > 0 ? applying('resource', 'Allow') : [];
  if (!principalSide) {
    return resourceAllows.length > 0 ? finish('Allow', 'resource', refs(resourceAllows)) : finish('ImplicitDeny', 'resource', []);
  }

  const sameAccount = resourceAccountOf(request, who.account) === who.account;

  // A role's trust policy or a key policy, when given, must allow before anything else can, for the root
  // user too. (With none given, the request is judged on the identity side alone, as AWS's own policy
  // simulator does.)
  const resourceGiven = set.byKind.resource.length > 0;
  if (resourceGiven && resourceAllows.length === 0 && resourcePolicyRequired(req.actionLower, request.resource)) {
    return finish('ImplicitDeny', 'resource', []);
  }
  // The root user: everything in its own account; elsewhere only what the resource policy grants.
  if (who.type === 'Account') {
    if (sameAccount) return finish('Allow', 'root', []);
    return resourceAllows.length > 0 ? finish('Allow', 'resource', refs(resourceAllows)) : finish('ImplicitDeny', 'resource', []);
  }

  const identityAllows = allows.identity > 0 ? applying('identity', 'Allow') : [];
  const boundaryOk = set.byKind.boundary.length === 0 || allows.boundary > 0;
  const sessionOk = set.byKind.session.length === 0 || allows.session > 0;

  if (!sameAccount) {
    // Cross-account: the resource side and the identity side must both allow.
    if (resourceAllows.length === 0) return finish('ImplicitDeny', 'resource', []);
    if (identityAllows.length === 0) return finish('ImplicitDeny', 'identity', []);
    if (!boundaryOk) return finish('ImplicitDeny', 'boundary', []);
    if (!sessionOk) return finish('ImplicitDeny', 'session', []);
    return finish('Allow', 'identity', refs([...identityAllows, ...resourceAllows]));
  }

  // Same account: a grant to the caller itself is enough on its own (user ARN, session ARN, everyone);
  // a grant to the role is limited by the boundary and session; a grant to the account delegates to the
  // identity side.
  const direct = resourceAllows.filter((e) => e.outcome.principalMatch === 'direct' || e.outcome.principalMatch === 'everyone');
  if (direct.length > 0) return finish('Allow', 'resource', refs(direct));
  const roleGrants = resourceAllows.filter((e) => e.outcome.principalMatch === 'role');
  if (identityAllows.length === 0 && roleGrants.length === 0) return finish('ImplicitDeny', 'identity', []);
  if (!boundaryOk) return finish('ImplicitDeny', 'boundary', []);
  if (!sessionOk) return finish('ImplicitDeny', 'session', []);
  if (identityAllows.length > 0) return finish('Allow', 'identity', refs([...identityAllows, ...roleGrants]));
  return finish('Allow', 'resource', refs(roleGrants));
}

/** Authorize a request against a policy set. Throws PolicyDocumentError when a document is not JSON. */
export function authorize(request: AuthRequest, policies: PolicySet, options: AuthorizeOptions = {}): Decision {
  return authorizeCompiled(request, compilePolicySet(policies), options);
}
