/**
 * The IAM policy simulator on the engine: SimulatePrincipalPolicy and SimulateCustomPolicy share this.
 * Each (action, resource) pair is one engine decision, reported in AWS's EvaluationResult shape with the
 * matched statements located in their policy text (line and column, from the policy parser).
 */
import { authorize } from '../../../../engine/authorize.ts';
import type { ContextValue, Decision, PolicyInput, PolicySet, PolicySetKind, RequestContext } from '../../../../engine/types.ts';
import { parsePolicy } from '../../../../policy/parse.ts';
import type { PolicyKind } from '../../../../policy/types.ts';
import { ApiError, invalidInput } from '../../../errors.ts';
import type { ParamSpec } from '../../../params.ts';
import { PATTERNS } from '../../../params.ts';
import { checkPolicyDocument } from '../../../policy-documents.ts';

/** One ContextEntry of the simulator's request. */
export interface ContextEntry {
  ContextKeyName?: string;
  ContextKeyValues?: string[];
  ContextKeyType?: string;
}

/** Parameters both simulate operations take. */
export interface SimulateCommonParams {
  ActionNames: string[];
  ResourceArns?: string[];
  ResourcePolicy?: string;
  ResourceOwner?: string;
  CallerArn?: string;
  ContextEntries?: ContextEntry[];
  PermissionsBoundaryPolicyInputList?: string[];
  ResourceHandlingOption?: string;
  MaxItems?: number;
  Marker?: string;
}

