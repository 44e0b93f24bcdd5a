/**
 * AssumeRole: temporary ASIA… credentials for a role. Authorized as the caller on the role's ARN with the
 * role's trust policy as the resource policy, so the engine checks both the caller's permission and the
 * trust. With SerialNumber and TokenCode the session is MFA-authenticated (aws:MultiFactorAuthPresent).
 * The secret and session token are returned once and kept only as hashes.
 */
import type { RequestContext } from '../../../engine/types.ts';
import { accessDenied, ApiError } from '../../errors.ts';
import { isoTime } from '../../env.ts';
import { saltedHash } from '../../hash.ts';
import { newAccessKeyId, newSecret } from '../../ids.ts';
import type { Role, SessionCredentials } from '../../model.ts';
import type { OpContext } from '../../operation.ts';
import { defineOperation } from '../../operation.ts';
import { PATTERNS } from '../../params.ts';
import { checkPolicyDocument } from '../../policy-documents.ts';
import { acceptCode, callerDevice } from './session-mfa.ts';

export interface AssumeRoleParams {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  Policy?: string;
  ExternalId?: string;
  SerialNumber?: string;
  TokenCode?: string;
}

/** AWS's response shape. */
export interface AssumeRoleResult {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
}

/** Sessions kept at most (the oldest go first); expired ones stay so their keys fail as ExpiredToken. */
export const SESSION_LIMIT = 1000;

/** The role an ARN names in this account (paths included), if any. */
export function roleByArn(ctx: OpContext, arn: string): Role | undefined {
  return Object.values(ctx.state.roles).find((r) => r.arn === arn);
}

function mfaContext(p: AssumeRoleParams): RequestContext {
  // A request that carries an MFA serial and code is an MFA request; run() refuses it unless the device is
  // the caller's and the code is right, so no session is ever issued on a false claim.
  return p.SerialNumber !== undefined && p.TokenCode !== undefined ? { 'aws:MultiFactorAuthPresent': true, 'aws:MultiFactorAuthAge': 0 } : {};
}

export const AssumeRole = defineOperation<AssumeRoleParams, AssumeRoleResult>({
  service: 'sts',
  name: 'AssumeRole',
  summary: 'Returns a set of temporary security credentials that you can use to access AWS resources as the role.',
  params: [
    { name: 'RoleArn', type: 'string', required: true, min: 20, max: 2048, doc: 'The ARN of the role to assume.' },
    { name: 'RoleSessionName', type: 'string', required: true, min: 2, max: 64, pattern: '[\\w+=,.@-]*', doc: 'An identifier for the session (shows in the assumed-role ARN).' },
    { name: 'DurationSeconds', type: 'integer', min: 900, max: 43200, doc: "Session length in seconds (900 up to the role's MaxSessionDuration; default 3600)." },
    { name: 'Policy', type: 'string', min: 1, max: 2048, pattern: PATTERNS.policyDocument, doc: 'A session policy that further limits the session (file://policy.json).' },
    { name: 'ExternalId', type: 'string', min: 2, max: 1224, pattern: '[\\w+=,.@:\\/-]*', doc: "A value the role's trust policy may require (sts:ExternalId)." },
    { name: 'SerialNumber', type: 'string', min: 9, max: 256, pattern: PATTERNS.serial, doc: "The caller's MFA device, when the role requires MFA." },
    { name: 'TokenCode', type: 'string', min: 6, max: 6, pattern: PATTERNS.authCode, secret: true, doc: 'The current code of that MFA device.' },
  ],
  resource: (_ctx, p) => p.RoleArn,
  // Root is refused in run() with AWS's own message, whatever the trust policy says.
  resourcePolicy: (ctx, p) => (ctx.caller.type === 'Root' ? undefined : roleByArn(ctx, p.RoleArn)?.assumeRolePolicyDocument),
  context(ctx, p) {
    const c: RequestContext = { 'sts:RoleSessionName': p.RoleSessionName, ...mfaContext(p) };
    if (p.ExternalId !== undefined) c['sts:ExternalId'] = p.ExternalId;
    return c;
  },
  async run(ctx, p) {
    const { state, caller } = ctx;
    if (caller.type === 'Root') return accessDenied('Roles may not be assumed by root accounts.');
    const role = roleByArn(ctx, p.RoleArn);
    if (!role) return accessDenied(`User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${p.RoleArn}`);
    const duration = p.DurationSeconds ?? 3600;
    if (caller.type === 'AssumedRole' && duration > 3600) {
      return new ApiError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.', 400);
    }
    if (duration > role.maxSessionDuration) return new ApiError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', 400);
    if (p.Policy !== undefined) {
      const bad = checkPolicyDocument(p.Policy, 'session');
      if (bad) return bad;
    }
    if ((p.SerialNumber === undefined) !== (p.TokenCode === undefined)) {
      return accessDenied('MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.');
    }
    let mfaStep: number | undefined;
    const device = callerDevice(state, caller, p.SerialNumber);
    if (p.SerialNumber !== undefined && p.TokenCode !== undefined) {
      if (!device) return accessDenied('MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.');
      mfaStep = await acceptCode(device, p.TokenCode, ctx.now);
      if (mfaStep === undefined) return accessDenied('MultiFactorAuthentication failed with invalid MFA one time pass code. ');
    }

    const accessKeyId = newAccessKeyId(state, 'ASIA');
    const secret = newSecret(state);
    const token = `IQoJb3JpZ2luX2VjE${newSecret(state)}${newSecret(state)}${newSecret(state)}${newSecret(state)}`;
    const expiration = isoTime(ctx.now + duration * 1000);
    const arn = `arn:aws:sts::${state.accountId}:assumed-role/${role.roleName}/${p.RoleSessionName}`;
    const session: SessionCredentials = {
      accessKeyId,
      secretHash: await saltedHash(secret, accessKeyId),
      sessionTokenHash: await saltedHash(token, accessKeyId),
      expiration,
      arn,
      roleName: role.roleName,
      sessionName: p.RoleSessionName,
      sourceArn: caller.arn,
      mfaAuthenticated: mfaStep !== undefined || caller.mfaAuthenticated,
    };
    if (p.Policy !== undefined) session.sessionPolicy = p.Policy;
    // Everything checked: now change the account.
    if (device && mfaStep !== undefined) device.lastAcceptedStep = mfaStep;
    state.sessions.push(session);
    if (state.sessions.length > SESSION_LIMIT) state.sessions.splice(0, state.sessions.length - SESSION_LIMIT);
    role.lastUsed = { date: ctx.nowIso, region: ctx.region };
    return {
      Credentials: { AccessKeyId: accessKeyId, SecretAccessKey: secret, SessionToken: token, Expiration: expiration },
      AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${p.RoleSessionName}`, Arn: arn },
    };
  },
});
