import type { AuthRequest, ContextValue, PolicyInput, PolicySet, PolicySetKind, RequestContext } from './types.ts';

/** One case of the `iam-lab simulate` contract, checked and converted for `authorize`. */
export interface SimulateCase {
  request: AuthRequest;
  policies: PolicySet;
}

/** A malformed case: `field` is a dotted path into the case, e.g. `request.action`. */
export class SimulateInputError extends Error {
  constructor(
    readonly caseIndex: number,
    readonly field: string,
    detail: string,
  ) {
    super(`case ${caseIndex}: ${field}: ${detail}`);
    this.name = 'SimulateInputError';
  }
}

const POLICY_KINDS: readonly PolicySetKind[] = ['identity', 'resource', 'boundary', 'scp', 'session'];
const SINGLE_KINDS: ReadonlySet<PolicySetKind> = new Set(['resource', 'boundary', 'session']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function readContext(raw: unknown, fail: (field: string, detail: string) => never): RequestContext {
  if (raw === undefined) return {};
  if (!isRecord(raw)) fail('request.context', 'must be an object of condition keys to values');
  const out: Record<string, ContextValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = `request.context.${key}`;
    if (isScalar(value)) out[key] = value;
    else if (Array.isArray(value) && value.every(isScalar)) out[key] = value;
    else fail(field, 'must be a string, number, boolean or an array of them');
  }
  return out;
}

function readPolicies(raw: unknown, fail: (field: string, detail: string) => never): PolicySet {
  if (raw === undefined) return {};
  if (!isRecord(raw)) fail('policies', 'must be an object with identity, resource, boundary, scp or session lists');
  const set: PolicySet = {};
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KINDS as readonly string[]).includes(key)) {
      fail(`policies.${key}`, `unknown policy kind (expected one of ${POLICY_KINDS.join(', ')})`);
    }
  }
  for (const kind of POLICY_KINDS) {
    const value = raw[kind];
    if (value === undefined || value === null) continue;
    // A single document is accepted where one is expected (resource, boundary, session).
    const list = Array.isArray(value) ? value : SINGLE_KINDS.has(kind) ? [value] : null;
    if (list === null) fail(`policies.${kind}`, 'must be an array of policy documents');
    const inputs: PolicyInput[] = [];
    list.forEach((entry, i) => {
      // SCPs may be grouped by organization level: an inner array is one level.
      const level = kind === 'scp' && Array.isArray(entry) ? i : undefined;
      const docs = level === undefined ? [entry] : (entry as unknown[]);
      docs.forEach((doc, j) => {
        const field = level === undefined ? `policies.${kind}[${i}]` : `policies.${kind}[${i}][${j}]`;
        if (!isRecord(doc) && typeof doc !== 'string') fail(field, 'must be a policy document (an object or JSON text)');
        const input: PolicyInput = { name: field.slice('policies.'.length), document: doc };
        if (level !== undefined) input.level = level + 1;
        inputs.push(input);
      });
    });
    set[kind] = inputs;
  }
  return set;
}

/** Check one raw case against the DESIGN.md `simulate` shape and convert it. Throws SimulateInputError. */
export function readSimulateCase(raw: unknown, caseIndex: number): SimulateCase {
  const fail = (field: string, detail: string): never => {
    throw new SimulateInputError(caseIndex, field, detail);
  };
  if (!isRecord(raw)) fail('(case)', 'must be an object with "policies" and "request"');
  const c = raw as Record<string, unknown>;
  const req = c.request;
  if (!isRecord(req)) fail('request', 'is required and must be an object');
  const r = req as Record<string, unknown>;
  for (const field of ['principal', 'action', 'resource'] as const) {
    if (typeof r[field] !== 'string' || (r[field] as string).length === 0) {
      fail(`request.${field}`, 'is required and must be a non-empty string');
    }
  }
  const action = r.action as string;
  if (action !== '*' && !/^[^:\s]+:[^:\s]+$/.test(action)) fail('request.action', `"${action}" is not of the form service:Action`);
  if (r.resourceAccount !== undefined && (typeof r.resourceAccount !== 'string' || !/^\d{12}$/.test(r.resourceAccount))) {
    fail('request.resourceAccount', 'must be a 12-digit account id');
  }
  const request: AuthRequest = {
    principal: r.principal as string,
    action,
    resource: r.resource as string,
    context: readContext(r.context, fail),
  };
  if (typeof r.resourceAccount === 'string') request.resourceAccount = r.resourceAccount;
  return { request, policies: readPolicies(c.policies, fail) };
}

/** Read a whole CASES file value: one case or an array of cases. */
export function readSimulateCases(raw: unknown): SimulateCase[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((c, i) => readSimulateCase(c, i));
}
