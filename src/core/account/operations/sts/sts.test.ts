import { describe, expect, it } from 'vitest';
import { advanceClock, nowMs } from '../../env.ts';
import { saltedHash } from '../../hash.ts';
import { call, codeOf, newLab } from '../../testing.ts';
import { totpAtStep, totpStep } from '../../totp.ts';

const ACCOUNT = '111122223333';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/deploy`;
const trust = (principal: unknown, condition?: unknown): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });
const ALLOW_ASSUME = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }] });

type Lab = ReturnType<typeof newLab>;
const alice = { kind: 'user', userName: 'alice' } as const;

async function setup(trustDoc: string, identity?: string, roleExtra: Record<string, unknown> = {}): Promise<Lab> {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
  const r = await call(lab, 'iam', 'CreateRole', { RoleName: 'deploy', AssumeRolePolicyDocument: trustDoc, ...roleExtra });
  if (!r.ok) throw new Error(r.error.message);
  if (identity) lab.state.users.alice!.inlinePolicies.assume = identity;
  return lab;
}

function creds(r: unknown): { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string } {
  return (r as { value: { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string } } }).value.Credentials;
}

describe('GetCallerIdentity', () => {
  it('prints root, a user and an assumed role as AWS does, and is never denied', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME);
    expect(await call(lab, 'sts', 'GetCallerIdentity')).toEqual({ ok: true, value: { UserId: ACCOUNT, Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root` } });
    const user = await call(lab, 'sts', 'GetCallerIdentity', {}, alice);
    expect(user).toEqual({ ok: true, value: { UserId: lab.state.users.alice!.userId, Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/alice` } });
    // An explicit deny of everything does not stop it.
    lab.state.users.alice!.inlinePolicies.deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:GetCallerIdentity', Resource: '*' }] });
    expect(codeOf(await call(lab, 'sts', 'GetCallerIdentity', {}, alice))).toBe('OK');
    delete lab.state.users.alice!.inlinePolicies.deny;
    const assumed = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'alice-session' }, alice);
    const key = creds(assumed).AccessKeyId;
    expect(await call(lab, 'sts', 'GetCallerIdentity', {}, { kind: 'accessKey', accessKeyId: key })).toEqual({
      ok: true,
      value: { UserId: `${lab.state.roles.deploy!.roleId}:alice-session`, Account: ACCOUNT, Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy/alice-session` },
    });
  });
});

