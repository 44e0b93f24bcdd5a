/**
 * authorize(request, policies) → Decision, in the order AWS documents ("Policy evaluation logic"):
 * 1. an explicit Deny in any policy wins; 2. SCPs must allow; 3. a resource-based policy may allow on its
 * own within one account, depending on how it names the caller; 4. identity policies must allow;
 * 5. a permissions boundary must allow; 6. a session policy must allow. The root user is allowed in its
 * own account unless an explicit Deny or an SCP says otherwise. Cross-account requests need both sides.
 */
import { compilePolicy, type CompiledPolicy } from './compile.ts';
import { buildContext } from './context.ts';
import { evaluateStatement, type PreparedRequest, type StatementOutcome } from './evaluate-statement.ts';
import { parseArn } from './arn.ts';
import { describePrincipal } from './principal.ts';
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

function scpLevel(set: CompiledPolicySet, index: number): number {
  return set.byKind.scp[index]?.level ?? 0;
}

/** Authorize a request against a compiled policy set. */
export function authorizeCompiled(request: AuthRequest, set: CompiledPolicySet): Decision {
  const who = describePrincipal(request.principal);
  const req: PreparedRequest = {
    actionLower: request.action.toLowerCase(),
    resource: request.resource,
    who,
    ctx: buildContext(request.context, who),
    hasBoundary: set.byKind.boundary.length > 0,
  };
  // Anonymous and service callers carry no identity-side policies.
  const principalSide = who.type !== 'Anonymous' && who.type !== 'Service';

  const outcomes: Record<PolicySetKind, StatementOutcome[]> = { scp: [], resource: [], identity: [], boundary: [], session: [] };
  const statements: StatementExplain[] = [];
  const missing = new Set<string>();
  for (const kind of KINDS) {
    const applicable = kind === 'resource' || principalSide;
    for (const policy of set.byKind[kind]) {
      for (const s of policy.statements) {
        const o = evaluateStatement(policy, s, req);
        statements.push(o.explain);
        if (!applicable) {
          o.explain.applies = false;
          continue;
        }
        outcomes[kind].push(o);
        for (const k of o.missingKeys) missing.add(k);
      }
    }
  }
  const missingContextKeys = [...missing];
  const finish = (decision: DecisionKind, stage: DecidingStage, matched: StatementRef[]): Decision => ({
    decision,
    stage,
    matched,
    missingContextKeys,
    statements,
  });
  const refs = (list: StatementOutcome[]): StatementRef[] =>
    list.map((o) => {
      const { applies: _a, action: _b, resource: _c, principal: _d, conditions: _e, conditionsMatched: _f, ...ref } = o.explain;
      return ref;
    });
  const applying = (kind: PolicySetKind, effect: 'Allow' | 'Deny'): StatementOutcome[] =>
    outcomes[kind].filter((o) => o.explain.applies && o.explain.effect === effect);

  // 1. Explicit deny anywhere.
  const denies = KINDS.flatMap((k) => applying(k, 'Deny'));
  if (denies.length > 0) return finish('ExplicitDeny', 'explicit-deny', refs(denies));

  // 2. SCPs apply to the caller's account, root included: every level of the organization must allow.
  if (principalSide && set.byKind.scp.length > 0) {
    const levels = new Set(set.byKind.scp.map((p) => p.level));
    const allowed = new Set(applying('scp', 'Allow').map((o) => scpLevel(set, o.explain.policyIndex)));
    for (const level of levels) if (!allowed.has(level)) return finish('ImplicitDeny', 'scp', []);
  }

  const resourceAllows = applying('resource', 'Allow');
  if (!principalSide) {
    return resourceAllows.length > 0 ? finish('Allow', 'resource', refs(resourceAllows)) : finish('ImplicitDeny', 'resource', []);
  }

  const sameAccount = resourceAccountOf(request, who.account) === who.account;

  // The root user: everything in its own account; elsewhere only what the resource policy grants.
  if (who.type === 'Account') {
    if (sameAccount) return finish('Allow', 'root', []);
    return resourceAllows.length > 0 ? finish('Allow', 'resource', refs(resourceAllows)) : finish('ImplicitDeny', 'resource', []);
  }

  const identityAllows = applying('identity', 'Allow');
  const boundaryOk = set.byKind.boundary.length === 0 || applying('boundary', 'Allow').length > 0;
  const sessionOk = set.byKind.session.length === 0 || applying('session', 'Allow').length > 0;

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
  const direct = resourceAllows.filter((o) => o.principalMatch === 'direct' || o.principalMatch === 'everyone');
  if (direct.length > 0) return finish('Allow', 'resource', refs(direct));
  const roleGrants = resourceAllows.filter((o) => o.principalMatch === 'role');
  if (identityAllows.length === 0 && roleGrants.length === 0) return finish('ImplicitDeny', 'identity', []);
  if (!boundaryOk) return finish('ImplicitDeny', 'boundary', []);
  if (!sessionOk) return finish('ImplicitDeny', 'session', []);
  if (identityAllows.length > 0) return finish('Allow', 'identity', refs([...identityAllows, ...roleGrants]));
  return finish('Allow', 'resource', refs(roleGrants));
}

/** Authorize a request against a policy set. Throws PolicyDocumentError when a document is not JSON. */
export function authorize(request: AuthRequest, policies: PolicySet): Decision {
  return authorizeCompiled(request, compilePolicySet(policies));
}
