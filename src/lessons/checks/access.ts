/**
 * The principal's effective access, compared exactly with a reference policy within a scope: `equals`,
 * `within` (does not exceed it) or `covers` (at least what it allows). Failures name one concrete request
 * that differs. Identity-side policies only (user and groups, or role; boundary; session).
 */
import { accountBaseContext, accountResources, compareAccess } from '../../core/access/index.ts';
import type { AccessExample } from '../../core/access/index.ts';
import { PolicyDocumentError } from '../../core/engine/authorize.ts';
import type { AccessCheck } from '../types.ts';
import { defineCheck } from './check.ts';
import { resolvePrincipal } from './principal-ref.ts';

/** `s3:PutObject on arn:aws:s3:::reports/q1.csv with aws:MultiFactorAuthPresent = false` */
function describe(e: AccessExample): string {
  const ctx = Object.entries(e.context ?? {});
  return `${e.action} on ${e.resource}${ctx.length > 0 ? ` with ${ctx.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}` : ''}`;
}

export const accessCheck = defineCheck<AccessCheck>({
  kind: 'access',
  evaluate(check, { state, nowMs }) {
    const who = resolvePrincipal(state, check.as);
    if (!who) return `There is no ${check.as} whose access could be checked.`;
    const reference = { identity: [{ name: 'reference', document: check.reference }] };
    let c;
    try {
      c = compareAccess(who.policies, reference, {
        principal: who.arn,
        accountId: state.accountId,
        resources: accountResources(state),
        baseContext: accountBaseContext(nowMs),
        ...(check.services ? { services: check.services } : {}),
        ...(check.actions ? { actions: check.actions } : {}),
        total: 1,
      });
    } catch (e) {
      if (e instanceof PolicyDocumentError) return `A policy of ${check.as} is not valid JSON, so its access cannot be worked out.`;
      throw e;
    }
    const extra = c.newAccess[0];
    const missing = c.lostAccess[0];
    if (extra && check.relation !== 'covers') return `Your policy also allows ${describe(extra)} (${extra.statement}), which it should not.`;
    if (missing && check.relation !== 'within') return `Your policy does not yet allow ${describe(missing)}.`;
    return undefined;
  },
});
