import { describe, expect, it } from 'vitest';
import { PolicyDocumentError, authorize, authorizeCompiled, compilePolicySet } from './authorize.ts';
import type { AuthRequest, PolicySet, RequestContext } from './types.ts';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/s1`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Reader`;
const OBJECT = 'arn:aws:s3:::reports/q1.csv';

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]) => ({ document: { Version: '2012-10-17', Statement } });
const allow = (extra: Stmt = {}): Stmt => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', ...extra });
const deny = (extra: Stmt = {}): Stmt => ({ Effect: 'Deny', Action: 's3:*', Resource: '*', ...extra });
const req = (principal: string, extra: Partial<AuthRequest> = {}): AuthRequest => ({ principal, action: 's3:GetObject', resource: OBJECT, ...extra });
const decide = (r: AuthRequest, p: PolicySet) => authorize(r, p);

describe('evaluation order (IAM User Guide: policy evaluation logic)', () => {
  it('denies implicitly when nothing allows', () => {
    const d = decide(req(ALICE), {});
    expect(d).toMatchObject({ decision: 'ImplicitDeny', stage: 'identity', matched: [] });
  });

  it('allows with an identity allow and names the statement', () => {
    const d = decide(req(ALICE), { identity: [doc(allow({ Sid: 'Read' }))] });
    expect(d.decision).toBe('Allow');
    expect(d.matched).toEqual([{ policyKind: 'identity', policyIndex: 0, policyName: 'identity[0]', statementIndex: 0, sid: 'Read', effect: 'Allow' }]);
  });

  it('lets an explicit deny in any policy kind win over every allow', () => {
    for (const kind of ['identity', 'boundary', 'scp', 'session'] as const) {
      const set: PolicySet = { identity: [doc(allow())], boundary: [doc(allow())], scp: [doc(allow())], session: [doc(allow())] };
      set[kind] = [doc(allow(), deny({ Sid: 'No' }))];
      const d = decide(req(ALICE), set);
      expect(d, kind).toMatchObject({ decision: 'ExplicitDeny', stage: 'explicit-deny' });
      expect(d.matched.map((m) => [m.policyKind, m.sid]), kind).toEqual([[kind, 'No']]);
    }
    const resourceDeny = decide(req(ALICE), { identity: [doc(allow())], resource: [doc(deny({ Principal: '*' }))] });
    expect(resourceDeny.decision).toBe('ExplicitDeny');
  });

  it('needs an SCP allow, for users and for the root user', () => {
    const scp = [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })];
    expect(decide(req(ALICE), { identity: [doc(allow())], scp }).stage).toBe('scp');
    expect(decide(req(ROOT), { scp })).toMatchObject({ decision: 'ImplicitDeny', stage: 'scp' });
    expect(decide(req(ROOT), { scp: [doc({ Effect: 'Allow', Action: '*', Resource: '*' })] }).decision).toBe('Allow');
  });

  it('limits identity permissions by the boundary and the session policy', () => {
    const identity = [doc({ Effect: 'Allow', Action: '*', Resource: '*' })];
    expect(decide(req(ALICE), { identity, boundary: [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })] })).toMatchObject({ decision: 'ImplicitDeny', stage: 'boundary' });
    expect(decide(req(ALICE), { identity, boundary: [doc(allow())] }).decision).toBe('Allow');
    expect(decide(req(SESSION), { identity, session: [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })] })).toMatchObject({ decision: 'ImplicitDeny', stage: 'session' });
  });

  it('allows the root user in its own account unless denied', () => {
    expect(decide(req(ROOT), {})).toMatchObject({ decision: 'Allow', stage: 'root' });
    expect(decide(req(ROOT), { resource: [doc(deny({ Principal: '*' }))] }).decision).toBe('ExplicitDeny');
    // Identity-side policies cannot grant the root user less.
    expect(decide(req(ROOT), { identity: [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })] }).decision).toBe('Allow');
  });
});