const POLICY_STRING: ParamSpec = { name: 'member', type: 'string', min: 1, max: 131072, pattern: PATTERNS.policyDocument };
const CONTEXT_TYPES = ['string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'ip', 'ipList', 'binary', 'binaryList', 'date', 'dateList'] as const;

/** The parameter specs both operations share (AWS's constraints). */
export const SIMULATE_COMMON_PARAMS: readonly ParamSpec[] = [
  { name: 'PermissionsBoundaryPolicyInputList', type: 'list', member: POLICY_STRING, doc: 'A permissions boundary to simulate (replaces the entity’s own).' },
  { name: 'ActionNames', type: 'list', required: true, member: { name: 'member', type: 'string', min: 3, max: 128 }, doc: 'The actions to simulate, such as s3:GetObject.' },
  { name: 'ResourceArns', type: 'list', member: { name: 'member', type: 'string', min: 1, max: 2048 }, doc: 'The resources to simulate against (default *).' },
  { name: 'ResourcePolicy', type: 'string', min: 1, max: 131072, pattern: PATTERNS.policyDocument, doc: 'A resource-based policy to include.' },
  { name: 'ResourceOwner', type: 'string', min: 1, max: 2048, doc: 'The account that owns the resources (arn:aws:iam::ACCOUNT:root).' },
  { name: 'CallerArn', type: 'string', min: 1, max: 2048, doc: 'The IAM user to simulate as the caller (needed with a resource policy).' },
  {
    name: 'ContextEntries',
    type: 'list',
    doc: 'Condition key values, as ContextKeyName=string,ContextKeyValues=string,ContextKeyType=string.',
    member: {
      name: 'member',
      type: 'structure',
      members: [
        { name: 'ContextKeyName', type: 'string', min: 5, max: 256 },
        { name: 'ContextKeyValues', type: 'list', member: { name: 'member', type: 'string' } },
        { name: 'ContextKeyType', type: 'string', enum: CONTEXT_TYPES },
      ],
    },
  },
  { name: 'ResourceHandlingOption', type: 'string', min: 1, max: 64, doc: 'The EC2 scenario (accepted and ignored).' },
  { name: 'MaxItems', type: 'integer', min: 1, max: 1000, doc: 'How many results to return at most (default 100).' },
  { name: 'Marker', type: 'string', min: 1, max: 320, doc: 'Where to continue, from the Marker of a truncated response.' },
];

/** A policy taking part in a simulation, with how AWS names it in MatchedStatements. */
export interface SourcePolicy {
  kind: PolicySetKind;
  /** SourcePolicyId: a policy name, `PolicyInputList.1`, `ResourcePolicy`… */
  id: string;
  /** SourcePolicyType: user, group, role, aws-managed, user-managed, resource or none. */
  type: string;
  document: string;
}

/** A converted ContextEntries value, or the AWS error for a bad entry. */
export function readContextEntries(entries: readonly ContextEntry[] | undefined): RequestContext | ApiError {
  const out: RequestContext = {};
  for (const e of entries ?? []) {
    if (!e.ContextKeyName) return invalidInput('ContextKeyName is required for each context entry.');
    const type = e.ContextKeyType ?? 'string';
    const values = e.ContextKeyValues ?? [];
    const convert = (v: string): string | number | boolean | ApiError => {
      if (type.startsWith('numeric')) {
        const n = Number(v);
        return Number.isFinite(n) ? n : invalidInput(`Invalid value ${v} for context key ${e.ContextKeyName} of type ${type}.`);
      }
      if (type.startsWith('boolean')) {
        if (v !== 'true' && v !== 'false') return invalidInput(`Invalid value ${v} for context key ${e.ContextKeyName} of type ${type}.`);
        return v === 'true';
      }
      return v;
    };
    const converted: (string | number | boolean)[] = [];
    for (const v of values) {
      const c = convert(v);
      if (c instanceof ApiError) return c;
      converted.push(c);
    }
    const value: ContextValue = type.endsWith('List') ? converted : (converted[0] ?? '');
    out[e.ContextKeyName] = value;
  }
  return out;
}

/** MalformedPolicyDocument for the first malformed input, naming which list it came from. */
export function checkInputs(inputs: readonly string[] | undefined, kind: PolicyKind): ApiError | undefined {
  for (const text of inputs ?? []) {
    const bad = checkPolicyDocument(text, kind);
    if (bad) return bad;
  }
  return undefined;
}

const DECISION: Record<Decision['decision'], string> = { Allow: 'allowed', ExplicitDeny: 'explicitDeny', ImplicitDeny: 'implicitDeny' };

/** Line/column of a statement (1-based), as MatchedStatements reports it. */
function statementPosition(document: string, statementIndex: number): { StartPosition: { Line: number; Column: number }; EndPosition: { Line: number; Column: number } } | undefined {
  const parsed = parsePolicy(document);
  const node = parsed.nodeAt(`Statement[${statementIndex}]`) ?? (statementIndex === 0 ? parsed.nodeAt('Statement') : undefined);
  if (!node) return undefined;
  const span = parsed.spanOfNode(node);
  return { StartPosition: { Line: span.start.line, Column: span.start.column }, EndPosition: { Line: span.end.line, Column: span.end.column } };
}

/** What to simulate. */
export interface SimulationInput {
  principalArn: string;
  accountId: string;
  resourceOwner?: string;
  policies: SourcePolicy[];
  actions: readonly string[];
  resources: readonly string[];
  context: RequestContext;
}

/** Run the simulation: one EvaluationResult per action and resource, in request order. */
export function simulate(input: SimulationInput): Record<string, unknown>[] {
  const byKind = new Map<PolicySetKind, SourcePolicy[]>();
  for (const p of input.policies) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const set: PolicySet = {};
  for (const [kind, list] of byKind) set[kind] = list.map((p): PolicyInput => ({ name: p.id, document: p.document }));
  const owner = input.resourceOwner ? /(\d{12})/.exec(input.resourceOwner)?.[1] : undefined;
  const results: Record<string, unknown>[] = [];
  for (const action of input.actions) {
    for (const resource of input.resources) {
      const request = { principal: input.principalArn, action, resource, resourceAccount: owner ?? input.accountId, context: input.context };
      const d = authorize(request, set, { explain: true });
      const matched = d.matched.map((ref) => {
        const source = byKind.get(ref.policyKind)?.[ref.policyIndex];
        const out: Record<string, unknown> = { SourcePolicyId: source?.id ?? ref.policyName, SourcePolicyType: source?.type ?? 'none' };
        const pos = source ? statementPosition(source.document, ref.statementIndex) : undefined;
        return pos ? { ...out, ...pos } : out;
      });
      const result: Record<string, unknown> = {
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: DECISION[d.decision],
        MatchedStatements: matched,
        MissingContextValues: d.missingContextKeys,
        OrganizationsDecisionDetail: { AllowedByOrganizations: true },
      };
      if ((set.boundary?.length ?? 0) > 0) {
        const allowed = d.statements.some((s) => s.policyKind === 'boundary' && s.effect === 'Allow' && s.applies);
        result.PermissionsBoundaryDecisionDetail = { AllowedByPermissionsBoundary: allowed };
      }
      results.push(result);
    }
  }
  return results;
}
