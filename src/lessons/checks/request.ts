/**
 * A request decided by the engine as a principal of the account: the way lessons grade what a policy
 * DOES, whatever its text. Resource policies (bucket policies) take part as AWS would use them.
 */
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
          context: { 'aws:CurrentTime': new Date(nowMs).toISOString(), 'aws:SecureTransport': true, ...check.context },
        },
        policies,
        { explain: false },
      );
    } catch {
      return `A policy of ${check.as} is not valid JSON, so the request cannot be decided.`;
    }
    const allowed = decision.decision === 'Allow';
    if (allowed === (check.expect === 'allowed')) return undefined;
    return check.expect === 'allowed'
      ? `${check.as} cannot yet do ${check.action} on ${check.resource}.`
      : `${check.as} can still do ${check.action} on ${check.resource}, which it should not.`;
  },
});
