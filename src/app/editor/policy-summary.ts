/**
 * "What does this policy allow?": the console-style policy summary of the policy being edited, read alone
 * as the identity policy of a made-up user of the account, over the account's resources. Each row (a
 * service and access level) carries a few concrete example requests it allows.
 */
import { principalAccess, summarize, type EffectiveAccess } from '../../core/access/index.ts';
import { accessRows, type AccessRow } from '../access-rows.ts';
import type { AccountState } from '../../core/account/model.ts';
import type { AccessLevel } from '../../core/catalog/index.ts';
import type { RequestContext } from '../../core/engine/types.ts';
import { parsePolicy } from '../../core/policy/parse.ts';
import type { EditorPolicyKind } from './policy-test.ts';

/** The user name of the made-up principal the policy is analysed for. */
export const SUMMARY_USER = 'policy-editor-draft';

/** The most example requests a row lists. */
export const MAX_EXAMPLES = 5;

/** One concrete request a row allows. */
export interface SummaryExample {
  action: string;
  resource: string;
  /** The condition keys the request needs, as `key = value` (empty when none). */
  context: string[];
}

/** One row of the summary, with a few example requests it allows. */
export interface SummaryRow extends AccessRow {
  examples: SummaryExample[];
}

/** The summary, or why there is none. */
export type PolicySummaryResult =
  | { ok: true; principal: string; rows: SummaryRow[]; evaluated: number; truncated: boolean; ms: number }
  | { ok: false; problem: string };

function formatContext(context: RequestContext): string[] {
  return Object.keys(context).sort().map((k) => {
    const v = context[k];
    return `${k} = ${Array.isArray(v) ? v.join(', ') : String(v)}`;
  });
}

/** Up to MAX_EXAMPLES allowed requests of one service and level, the account's own resources first. */
function examplesOf(access: EffectiveAccess, service: string, level: AccessLevel): SummaryExample[] {
  const candidates: { rank: number; example: SummaryExample }[] = [];
  const seen = new Set<string>();
  for (const a of access.actions) {
    if (a.service !== service || a.access !== level) continue;
    for (const r of a.results) {
      if (r.decision !== 'Allow') continue;
      const key = `${r.action}\u0000${r.resource}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ rank: access.universe.rank(r.resource), example: { action: r.action, resource: access.universe.describe(r.resource), context: formatContext(r.context) } });
    }
  }
  // Stable sort: by rank, keeping catalogue order; then prefer distinct actions before repeating one.
  candidates.sort((x, y) => x.rank - y.rank);
  const picked: SummaryExample[] = [];
  const usedActions = new Set<string>();
  for (const c of candidates) {
    if (picked.length >= MAX_EXAMPLES) break;
    if (usedActions.has(c.example.action)) continue;
    usedActions.add(c.example.action);
    picked.push(c.example);
  }
  for (const c of candidates) {
    if (picked.length >= MAX_EXAMPLES) break;
    if (!picked.includes(c.example)) picked.push(c.example);
  }
  return picked;
}

/** The summary of `text` read as an identity policy of a made-up user of the account. */
export function summarizePolicy(text: string, kind: EditorPolicyKind, state: AccountState, nowMs: number): PolicySummaryResult {
  if (kind !== 'identity') return { ok: false, problem: 'The summary reads identity-based policies: switch the policy type to Identity-based to see it.' };
  const parsed = parsePolicy(text);
  if (parsed.malformed || parsed.value === undefined) return { ok: false, problem: 'The policy is not valid JSON yet: the summary waits until it is.' };
  const t0 = performance.now();
  const principal = `arn:aws:iam::${state.accountId}:user/${SUMMARY_USER}`;
  let access: EffectiveAccess;
  try {
    access = principalAccess(state, { arn: principal, policies: { identity: [{ name: 'This policy', document: parsed.value }] } }, { nowMs });
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : 'The policy cannot be analysed.' };
  }
  const summary = summarize(access);
  const rows: SummaryRow[] = accessRows(summary).map((row) => ({ ...row, examples: examplesOf(access, row.service, row.level) }));
  return { ok: true, principal, rows, evaluated: summary.evaluated, truncated: summary.truncated, ms: performance.now() - t0 };
}
