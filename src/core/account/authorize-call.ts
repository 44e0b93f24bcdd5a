/**
 * Authorize an API call with the engine, as its caller, and word a denial as AWS does:
 * "User: ARN is not authorized to perform: ACTION on resource: ARN because no identity-based policy
 * allows the ACTION action".
 */
import { authorize } from '../engine/authorize.ts';
import type { Decision, RequestContext } from '../engine/types.ts';
import { accessDenied, type ApiError } from './errors.ts';
import type { OpContext } from './operation.ts';
import { principalPolicies, type CallerPrincipal } from './principals.ts';

/** The source address every simulated call comes from (a documentation range, never a real one). */
export const SIMULATED_SOURCE_IP = '203.0.113.10';

/** The condition keys AWS sets on every request from this caller. */
export function requestContext(ctx: OpContext, extra: RequestContext = {}): RequestContext {
  const c: RequestContext = {
    'aws:CurrentTime': ctx.nowIso.replace('+00:00', 'Z'),
    'aws:EpochTime': Math.floor(ctx.now / 1000),
    'aws:SecureTransport': true,
    'aws:SourceIp': SIMULATED_SOURCE_IP,
    'aws:RequestedRegion': ctx.region,
    'aws:userid': ctx.caller.userId,
    'aws:ViaAWSService': false,
  };
  const caller = ctx.caller;
  // Long-term access keys carry no MFA information; console sign-ins and sessions do.
  if (caller.session || ctx.via === 'console') c['aws:MultiFactorAuthPresent'] = caller.mfaAuthenticated;
  const tags = caller.user?.tags ?? caller.role?.tags ?? [];
  for (const t of tags) c[`aws:PrincipalTag/${t.Key}`] = t.Value;
  return { ...c, ...extra };
}

const PHRASE: Record<string, string> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  boundary: 'a permissions boundary',
  scp: 'a service control policy',
  session: 'a session policy',
};

const NO_ALLOW: Record<string, string> = {
  identity: 'no identity-based policy',
  resource: 'no resource-based policy',
  boundary: 'no permissions boundary',
  scp: 'no service control policy',
  session: 'no session policy',
};

function who(caller: CallerPrincipal): string {
  return caller.type === 'Anonymous' ? 'Anonymous' : caller.type === 'Root' ? `User: ${caller.arn}` : `User: ${caller.arn}`;
}

/** AWS's AccessDenied message for a denied decision. */
export function accessDeniedMessage(caller: CallerPrincipal, action: string, resource: string, d: Decision): string {
  const head = `${who(caller)} is not authorized to perform: ${action} on resource: ${resource}`;
  if (d.decision === 'ExplicitDeny') {
    const kind = d.matched[0]?.policyKind ?? 'identity';
    return `${head} with an explicit deny in ${PHRASE[kind] ?? 'a policy'}`;
  }
  const stage = d.stage === 'root' || d.stage === 'explicit-deny' ? 'identity' : d.stage;
  return `${head} because ${NO_ALLOW[stage] ?? 'no policy'} allows the ${action} action`;
}

/** The result of authorizing one call. */
export interface CallAuthorization {
  decision: Decision;
  error?: ApiError;
}

/** Authorize an action on a resource as the call's caller, with the resource's own policy if any. */
export function authorizeCall(ctx: OpContext, action: string, resource: string, resourcePolicy: string | undefined, extra?: RequestContext): CallAuthorization {
  const policies = principalPolicies(ctx.state, ctx.caller);
  if (resourcePolicy !== undefined) policies.resource = [{ name: 'resource policy', document: resourcePolicy }];
  const decision = authorize(
    { principal: ctx.caller.arn, action, resource, resourceAccount: ctx.state.accountId, context: requestContext(ctx, extra) },
    policies,
    { explain: false },
  );
  if (decision.decision === 'Allow') return { decision };
  return { decision, error: accessDenied(accessDeniedMessage(ctx.caller, action, resource, decision)) };
}
