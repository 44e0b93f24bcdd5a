/**
 * "Test this policy": decide one request against the policy being edited (alone), and say which
 * statement decided it (with its source span, for a highlight) and why every other one did not apply.
 */
import { accountBaseContext } from '../../core/access/account.ts';
import { authorize } from '../../core/engine/authorize.ts';
import type { RequestContext } from '../../core/engine/types.ts';
import { parsePolicy } from '../../core/policy/parse.ts';
import type { Span } from '../../core/policy/types.ts';
import { explainDecision, statementKey, type DecisionView } from '../explain.ts';

/** Which kind of document the editor holds. */
export type EditorPolicyKind = 'identity' | 'resource' | 'trust';

/** The request to test. */
export interface PolicyTestRequest {
  principalArn: string;
  action: string;
  resource: string;
  context: RequestContext;
}

/** One statement of the edited policy with its verdict. */
export interface StatementVerdict {
  index: number;
  label: string;
  span: Span | undefined;
  deciding: boolean;
  reasons: string[];
}

/** The outcome: the decision in words, and a verdict per statement. */
export type PolicyTestResult =
  | { ok: true; view: DecisionView; statements: StatementVerdict[]; decidingSpans: Span[] }
  | { ok: false; problem: string };

/** Decides `request` against `text` (as an identity policy, or a resource/trust policy of the resource). */
export function testPolicy(text: string, kind: EditorPolicyKind, request: PolicyTestRequest, accountId: string): PolicyTestResult {
  if (request.action.trim() === '' || request.resource.trim() === '') return { ok: false, problem: 'Choose an action and a resource to test.' };
  const parsed = parsePolicy(text);
  if (parsed.malformed) return { ok: false, problem: 'The policy is not valid JSON yet: fix the syntax errors first.' };
  const input = [{ name: 'This policy', document: parsed.value }];
  let decision;
  try {
    decision = authorize(
      { principal: request.principalArn, action: request.action.trim(), resource: request.resource.trim(), resourceAccount: accountId, context: request.context },
      kind === 'identity' ? { identity: input } : { resource: input },
    );
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : 'The policy cannot be evaluated.' };
  }
  const view = explainDecision(decision, { principal: request.principalArn, action: request.action, resource: request.resource });
  const statementNode = parsed.nodeAt('Statement');
  const spanOfStatement = (i: number): Span | undefined =>
    statementNode?.type === 'array' ? parsed.spanOf(`Statement[${i}]`) : parsed.spanOf('Statement');
  const deciding = new Set(decision.matched.map(statementKey));
  const lines = [...view.deciding, ...view.others];
  const statements: StatementVerdict[] = decision.statements.map((s) => {
    const key = statementKey(s);
    const line = lines.find((l) => l.key === key);
    return {
      index: s.statementIndex,
      label: `Statement[${s.statementIndex}]${s.sid ? ` (${s.sid})` : ''} — ${s.effect}`,
      span: spanOfStatement(s.statementIndex),
      deciding: deciding.has(key),
      reasons: line?.reasons ?? [],
    };
  });
  const decidingSpans = statements.filter((s) => s.deciding && s.span).map((s) => s.span as Span);
  return { ok: true, view, statements, decidingSpans };
}

/** The context every test request carries (as the lesson grader's requests do), plus the learner's keys. */
export function requestContext(nowMs: number, keys: RequestContext): RequestContext {
  return { ...accountBaseContext(nowMs), ...keys };
}
