/**
 * A request decided by the engine as a principal of the account: the way lessons grade what a policy
 * DOES, whatever its text. Resource policies (bucket policies) take part as AWS would use them.
 */
import { accountBaseContext } from '../../core/access/account.ts';
import { authorize } from '../../core/engine/authorize.ts';
import type { AccountState } from '../../core/account/model.ts';
import type { RequestCheck } from '../types.ts';
import { defineCheck } from './check.ts';
import { resolvePrincipal } from './principal-ref.ts';

/** The bucket policy that governs an S3 ARN, if the bucket has one. */
function bucketPolicyFor(state: AccountState, resource: string): string | undefined {
  const m = /^arn:aws:s3:::([^/]+)/.exec(resource);
  return m ? state.buckets[m[1] as string]?.policy : undefined;
}

/** ` with aws:MultiFactorAuthPresent = false` — the request's context, for messages. */
function describeContext(context: RequestCheck['context']): string {
  const entries = Object.entries(context ?? {});
  return entries.length === 0 ? '' : ` with ${entries.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}`;
}

export const requestCheck = defineCheck<RequestCheck>({
  kind: 'request',
  evaluate(check, { state, nowMs }) {
    const who = resolvePrincipal(state, check.as);
    if (!who) return `There is no ${check.as} to make the request as.`;
    const policies = { ...who.policies };
    const bucketPolicy = bucketPolicyFor(state, check.resource);
    if (bucketPolicy !== undefined) policies.resource = [{ name: 'bucket policy', document: bucketPolicy }];
    let decision;
    try {
      decision = authorize(
        {
          principal: who.arn,
          action: check.action,
          resource: check.resource,
          resourceAccount: state.accountId,
          context: { ...accountBaseContext(nowMs), ...check.context },
        },
        policies,
        { explain: false },
      );
    } catch {
      return `A policy of ${check.as} is not valid JSON, so the request cannot be decided.`;
    }
    const d = decision.decision;
    const on = `${check.action} on ${check.resource}${describeContext(check.context)}`;
    switch (check.expect) {
      case 'allowed':
        return d === 'Allow' ? undefined : `${check.as} cannot yet do ${on}.`;
      case 'denied':
        return d === 'Allow' ? `${check.as} can still do ${on}, which it should not.` : undefined;
      case 'explicit-deny':
        if (d === 'ExplicitDeny') return undefined;
        return d === 'Allow' ? `${check.as} can still do ${on}: no Deny statement stops it.` : `${check.as} cannot do ${on}, but only because nothing allows it: no Deny statement matches it.`;
      default:
        if (d === 'ImplicitDeny') return undefined;
        return d === 'Allow' ? `${check.as} can do ${on}; nothing should allow it.` : `A Deny statement decides ${on}; here nothing should mention it at all.`;
    }
  },
});