describe('resource-based policies in one account (IAM User Guide: single-account evaluation)', () => {
  it('grants a user named by ARN even without an identity allow or despite a boundary', () => {
    const resource = [doc(allow({ Principal: { AWS: ALICE } }))];
    expect(decide(req(ALICE), { resource })).toMatchObject({ decision: 'Allow', stage: 'resource' });
    expect(decide(req(ALICE), { resource, boundary: [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })] }).decision).toBe('Allow');
  });

  it('delegates to the identity side when it names the account', () => {
    for (const principal of [{ AWS: ACCOUNT }, { AWS: ROOT }]) {
      const resource = [doc(allow({ Principal: principal }))];
      expect(decide(req(ALICE), { resource }).decision).toBe('ImplicitDeny');
      expect(decide(req(ALICE), { resource, identity: [doc(allow())] }).decision).toBe('Allow');
    }
  });

  it('keeps a grant to a role ARN inside the session policy, but not one to the session ARN', () => {
    const session = [doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })];
    const toRole = [doc(allow({ Principal: { AWS: ROLE } }))];
    expect(decide(req(SESSION), { resource: toRole })).toMatchObject({ decision: 'Allow', stage: 'resource' });
    expect(decide(req(SESSION), { resource: toRole, session }).decision).toBe('ImplicitDeny');
    const toSession = [doc(allow({ Principal: { AWS: SESSION } }))];
    expect(decide(req(SESSION), { resource: toSession, session }).decision).toBe('Allow');
  });

  it('applies NotPrincipal to everyone not listed', () => {
    const resource = [doc(deny({ NotPrincipal: { AWS: [ALICE, ROOT] } }))];
    const identity = [doc(allow())];
    expect(decide(req(ALICE), { identity, resource }).decision).toBe('Allow');
    expect(decide(req(`arn:aws:iam::${ACCOUNT}:user/bob`), { identity, resource }).decision).toBe('ExplicitDeny');
    // Without the account, AWS may check the account first and deny: the user is not exempt.
    expect(decide(req(ALICE), { identity, resource: [doc(deny({ NotPrincipal: { AWS: ALICE } }))] }).decision).toBe('ExplicitDeny');
    // A role session is exempt only with its session, its role and its account listed.
    const sessionOnly = [doc(deny({ NotPrincipal: { AWS: [SESSION, ROOT] } }))];
    expect(decide(req(SESSION), { identity, resource: sessionOnly }).decision).toBe('ExplicitDeny');
    const chain = [doc(deny({ NotPrincipal: { AWS: [SESSION, ROLE, ROOT] } }))];
    expect(decide(req(SESSION), { identity, resource: chain }).decision).toBe('Allow');
    // A Deny with NotPrincipal always applies to a caller with a permissions boundary.
    expect(decide(req(ALICE), { identity, resource, boundary: [doc({ Effect: 'Allow', Action: '*', Resource: '*' })] }).decision).toBe('ExplicitDeny');
  });

  it('lets anonymous callers in only through the resource policy', () => {
    const publicRead = [doc(allow({ Principal: '*' }))];
    expect(decide(req('*'), { resource: publicRead }).decision).toBe('Allow');
    expect(decide(req('*'), { identity: [doc(allow())] }).decision).toBe('ImplicitDeny');
  });
});

