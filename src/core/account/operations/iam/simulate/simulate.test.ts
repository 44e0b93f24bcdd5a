import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';

const ACCOUNT = '111122223333';
const READ_S3 = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
    ],
  },
  null,
  2,
);
const DENY_SECRET = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/secret/*' } });

type Result = {
  EvalActionName: string;
  EvalResourceName: string;
  EvalDecision: string;
  MatchedStatements: { SourcePolicyId: string; SourcePolicyType: string; StartPosition?: { Line: number; Column: number }; EndPosition?: { Line: number; Column: number } }[];
  MissingContextValues: string[];
  OrganizationsDecisionDetail: { AllowedByOrganizations: boolean };
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean };
};

function results(r: unknown): Result[] {
  return (r as { value: { EvaluationResults: Result[] } }).value.EvaluationResults;
}

async function labWithAlice(): Promise<ReturnType<typeof newLab>> {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
  const alice = lab.state.users.alice!;
  alice.inlinePolicies['read-reports'] = READ_S3;
  alice.inlinePolicies['no-secrets'] = DENY_SECRET;
  alice.attachedPolicies.push('arn:aws:iam::aws:policy/IAMReadOnlyAccess');
  return lab;
}

describe('SimulatePrincipalPolicy', () => {
  it('returns one result per action and resource in AWS shape, with statement positions', async () => {
    const lab = await labWithAlice();
    const r = await call(lab, 'iam', 'SimulatePrincipalPolicy', {
      PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      ActionNames: ['s3:GetObject', 's3:PutObject'],
      ResourceArns: ['arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::reports/secret/plan.txt'],
    });
    expect(r).toMatchObject({ ok: true, value: { IsTruncated: false } });
    const res = results(r);
    expect(res.map((x) => [x.EvalActionName, x.EvalResourceName, x.EvalDecision])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/q1.csv', 'allowed'],
      ['s3:GetObject', 'arn:aws:s3:::reports/secret/plan.txt', 'explicitDeny'],
      ['s3:PutObject', 'arn:aws:s3:::reports/q1.csv', 'implicitDeny'],
      ['s3:PutObject', 'arn:aws:s3:::reports/secret/plan.txt', 'implicitDeny'],
    ]);
    const allowed = res[0]!;
    expect(allowed).toMatchObject({ MissingContextValues: [], OrganizationsDecisionDetail: { AllowedByOrganizations: true } });
    expect(allowed).not.toHaveProperty('PermissionsBoundaryDecisionDetail');
    // The "Read" statement of the pretty-printed inline policy: find it in the text by its position.
    expect(allowed.MatchedStatements).toHaveLength(1);
    const m = allowed.MatchedStatements[0]!;
    expect(m).toMatchObject({ SourcePolicyId: 'read-reports', SourcePolicyType: 'user' });
    const lines = READ_S3.split('\n');
    expect(lines[m.StartPosition!.Line - 1]!.slice(m.StartPosition!.Column - 1)).toBe('{');
    expect(lines[m.StartPosition!.Line]).toContain('"Sid": "Read"');
    expect(lines[m.EndPosition!.Line - 1]!.slice(0, m.EndPosition!.Column - 1).trim()).toBe('}');
    // The deny statement (a single object Statement) on line 1.
    expect(res[1]!.MatchedStatements).toEqual([
      { SourcePolicyId: 'no-secrets', SourcePolicyType: 'user', StartPosition: { Line: 1, Column: DENY_SECRET.indexOf('"Statement":{') + 13 }, EndPosition: { Line: 1, Column: DENY_SECRET.length } },
    ]);
    expect(res[2]!.MatchedStatements).toEqual([]);
  });

  it('names managed policies by name and type, includes group policies and PolicyInputList', async () => {
    const lab = await labWithAlice();
    lab.state.groups.ops = { groupName: 'ops', groupId: 'AGPAEXAMPLE', path: '/', arn: `arn:aws:iam::${ACCOUNT}:group/ops`, createDate: '', attachedPolicies: [], inlinePolicies: { ec2: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] }) } };
    lab.state.users.alice!.groups.push('ops');
    const extra = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] });
    const r = await call(lab, 'iam', 'SimulatePrincipalPolicy', {
      PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      ActionNames: ['iam:GetUser', 'ec2:DescribeInstances', 'sqs:SendMessage'],
      PolicyInputList: [extra],
    });
    const res = results(r);
    expect(res.map((x) => x.EvalDecision)).toEqual(['allowed', 'allowed', 'allowed']);
    expect(res[0]!.EvalResourceName).toBe('*');
    expect(res[0]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'IAMReadOnlyAccess', SourcePolicyType: 'aws-managed' });
    expect(res[1]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'ec2', SourcePolicyType: 'group' });
    expect(res[2]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none', StartPosition: { Line: 1 } });
  });

  it('reports the permissions boundary decision, and a boundary given in the request replaces the entity’s', async () => {
    const lab = await labWithAlice();
    lab.state.users.alice!.permissionsBoundary = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
    const base = { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::reports/a'] };
    const bounded = results(await call(lab, 'iam', 'SimulatePrincipalPolicy', base))[0]!;
    expect(bounded).toMatchObject({ EvalDecision: 'implicitDeny', PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false } });
    const s3Boundary = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    const replaced = results(await call(lab, 'iam', 'SimulatePrincipalPolicy', { ...base, PermissionsBoundaryPolicyInputList: [s3Boundary] }))[0]!;
    expect(replaced).toMatchObject({ EvalDecision: 'allowed', PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true } });
  });

  it('uses ContextEntries and lists the condition keys it was missing', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateRole', { RoleName: 'ops', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });
    lab.state.roles.ops!.inlinePolicies.office = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
    });
    const base = { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/ops`, ActionNames: ['iam:ListUsers'] };
    const missing = results(await call(lab, 'iam', 'SimulatePrincipalPolicy', base))[0]!;
    expect(missing.EvalDecision).toBe('implicitDeny');
    expect([...missing.MissingContextValues].sort()).toEqual(['aws:MultiFactorAuthPresent', 'aws:SourceIp']);
    const given = results(
      await call(lab, 'iam', 'SimulatePrincipalPolicy', {
        ...base,
        ContextEntries: [
          { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['192.0.2.7'], ContextKeyType: 'ip' },
          { ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['true'], ContextKeyType: 'boolean' },
        ],
      }),
    )[0]!;
    expect(given).toMatchObject({ EvalDecision: 'allowed', MissingContextValues: [], MatchedStatements: [{ SourcePolicyId: 'office', SourcePolicyType: 'role' }] });
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { ...base, ContextEntries: [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['yes'], ContextKeyType: 'boolean' }] }))).toBe('InvalidInput');
  });

  it('errors as AWS does for unknown entities, bad ARNs, malformed inputs and missing actions', async () => {
    const lab = await labWithAlice();
    expect(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/bob`, ActionNames: ['s3:GetObject'] })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'The user with name bob cannot be found.' },
    });
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/none`, ActionNames: ['s3:GetObject'] }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:group/none`, ActionNames: ['s3:GetObject'] }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: 'arn:aws:s3:::not-a-principal', ActionNames: ['s3:GetObject'] }))).toBe('InvalidInput');
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, ActionNames: ['s3:GetObject'], PolicyInputList: ['{'] }))).toBe('MalformedPolicyDocument');
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice` }))).toBe('ValidationError');
  });

  it('is authorized on the source ARN as the caller, and pages', async () => {
    const lab = await labWithAlice();
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(codeOf(await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, ActionNames: ['s3:GetObject'] }, { kind: 'user', userName: 'bob' }))).toBe('AccessDenied');
    const page = await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, ActionNames: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], MaxItems: 2 });
    expect(page).toMatchObject({ ok: true, value: { IsTruncated: true, Marker: '2' } });
    expect(results(page)).toHaveLength(2);
  });

  it('includes a resource policy (the caller named in it is allowed on its own)', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'carol' });
    const bucketPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/carol` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared/*' }],
    });
    const r = results(
      await call(lab, 'iam', 'SimulatePrincipalPolicy', { PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/carol`, ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::shared/x'], ResourcePolicy: bucketPolicy }),
    )[0]!;
    expect(r).toMatchObject({ EvalDecision: 'allowed', MatchedStatements: [{ SourcePolicyId: 'ResourcePolicy', SourcePolicyType: 'resource' }] });
  });
});

describe('SimulateCustomPolicy', () => {
  it('simulates the given policies alone', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'SimulateCustomPolicy', {
      PolicyInputList: [READ_S3, DENY_SECRET],
      ActionNames: ['s3:GetObject'],
      ResourceArns: ['arn:aws:s3:::reports/a', 'arn:aws:s3:::reports/secret/b', 'arn:aws:s3:::other/c'],
    });
    const res = results(r);
    expect(res.map((x) => x.EvalDecision)).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
    expect(res[0]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none' });
    expect(res[1]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'PolicyInputList.2' });
    expect(codeOf(await call(lab, 'iam', 'SimulateCustomPolicy', { ActionNames: ['s3:GetObject'] }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'SimulateCustomPolicy', { PolicyInputList: ['not json'], ActionNames: ['s3:GetObject'] }))).toBe('MalformedPolicyDocument');
    expect(codeOf(await call(lab, 'iam', 'SimulateCustomPolicy', { PolicyInputList: [READ_S3], ActionNames: ['s3:GetObject'], ResourcePolicy: READ_S3 }))).toBe('MalformedPolicyDocument');
  });
});