describe('AssumeRole', () => {
  it('issues ASIA credentials, stores only hashes, and acts as the session until they expire', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME, { MaxSessionDuration: 7200 });
    lab.state.roles.deploy!.inlinePolicies.list = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }] });
    const r = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 's1', DurationSeconds: 7200 }, alice);
    expect(r).toMatchObject({ ok: true, value: { AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy/s1`, AssumedRoleId: `${lab.state.roles.deploy!.roleId}:s1` } } });
    const c = creds(r);
    expect(c.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(c.SecretAccessKey).toHaveLength(40);
    expect(c.Expiration).toBe('2026-01-15T12:00:00+00:00');
    const stored = lab.state.sessions.at(-1)!;
    expect(stored).toMatchObject({ accessKeyId: c.AccessKeyId, roleName: 'deploy', sessionName: 's1', sourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, mfaAuthenticated: false });
    expect(stored.secretHash).toBe(await saltedHash(c.SecretAccessKey, c.AccessKeyId));
    expect(stored.sessionTokenHash).toBe(await saltedHash(c.SessionToken, c.AccessKeyId));
    expect(JSON.stringify(lab.state)).not.toContain(c.SecretAccessKey);
    expect(JSON.stringify(lab.state)).not.toContain(c.SessionToken);
    expect(lab.state.roles.deploy!.lastUsed).toEqual({ date: '2026-01-15T10:00:00+00:00', region: 'us-east-1' });

    const asSession = { kind: 'accessKey', accessKeyId: c.AccessKeyId } as const;
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asSession))).toBe('OK');
    // The session has the role's permissions, not alice's.
    expect(await call(lab, 'iam', 'ListRoles', {}, asSession)).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: expect.stringContaining(`User: arn:aws:sts::${ACCOUNT}:assumed-role/deploy/s1 is not authorized to perform: iam:ListRoles`) as unknown },
    });
    advanceClock(lab.state, 7200 * 1000 - 1000);
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asSession))).toBe('OK');
    advanceClock(lab.state, 1000);
    expect(await call(lab, 'iam', 'ListUsers', {}, asSession)).toMatchObject({ ok: false, error: { code: 'ExpiredToken', message: 'The security token included in the request is expired' } });
  });

  it('is denied by a trust policy that does not name the caller, even with an identity allow', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }), ALLOW_ASSUME);
    const r = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' }, alice);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} because no resource-based policy allows the sts:AssumeRole action`,
      },
    });
    expect(lab.state.sessions).toHaveLength(0);
  });

  it('is denied without an identity permission when the trust policy trusts the account', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }));
    const r = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' }, alice);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} because no identity-based policy allows the sts:AssumeRole action`,
      },
    });
    lab.state.users.alice!.inlinePolicies.assume = ALLOW_ASSUME;
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' }, alice))).toBe('OK');
  });

  it('is allowed by a trust policy naming the user itself, without an identity permission (same account)', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }));
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' }, alice))).toBe('OK');
  });

  it('refuses the root user with AWS words, and unknown roles as not authorized', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME);
    expect(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' })).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: 'Roles may not be assumed by root accounts.' },
    });
    lab.state.users.alice!.inlinePolicies.assume = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] });
    const missing = `arn:aws:iam::${ACCOUNT}:role/none`;
    expect(await call(lab, 'sts', 'AssumeRole', { RoleArn: missing, RoleSessionName: 'sx' }, alice)).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${missing}` },
    });
  });

  it('validates session names, durations against the role maximum, and session policies', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME);
    const base = { RoleArn: ROLE_ARN, RoleSessionName: 'sx' };
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, RoleSessionName: 'x' }, alice))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, RoleSessionName: 'has space' }, alice))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, RoleSessionName: 'x'.repeat(65) }, alice))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, DurationSeconds: 899 }, alice))).toBe('ValidationError');
    expect(await call(lab, 'sts', 'AssumeRole', { ...base, DurationSeconds: 3601 }, alice)).toMatchObject({
      ok: false,
      error: { code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' },
    });
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, DurationSeconds: 900 }, alice))).toBe('OK');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, Policy: '{"Version": "2012-10-17"' }, alice))).toBe('MalformedPolicyDocument');
  });

  it('limits the session with a session policy', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME);
    lab.state.roles.deploy!.inlinePolicies.all = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] });
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }] });
    const r = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx', Policy: policy }, alice);
    const asSession = { kind: 'accessKey', accessKeyId: creds(r).AccessKeyId } as const;
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asSession))).toBe('OK');
    expect(await call(lab, 'iam', 'ListRoles', {}, asSession)).toMatchObject({ ok: false, error: { code: 'AccessDenied', message: expect.stringContaining('because no session policy allows') as unknown } });
  });

  it('checks ExternalId in the trust policy', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, { StringEquals: { 'sts:ExternalId': 'secret-42' } }), ALLOW_ASSUME);
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx' }, alice))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx', ExternalId: 'wrong-1' }, alice))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'sx', ExternalId: 'secret-42' }, alice))).toBe('OK');
  });

  it('with MFA: the trust policy sees aws:MultiFactorAuthPresent, the session carries it, codes are checked and not reused', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }), ALLOW_ASSUME);
    const created = await call(lab, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'alice' });
    const { SerialNumber: serial, Base32StringSeed: seed } = (created as { value: { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string } } }).value.VirtualMFADevice;
    const step = (): number => totpStep(nowMs(lab.state, lab.env));
    await call(lab, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: serial, AuthenticationCode1: await totpAtStep(seed, step() - 1), AuthenticationCode2: await totpAtStep(seed, step()) });
    advanceClock(lab.state, 30_000);
    const base = { RoleArn: ROLE_ARN, RoleSessionName: 'sx' };
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', base, alice))).toBe('AccessDenied');
    const now = await totpAtStep(seed, step());
    const wrong = now === '000000' ? '111111' : '000000';
    expect(await call(lab, 'sts', 'AssumeRole', { ...base, SerialNumber: serial, TokenCode: wrong }, alice)).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ' },
    });
    expect(await call(lab, 'sts', 'AssumeRole', { ...base, SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/other`, TokenCode: now }, alice)).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: expect.stringContaining('MultiFactorAuthentication failed, unable to validate MFA code.') as unknown },
    });
    const r = await call(lab, 'sts', 'AssumeRole', { ...base, SerialNumber: serial, TokenCode: now }, alice);
    expect(codeOf(r)).toBe('OK');
    expect(lab.state.sessions.at(-1)?.mfaAuthenticated).toBe(true);
    // The same code again is refused.
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { ...base, SerialNumber: serial, TokenCode: now }, alice))).toBe('AccessDenied');
    // The session's calls carry aws:MultiFactorAuthPresent = true.
    lab.state.roles.deploy!.inlinePolicies.mfa = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
    });
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, { kind: 'accessKey', accessKeyId: creds(r).AccessKeyId }))).toBe('OK');
  });

  it('limits role chaining to one hour', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME, { MaxSessionDuration: 43200 });
    lab.state.roles.deploy!.inlinePolicies.chain = ALLOW_ASSUME;
    const first = await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'aa' }, alice);
    const asSession = { kind: 'accessKey', accessKeyId: creds(first).AccessKeyId } as const;
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'bb', DurationSeconds: 7200 }, asSession))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'bb' }, asSession))).toBe('OK');
  });
});

describe('calls with temporary credentials', () => {
  it('mark the role as used', async () => {
    const lab = await setup(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), ALLOW_ASSUME);
    const key = creds(await call(lab, 'sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 's1' }, alice)).AccessKeyId;
    delete lab.state.roles.deploy!.lastUsed;
    advanceClock(lab.state, 60_000);
    await call(lab, 'sts', 'GetCallerIdentity', {}, { kind: 'accessKey', accessKeyId: key });
    const role = (): { lastUsed?: { date: string } } => lab.state.roles.deploy!;
    expect(role().lastUsed?.date).toBe(new Date(nowMs(lab.state, lab.env)).toISOString().replace('.000Z', '+00:00'));
  });
});
