import { authorize } from '../core/engine/authorize.ts';
import type { AuthRequest, PolicyInput, PolicySet, PolicySetKind, StatementRef } from '../core/engine/types.ts';
import type { Finding } from '../core/policy/types.ts';
import { readContextRows, type ContextRow } from './context-rows.ts';
import { explainDecision, type DecisionView } from './explain.ts';
import { DEFAULT_NAMES } from './policy-kinds.ts';

/** One policy text box of the simulator. */
export interface PolicyDraft {
  id: number;
  kind: PolicySetKind;
  /** Display name; used in the explanation of the decision. */
  name: string;
  text: string;
}

/** A policy box with its validation findings. */
export interface PolicyStatus {
  draft: PolicyDraft;
  /** Empty boxes take no part in the evaluation. */
  empty: boolean;
  /** The text is not JSON at all, so it cannot be evaluated. */
  malformed: boolean;
  findings: Finding[];
  errorCount: number;
}

/** A policy that must be fixed before the request can be evaluated. */
export interface BrokenPolicy {
  id: number;
  name: string;
  kind: PolicySetKind;
  /** The first error finding, to say where to look. */
  finding?: Finding;
}

/** What the result panel shows. */
export type Outcome =
  | { status: 'decided'; view: DecisionView; rejected: { id: number; name: string; errorCount: number }[] }
  | { status: 'fix-policies'; broken: BrokenPolicy[] }
  | { status: 'fix-request'; problems: string[] }
  | { status: 'engine-error'; message: string };

/** The request form as typed. */
export interface RequestForm {
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string;
  contextRows: readonly ContextRow[];
}

const ACCOUNT_ID = /^\d{12}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses JSON text; `undefined` when it is not JSON. */
function tryParse(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** A box's status from its text and its validation findings. */
export function statusOf(draft: PolicyDraft, findings: (draft: PolicyDraft) => Finding[]): PolicyStatus {
  const empty = draft.text.trim() === '';
  const list = empty ? [] : findings(draft);
  return {
    draft,
    empty,
    malformed: !empty && tryParse(draft.text) === undefined,
    findings: list,
    errorCount: list.filter((f) => f.findingType === 'ERROR').length,
  };
}

/** Plain-language problems with the request form; empty when it can be evaluated. */
export function requestProblems(form: RequestForm, contextProblems: readonly string[] = []): string[] {
  const problems: string[] = [];
  const action = form.action.trim();
  if (form.principal.trim() === '') problems.push('Enter the principal ARN, e.g. arn:aws:iam::111122223333:user/alice.');
  if (action === '') problems.push('Enter an action, e.g. s3:GetObject.');
  else if (!action.includes(':')) problems.push(`The action "${action}" needs a service prefix, e.g. s3:GetObject.`);
  if (form.resource.trim() === '') problems.push('Enter the resource ARN, or * for actions that take no resource.');
  const account = form.resourceAccount.trim();
  if (account !== '' && !ACCOUNT_ID.test(account)) problems.push('The resource account must be 12 digits.');
  return [...problems, ...contextProblems];
}

/** Which elements (e.g. `NotAction`) each evaluated statement was written with. */
function elementsLookup(parsed: ReadonlyMap<string, unknown>) {
  return (ref: StatementRef): ReadonlySet<string> => {
    const doc = parsed.get(`${ref.policyKind}:${ref.policyIndex}`);
    const statements = isRecord(doc) ? doc['Statement'] : undefined;
    const statement = Array.isArray(statements) ? (statements[ref.statementIndex] as unknown) : statements;
    return new Set(isRecord(statement) ? Object.keys(statement) : []);
  };
}

/** Evaluates the form against the non-empty boxes; never throws. */
export function evaluate(statuses: readonly PolicyStatus[], form: RequestForm): Outcome {
  const used = statuses.filter((s) => !s.empty);
  const broken = used.filter((s) => s.malformed);
  if (broken.length > 0) {
    return {
      status: 'fix-policies',
      broken: broken.map((s) => {
        const finding = s.findings.find((f) => f.findingType === 'ERROR');
        return { id: s.draft.id, name: s.draft.name, kind: s.draft.kind, ...(finding ? { finding } : {}) };
      }),
    };
  }

  const { context, problems: contextProblems } = readContextRows(form.contextRows);
  const problems = requestProblems(form, contextProblems);
  if (problems.length > 0) return { status: 'fix-request', problems };

  const request: AuthRequest = {
    principal: form.principal.trim(),
    action: form.action.trim(),
    resource: form.resource.trim(),
    context,
  };
  const account = form.resourceAccount.trim();
  if (account !== '') request.resourceAccount = account;

  const policies: PolicySet = {};
  const parsed = new Map<string, unknown>();
  for (const s of used) {
    const list: PolicyInput[] = (policies[s.draft.kind] ??= []);
    parsed.set(`${s.draft.kind}:${list.length}`, tryParse(s.draft.text)?.value);
    list.push({ name: s.draft.name.trim() || DEFAULT_NAMES[s.draft.kind], document: s.draft.text });
  }

  try {
    const decision = authorize(request, policies, { explain: true });
    return {
      status: 'decided',
      view: explainDecision(decision, request, elementsLookup(parsed)),
      rejected: used
        .filter((s) => s.errorCount > 0)
        .map((s) => ({ id: s.draft.id, name: s.draft.name, errorCount: s.errorCount })),
    };
  } catch (err) {
    return { status: 'engine-error', message: err instanceof Error ? err.message : String(err) };
  }
}