describe('cross-account requests (IAM User Guide: cross-account policy evaluation)', () => {
  const otherUser = `arn:aws:iam::${OTHER}:user/carol`;
  it('needs both the resource policy and the identity policy', () => {
    const resource = [doc(allow({ Principal: { AWS: OTHER } }))];
    const identity = [doc(allow())];
    const r = req(otherUser, { resourceAccount: ACCOUNT });
    expect(decide(r, { resource }).decision).toBe('ImplicitDeny');
    expect(decide(r, { identity }).decision).toBe('ImplicitDeny');
    expect(decide(r, { identity, resource }).decision).toBe('Allow');
  });
  it('takes the resource account from the ARN when it has one', () => {
    const table = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/T`;
    const identity = [doc({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: table })];
    expect(decide({ principal: otherUser, action: 'dynamodb:GetItem', resource: table }, { identity }).decision).toBe('ImplicitDeny');
  });
});

describe('matching details', () => {
  it('matches actions case-insensitively and resources case-sensitively', () => {
    const identity = [doc({ Effect: 'Allow', Action: 'S3:get*', Resource: 'arn:aws:s3:::reports/*' })];
    expect(decide(req(ALICE), { identity }).decision).toBe('Allow');
    expect(decide(req(ALICE, { resource: 'arn:aws:s3:::Reports/q1.csv' }), { identity }).decision).toBe('ImplicitDeny');
  });

  it('handles NotAction and NotResource', () => {
    const identity = [doc({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::secret/*' })];
    expect(decide(req(ALICE), { identity }).decision).toBe('Allow');
    expect(decide(req(ALICE, { action: 'iam:CreateUser', resource: '*' }), { identity }).decision).toBe('ImplicitDeny');
    expect(decide(req(ALICE, { resource: 'arn:aws:s3:::secret/x' }), { identity }).decision).toBe('ImplicitDeny');
  });

  it('substitutes ${aws:username} only under Version 2012-10-17', () => {
    const stmt = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' };
    const r = req(ALICE, { resource: 'arn:aws:s3:::home/alice/a.txt' });
    expect(decide(r, { identity: [{ document: { Version: '2012-10-17', Statement: [stmt] } }] }).decision).toBe('Allow');
    expect(decide(r, { identity: [{ document: { Version: '2008-10-17', Statement: [stmt] } }] }).decision).toBe('ImplicitDeny');
    expect(decide(r, { identity: [{ document: { Statement: [stmt] } }] }).decision).toBe('ImplicitDeny');
    const literal = req(ALICE, { resource: 'arn:aws:s3:::home/${aws:username}/a.txt' });
    expect(decide(literal, { identity: [{ document: { Version: '2008-10-17', Statement: [stmt] } }] }).decision).toBe('Allow');
  });

  it('fills principal keys from the ARN unless the request gives them', () => {
    const identity = [doc(allow({ Condition: { StringEquals: { 'aws:PrincipalType': 'User', 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalArn': ALICE } } }))];
    expect(decide(req(ALICE), { identity }).decision).toBe('Allow');
    expect(decide(req(ALICE, { context: { 'aws:PrincipalType': 'AssumedRole' } }), { identity }).decision).toBe('ImplicitDeny');
    const roleArn = [doc(allow({ Condition: { ArnEquals: { 'aws:PrincipalArn': ROLE } } }))];
    expect(decide(req(SESSION), { identity: roleArn }).decision).toBe('Allow');
  });

  it('reports missing context keys of statements that otherwise matched', () => {
    const identity = [
      doc(
        allow({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
        { Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
      ),
    ];
    const d = decide(req(ALICE), { identity });
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.missingContextKeys).toEqual(['aws:MultiFactorAuthPresent']);
  });

  it('explains why each statement did not apply', () => {
    const identity = [doc({ Sid: 'Ec2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, allow({ Sid: 'Other', Resource: 'arn:aws:s3:::other/*' }), allow({ Sid: 'Mfa', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }))];
    const d = decide(req(ALICE, { context: { 'aws:MultiFactorAuthPresent': 'false' } }), { identity });
    const bySid = Object.fromEntries(d.statements.map((s) => [s.sid, s]));
    expect(bySid.Ec2).toMatchObject({ applies: false, action: false, resource: true });
    expect(bySid.Other).toMatchObject({ applies: false, action: true, resource: false });
    expect(bySid.Mfa).toMatchObject({ applies: false, action: true, resource: true, conditionsMatched: false });
    expect(bySid.Mfa?.conditions[0]).toMatchObject({ operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'], requestValues: ['false'], matched: false });
  });

  it('never applies a statement whose Effect is invalid', () => {
    const d = decide(req(ALICE), { identity: [doc(allow({ Effect: 'allow' }))] });
    expect(d.decision).toBe('ImplicitDeny');
  });

  it('accepts policy text and reports text that is not JSON', () => {
    expect(decide(req(ALICE), { identity: [{ document: JSON.stringify(doc(allow()).document) }] }).decision).toBe('Allow');
    expect(() => decide(req(ALICE), { identity: [{ name: 'broken', document: '{ "Version": ' }] })).toThrow(PolicyDocumentError);
  });

  it('gives the same decisions through the compiled fast path', () => {
    const set: PolicySet = { identity: [doc(allow(), deny({ Action: 's3:PutObject' }))] };
    const compiled = compilePolicySet(set);
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:ListBucket']) {
      const r = req(ALICE, { action });
      expect(authorizeCompiled(r, compiled).decision).toBe(authorize(r, set).decision);
    }
  });
});

describe('SCPs by organization level (Organizations: how SCPs work)', () => {
  const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
  const ec2Only = { Effect: 'Allow', Action: 'ec2:*', Resource: '*' };
  it('needs an allow at every level, and one allow within a level is enough', () => {
    const identity = [doc(allow())];
    const level = (n: number, ...docs: ReturnType<typeof doc>[]) => docs.map((d) => ({ ...d, level: n }));
    expect(decide(req(ALICE), { identity, scp: [...level(1, doc(allowAll)), ...level(2, doc(ec2Only))] }).stage).toBe('scp');
    expect(decide(req(ALICE), { identity, scp: [...level(1, doc(allowAll)), ...level(2, doc(ec2Only), doc(allowAll))] }).decision).toBe('Allow');
    // Without levels, all SCPs share one level.
    expect(decide(req(ALICE), { identity, scp: [doc(ec2Only), doc(allowAll)] }).decision).toBe('Allow');
  });
});

describe('explain off', () => {
  it('decides the same, with the same matched statements and missing keys, and no explanations', () => {
    const identity = [doc(allow({ Sid: 'R' }), deny({ Sid: 'D', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), { Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })];
    const resource = [doc(allow({ Principal: { AWS: ACCOUNT } }))];
    const contexts: RequestContext[] = [{}, { 'aws:SecureTransport': false }, { 'aws:SecureTransport': true, 'aws:MultiFactorAuthPresent': true }];
    for (const context of contexts) {
      for (const principal of [ALICE, ROOT, SESSION, '*']) {
        const r = req(principal, { context });
        const full = authorize(r, { identity, resource });
        const fast = authorize(r, { identity, resource }, { explain: false });
        expect(fast.statements).toEqual([]);
        expect({ ...fast, statements: full.statements }).toEqual(full);
      }
    }
  });
});

describe('trust policies and key policies must allow (IAM User Guide: single-account evaluation)', () => {
  const role = `arn:aws:iam::${ACCOUNT}:role/Auditor`;
  const assume = (principal: string): AuthRequest => ({ principal, action: 'sts:AssumeRole', resource: role });
  const identity = [doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role })];
  it('denies assuming a role whose trust policy does not allow, whatever the identity policy says', () => {
    // With no trust policy given, only the identity side is judged.
    expect(decide(assume(ALICE), { identity }).decision).toBe('Allow');
    const other = [doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'sts:AssumeRole' })];
    expect(decide(assume(ALICE), { identity, resource: other }).decision).toBe('ImplicitDeny');
  });
  it('lets a trust policy naming the user be enough, and one naming the account delegate to identity', () => {
    const naming = [doc({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'sts:AssumeRole' })];
    expect(decide(assume(ALICE), { resource: naming }).decision).toBe('Allow');
    const account = [doc({ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'sts:AssumeRole' })];
    expect(decide(assume(ALICE), { resource: account }).decision).toBe('ImplicitDeny');
    expect(decide(assume(ALICE), { resource: account, identity }).decision).toBe('Allow');
  });
  it('applies the same rule to KMS keys', () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const r: AuthRequest = { principal: ALICE, action: 'kms:Decrypt', resource: key };
    const kmsIdentity = [doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' })];
    const otherKeyPolicy = [doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'kms:*', Resource: '*' })];
    expect(decide(r, { identity: kmsIdentity, resource: otherKeyPolicy })).toMatchObject({ decision: 'ImplicitDeny', stage: 'resource' });
    const keyPolicy = [doc({ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' })];
    expect(decide(r, { identity: kmsIdentity, resource: keyPolicy }).decision).toBe('Allow');
  });
});

describe('the root user and trust policies', () => {
  it('needs the trust policy to allow the root user too', () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/Auditor`;
    const r: AuthRequest = { principal: ROOT, action: 'sts:AssumeRole', resource: role };
    const trustOther = [doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' })];
    expect(decide(r, { resource: trustOther }).decision).toBe('ImplicitDeny');
    expect(decide(r, {}).decision).toBe('Allow');
  });
});
