/**
 * Run one API call against the account: find the operation, authenticate the caller, validate the
 * parameters, authorize with the engine, run, and record the call in the event history.
 */
import { ApiError, isApiError } from './errors.ts';
import { isoTime, nowMs, type Env } from './env.ts';
import { newToken } from './ids.ts';
import type { AccountEvent, AccountState, EventIdentity } from './model.ts';
import type { OpContext, OperationDef, ServiceName } from './operation.ts';
import { redactParams, validateParams } from './params.ts';
import { resolveCaller, type CallAs, type CallerPrincipal } from './principals.ts';
import { authorizeCall, SIMULATED_SOURCE_IP } from './authorize-call.ts';
import { findOperation } from './registry.ts';

/** One API call. */
export interface CallRequest {
  service: ServiceName;
  /** API name, e.g. `CreateUser`. */
  operation: string;
  params: Record<string, unknown>;
  as: CallAs;
  via: OpContext['via'];
  region?: string;
}

/** The outcome of a call: its output, or the API error AWS would return. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

/** Keep at most this many events (the oldest go first). */
export const EVENT_HISTORY_LIMIT = 5000;

const EVENT_SOURCE: Record<ServiceName, string> = { iam: 'iam.amazonaws.com', sts: 'sts.amazonaws.com', s3: 's3.amazonaws.com' };

function identityOf(caller: CallerPrincipal | undefined): EventIdentity {
  if (!caller) return { type: 'Anonymous', arn: '*', accountId: '' };
  const id: EventIdentity = { type: caller.type, arn: caller.arn, accountId: caller.accountId };
  if (caller.userName !== undefined) id.userName = caller.userName;
  if (caller.accessKeyId !== undefined) id.accessKeyId = caller.accessKeyId;
  return id;
}

function record(state: AccountState, event: Omit<AccountEvent, 'eventId'>): void {
  state.events.push({ eventId: newToken(state, 32), ...event });
  if (state.events.length > EVENT_HISTORY_LIMIT) state.events.splice(0, state.events.length - EVENT_HISTORY_LIMIT);
}

/** Run a call. Mutates `state` (the operation's changes, the event, the key's last use). Never throws for API errors. */
export async function invoke(state: AccountState, request: CallRequest, env: Env): Promise<CallResult> {
  const op = findOperation(request.service, request.operation) as OperationDef<Record<string, unknown>, unknown> | undefined;
  const now = nowMs(state, env);
  const nowIso = isoTime(now);
  const region = request.region ?? 'us-east-1';
  const base = {
    eventTime: nowIso,
    eventSource: EVENT_SOURCE[request.service],
    eventName: request.operation,
    via: request.via,
    sourceIpAddress: SIMULATED_SOURCE_IP,
    region,
  };
  if (!op) {
    const error = new ApiError('InvalidAction', `The action ${request.operation} is not valid for this web service.`, 400);
    return { ok: false, error };
  }
  const caller = resolveCaller(state, request.as, env);
  const params = request.params;
  const fail = (error: ApiError, who: CallerPrincipal | undefined, resource?: string): CallResult => {
    const event: Omit<AccountEvent, 'eventId'> = { ...base, identity: identityOf(who), requestParameters: redactParams(op.params, params), allowed: false, errorCode: error.code, errorMessage: error.message };
    if (resource !== undefined) event.resource = resource;
    record(state, event);
    return { ok: false, error };
  };
  if (isApiError(caller)) return fail(caller, undefined);

  // A call signed with a key marks the key as used, whatever the outcome.
  if (caller.accessKey) caller.accessKey.lastUsed = { date: nowIso, serviceName: request.service, region };
  // A call made with a role's temporary credentials marks the role as used.
  if (caller.role) caller.role.lastUsed = { date: nowIso, region };

  const invalid = validateParams(op.params, params);
  if (invalid) return fail(invalid, caller);

  const ctx: OpContext = { state, env, caller, now, nowIso, region, via: request.via };
  if (op.consoleOnly && request.via !== 'console') {
    return fail(new ApiError('AccessDenied', `${op.name} for this principal can only be done in the AWS Management Console.`, 403), caller);
  }
  // The resource is recorded even for operations that authorize themselves (S3 checks in its own order).
  const resource = op.resource(ctx, params);
  if (!op.noAuthorization) {
    const action = op.action ?? `${op.service}:${op.name}`;
    let authz;
    try {
      authz = authorizeCall(ctx, action, resource, op.resourcePolicy?.(ctx, params), op.context?.(ctx, params));
    } catch (e) {
      return fail(new ApiError('ServiceFailure', `A stored policy could not be read: ${(e as Error).message}`, 500), caller, resource);
    }
    if (authz.error) return fail(authz.error, caller, resource);
  }
  const result = await op.run(ctx, params);
  if (isApiError(result)) return fail(result, caller, resource);
  record(state, { ...base, identity: identityOf(caller), requestParameters: redactParams(op.params, params), allowed: true, resource });
  return { ok: true, value: result };
}
