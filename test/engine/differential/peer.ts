/**
 * Adapter to the independent peer engine, @cloud-copilot/iam-simulate.
 * AGPL-3.0: a dev-only test oracle. Import it from test/ and bench/ only, never from src/ or bin/.
 *
 * How the peer wants its input (read from its README and dist types, version 0.1.173):
 * - `request.principal` is an ARN string, or the `anonymousPrincipal` marker for unsigned calls;
 * - `request.resource` is `{ resource, accountId }`: the resource account is given, never inferred;
 * - `contextVariables` holds strings or string arrays only (numbers and booleans are sent as text);
 *   `runSimulation` then keeps only keys it knows apply to the action (all `aws:` global keys do)
 *   and forces each to the key's documented type (a single-valued key given a list keeps the first);
 * - SCPs come as a list of organization levels (root OU first, account last), each a list of
 *   policies that must together allow; we put all of a case's SCPs at one level;
 * - it does not fill `aws:username`, `aws:PrincipalArn` and friends from the principal, so we do it
 *   here, as AWS documents those keys, to compare like with like;
 * - `runUnsafeSimulation` ignores session policies (and needs the resource policy pre-wrapped, below); `runSimulation` honours them (role sessions only).
 */
import {
  anonymousPrincipal,
  runSimulation,
  runUnsafeSimulation,
  type EvaluationResult,
  type RequestAnalysis,
  type Simulation,
} from '@cloud-copilot/iam-simulate';
import type { ContextValue } from '../../../src/core/engine/types.ts';
import type { DiffCase, JsonObject, Verdict } from './case.ts';

/** The peer's three outcomes in our words. */
export function verdictOf(result: EvaluationResult): Verdict {
  switch (result) {
    case 'Allowed':
      return 'Allow';
    case 'ExplicitlyDenied':
      return 'ExplicitDeny';
    case 'ImplicitlyDenied':
      return 'ImplicitDeny';
  }
}

function asText(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

function contextText(v: ContextValue): string | string[] {
  return Array.isArray(v) ? v.map(asText) : asText(v as string | number | boolean);
}

/**
 * Context keys AWS derives from the principal (IAM User Guide, "AWS global condition context keys":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
export function principalKeys(principal: string): Record<string, string> {
  const m = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/.exec(principal);
  if (!m) return {};
  const [, service, account = '', rest = ''] = m;
  const keys: Record<string, string> = { 'aws:PrincipalAccount': account };
  if (service === 'iam' && rest === 'root') {
    keys['aws:PrincipalArn'] = principal;
    keys['aws:PrincipalType'] = 'Account';
  } else if (service === 'iam' && rest.startsWith('user/')) {
    keys['aws:PrincipalArn'] = principal;
    keys['aws:PrincipalType'] = 'User';
    keys['aws:username'] = rest.slice(rest.lastIndexOf('/') + 1);
  } else if (service === 'sts' && rest.startsWith('assumed-role/')) {
    const [, role = ''] = rest.split('/');
    keys['aws:PrincipalArn'] = `arn:aws:iam::${account}:role/${role}`;
    keys['aws:PrincipalType'] = 'AssumedRole';
  }
  return keys;
}

function named(kind: string, docs: JsonObject[]): { name: string; policy: JsonObject }[] {
  return docs.map((policy, i) => ({ name: `${kind}[${i}]`, policy }));
}

/** Builds the peer's simulation input from a case. */
export function toPeerSimulation(c: DiffCase): Simulation {
  const context: Record<string, string | string[]> = {};
  const given = new Set<string>();
  for (const [key, value] of Object.entries(c.request.context ?? {})) {
    context[key] = contextText(value);
    given.add(key.toLowerCase());
  }
  for (const [key, value] of Object.entries(principalKeys(c.request.principal))) {
    if (!given.has(key.toLowerCase())) context[key] = value;
  }
  const sim: Simulation = {
    request: {
      principal: c.request.principal === '*' ? anonymousPrincipal : c.request.principal,
      action: c.request.action,
      resource: { resource: c.request.resource, accountId: c.request.resourceAccount },
      contextVariables: context,
    },
    identityPolicies: named('identity', c.identity),
    serviceControlPolicies: c.scp.length > 0 ? [{ orgIdentifier: 'ou-root', policies: named('scp', c.scp) }] : [],
    resourceControlPolicies: [],
  };
  if (c.resource) sim.resourcePolicy = c.resource;
  if (c.boundary) sim.permissionBoundaryPolicies = named('boundary', [c.boundary]);
  if (c.session) sim.sessionPolicy = c.session;
  return sim;
}

/**
 * The peer's fast path: no validation, no session policies.
 *
 * Its `runUnsafeSimulation` loads the resource policy without a name and then crashes reading
 * `metadata().name`; handing it the resource policy already wrapped as iam-policy's plain
 * "validated policy" record (documented, data only) gives it the name it needs.
 */
export function toPeerUnsafeSimulation(c: DiffCase): Simulation {
  const sim = toPeerSimulation(c);
  if (c.resource) sim.resourcePolicy = { __validated: true, policyDocument: c.resource, metadata: { name: 'resource' }, errors: [] };
  return sim;
}

/** Runs one case through the peer's fast path. */
export function peerUnsafe(c: DiffCase): Verdict {
  return verdictOf(runUnsafeSimulation(toPeerUnsafeSimulation(c), {}));
}

/** What the peer's validated path answered: a verdict, or the reason it refused the input. */
export type PeerOutcome =
  | { ok: true; verdict: Verdict; analysis?: RequestAnalysis }
  | { ok: false; error: string };

/** The peer's validated path (`runSimulation`), which also honours session policies. */
export async function peerValidated(c: DiffCase): Promise<PeerOutcome> {
  const res = await runSimulation(toPeerSimulation(c), {});
  if (res.resultType === 'error') return { ok: false, error: res.errors.message };
  if (res.resultType === 'single') {
    // runSimulation drops context keys it believes the action never carries (aws:ResourceTag on an
    // S3 object, say); the case then no longer says the same thing to both engines.
    const ignored = res.result.ignoredContextKeys ?? [];
    if (ignored.length > 0) return { ok: false, error: `ignored context keys ${ignored.join(', ')}` };
    return { ok: true, verdict: verdictOf(res.overallResult), analysis: res.result.analysis };
  }
  return { ok: true, verdict: verdictOf(res.overallResult) };
}
