/** Adapter from a differential case to IAM Lab's own engine. */
import { authorize, authorizeCompiled, compilePolicySet, type CompiledPolicySet } from '../../../src/core/engine/authorize.ts';
import type { Decision, PolicyInput, PolicySet } from '../../../src/core/engine/types.ts';
import type { DiffCase, JsonObject } from './case.ts';

function inputs(kind: string, docs: JsonObject[]): PolicyInput[] {
  return docs.map((document, i) => ({ name: `${kind}[${i}]`, document }));
}

/** The case's policies as our engine's PolicySet. */
export function toPolicySet(c: DiffCase): PolicySet {
  const set: PolicySet = { identity: inputs('identity', c.identity) };
  if (c.resource) set.resource = inputs('resource', [c.resource]);
  if (c.boundary) set.boundary = inputs('boundary', [c.boundary]);
  if (c.scp.length > 0) set.scp = inputs('scp', c.scp);
  if (c.session) set.session = inputs('session', [c.session]);
  return set;
}

/** Our decision for a case, through the public entry point. */
export function ours(c: DiffCase): Decision {
  return authorize(c.request, toPolicySet(c));
}

/** Compile a case's policy set once (the fast path the bench measures). */
export function compileCase(c: DiffCase): CompiledPolicySet {
  return compilePolicySet(toPolicySet(c));
}

/** Our decision on an already-compiled policy set; `explain: false` skips the per-statement explanations. */
export function oursCompiled(c: DiffCase, compiled: CompiledPolicySet, explain = true): Decision {
  return authorizeCompiled(c.request, compiled, { explain });
}
