import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';
import { advanceClock, DAY_MS } from '../../../env.ts';
import { allow, value } from './test-fixtures.ts';

const ARN = 'arn:aws:iam::111122223333:policy/ReadReports';
type Policy = Record<string, unknown>;

async function create(lab: ReturnType<typeof newLab>, name = 'ReadReports', extra: Record<string, unknown> = {}): Promise<Policy> {
  return value<{ Policy: Policy }>(await call(lab, 'iam', 'CreatePolicy', { PolicyName: name, PolicyDocument: allow('s3:GetObject'), ...extra })).Policy;
}

describe('CreatePolicy / GetPolicy', () => {
  it('creates a customer-managed policy with v1 as default, as AWS CLI prints it', async () => {
    const lab = newLab();
    const p = await create(lab, 'ReadReports', { Description: 'Reports, read only', Tags: [{ Key: 'team', Value: 'blue' }] });
    expect(p).toMatchObject({
      PolicyName: 'ReadReports',
      Arn: ARN,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: '2026-01-15T10:00:00+00:00',
      UpdateDate: '2026-01-15T10:00:00+00:00',
      Tags: [{ Key: 'team', Value: 'blue' }],
    });
    expect(p.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    const got = value<{ Policy: Policy }>(await call(lab, 'iam', 'GetPolicy', { PolicyArn: ARN })).Policy;
    expect(got).toMatchObject({ PolicyName: 'ReadReports', Description: 'Reports, read only', DefaultVersionId: 'v1' });
    const pathed = await create(lab, 'Other', { Path: '/team/' });
    expect(pathed.Arn).toBe('arn:aws:iam::111122223333:policy/team/Other');
  });

  it('refuses malformed documents, duplicates, oversize documents and the 1,501st policy', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Bad', PolicyDocument: '{"Version":' })).toMatchObject({ ok: false, error: { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' } });
    expect(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Bad', PolicyDocument: allow('s3:GetObject').replace('"Resource":"*"', '"Principal":"*","Resource":"*"') })).toMatchObject({
      ok: false,
      error: { code: 'MalformedPolicyDocument', message: 'Policy document should not specify a principal.' },
    });
    await create(lab);
    expect(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'readreports', PolicyDocument: allow('s3:GetObject') })).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'A policy called readreports already exists. Duplicate names are not allowed.' },
    });
    const big = allow('s3:GetObject', 'x').replace('"x"', JSON.stringify(Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`)));
    expect(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Big', PolicyDocument: big })).toMatchObject({ ok: false, error: { code: 'LimitExceeded', message: 'Cannot exceed quota for PolicySize: 6144' } });
    expect(codeOf(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'no spaces allowed', PolicyDocument: allow('s3:GetObject') }))).toBe('ValidationError');
    expect(codeOf(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'NoDoc' }))).toBe('ValidationError');
    const template = lab.state.policies[ARN]!;
    for (let i = 1; i < 1500; i++) lab.state.policies[`arn:x:${i}`] = { ...template, policyName: `p${i}`, arn: `arn:x:${i}` };
    expect(await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'TooMany', PolicyDocument: allow('s3:GetObject') })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for PoliciesPerAccount: 1500' },
    });
  });

  it('GetPolicy on an unknown ARN is NoSuchEntity', async () => {
    const lab = newLab();
    expect(await call(lab, 'iam', 'GetPolicy', { PolicyArn: 'arn:aws:iam::111122223333:policy/Nope' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'Policy arn:aws:iam::111122223333:policy/Nope was not found.' },
    });
  });

  it('counts attachments and boundary uses', async () => {
    const lab = newLab();
    await create(lab);
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice', PermissionsBoundary: ARN });
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'devs', PolicyArn: ARN });
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: ARN });
    const p = value<{ Policy: Policy }>(await call(lab, 'iam', 'GetPolicy', { PolicyArn: ARN })).Policy;
    expect(p).toMatchObject({ AttachmentCount: 2, PermissionsBoundaryUsageCount: 1 });
  });
});

describe('ListPolicies', () => {
  it('filters by scope, path, attachment and usage', async () => {
    const lab = newLab();
    await create(lab, 'B-Local');
    await create(lab, 'A-Team', { Path: '/team/' });
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice', PermissionsBoundary: 'arn:aws:iam::111122223333:policy/team/A-Team' });
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    const names = async (params: Record<string, unknown>): Promise<string[]> =>
      value<{ Policies: { PolicyName: string }[] }>(await call(lab, 'iam', 'ListPolicies', params)).Policies.map((p) => p.PolicyName);
    expect(await names({ Scope: 'Local' })).toEqual(['A-Team', 'B-Local']);
    expect(await names({ Scope: 'AWS' })).toHaveLength(10);
    expect(await names({})).toHaveLength(12);
    expect(await names({ PathPrefix: '/team/' })).toEqual(['A-Team']);
    expect(await names({ OnlyAttached: true })).toEqual(['A-Team', 'ReadOnlyAccess']);
    expect(await names({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsBoundary' })).toEqual(['A-Team']);
    expect(await names({ OnlyAttached: true, PolicyUsageFilter: 'PermissionsPolicy' })).toEqual(['ReadOnlyAccess']);
    expect(await names({ Scope: 'AWS', OnlyAttached: true })).toEqual(['ReadOnlyAccess']);
    const listed = value<{ Policies: Record<string, unknown>[] }>(await call(lab, 'iam', 'ListPolicies', { Scope: 'Local' })).Policies[0]!;
    expect(listed).not.toHaveProperty('Description');
    expect(codeOf(await call(lab, 'iam', 'ListPolicies', { Scope: 'Mine' }))).toBe('ValidationError');
    const page = value<{ Policies: unknown[]; IsTruncated: boolean; Marker: string }>(await call(lab, 'iam', 'ListPolicies', { MaxItems: 5 }));
    expect(page.Policies).toHaveLength(5);
    expect(page.IsTruncated).toBe(true);
  });
});

describe('policy versions', () => {
  it('creates versions up to five, sets defaults, and refuses a sixth in AWS words', async () => {
    const lab = newLab();
    await create(lab);
    advanceClock(lab.state, DAY_MS);
    const v2 = value<{ PolicyVersion: Record<string, unknown> }>(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow(['s3:GetObject', 's3:ListBucket']), SetAsDefault: true }));
    expect(v2.PolicyVersion).toEqual({ VersionId: 'v2', IsDefaultVersion: true, CreateDate: '2026-01-16T10:00:00+00:00' });
    expect(value<{ Policy: Policy }>(await call(lab, 'iam', 'GetPolicy', { PolicyArn: ARN })).Policy).toMatchObject({ DefaultVersionId: 'v2', UpdateDate: '2026-01-16T10:00:00+00:00' });
    for (const n of [3, 4, 5]) {
      expect(value<{ PolicyVersion: { VersionId: string; IsDefaultVersion: boolean } }>(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow('s3:GetObject') })).PolicyVersion).toMatchObject({
        VersionId: `v${n}`,
        IsDefaultVersion: false,
      });
    }
    expect(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow('s3:GetObject') })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.' },
    });
    const listed = value<{ Versions: { VersionId: string; IsDefaultVersion: boolean }[] }>(await call(lab, 'iam', 'ListPolicyVersions', { PolicyArn: ARN }));
    expect(listed.Versions.map((v) => v.VersionId)).toEqual(['v5', 'v4', 'v3', 'v2', 'v1']);
    expect(listed.Versions.filter((v) => v.IsDefaultVersion).map((v) => v.VersionId)).toEqual(['v2']);
    // Deleting one frees a place; numbering goes on from where it was.
    expect(codeOf(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v3' }))).toBe('OK');
    expect(value<{ PolicyVersion: { VersionId: string } }>(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow('s3:GetObject') })).PolicyVersion.VersionId).toBe('v6');
  });

  it('returns a version document parsed, as AWS CLI v2 prints it', async () => {
    const lab = newLab();
    await create(lab);
    const v = value<{ PolicyVersion: Record<string, unknown> }>(await call(lab, 'iam', 'GetPolicyVersion', { PolicyArn: ARN, VersionId: 'v1' })).PolicyVersion;
    expect(v).toEqual({ Document: JSON.parse(allow('s3:GetObject')), VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2026-01-15T10:00:00+00:00' });
    expect(await call(lab, 'iam', 'GetPolicyVersion', { PolicyArn: ARN, VersionId: 'v9' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `Policy ${ARN} version v9 does not exist or is not attachable.` },
    });
    expect(codeOf(await call(lab, 'iam', 'GetPolicyVersion', { PolicyArn: ARN, VersionId: 'one' }))).toBe('ValidationError');
  });

  it('never deletes the default version; SetDefaultPolicyVersion changes which one is in effect', async () => {
    const lab = newLab();
    await create(lab);
    await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow('iam:ListUsers') });
    expect(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v1' })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete the default version of a policy.' } });
    expect(codeOf(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v7' }))).toBe('NoSuchEntity');
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: ARN });
    const asAlice = { kind: 'user', userName: 'alice' } as const;
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asAlice))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'iam', 'SetDefaultPolicyVersion', { PolicyArn: ARN, VersionId: 'v2' }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'ListUsers', {}, asAlice))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'SetDefaultPolicyVersion', { PolicyArn: ARN, VersionId: 'v5' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v1' }))).toBe('OK');
  });

  it('refuses a malformed or oversize new version', async () => {
    const lab = newLab();
    await create(lab);
    expect(codeOf(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: '[]' }))).toBe('MalformedPolicyDocument');
    const big = allow('s3:GetObject', 'x').replace('"x"', JSON.stringify(Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`)));
    expect(codeOf(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: big }))).toBe('LimitExceeded');
    expect(lab.state.policies[ARN]!.versions).toHaveLength(1);
    expect(codeOf(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: `${ARN}x`, PolicyDocument: allow('s3:GetObject') }))).toBe('NoSuchEntity');
  });
});

describe('DeletePolicy and AWS-managed policies', () => {
  it('deletes only a detached policy with no other versions, in AWS words', async () => {
    const lab = newLab();
    await create(lab);
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: ARN });
    expect(await call(lab, 'iam', 'DeletePolicy', { PolicyArn: ARN })).toMatchObject({ ok: false, error: { code: 'DeleteConflict', message: 'Cannot delete a policy attached to entities.' } });
    await call(lab, 'iam', 'DetachUserPolicy', { UserName: 'alice', PolicyArn: ARN });
    await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: allow('s3:GetObject') });
    expect(await call(lab, 'iam', 'DeletePolicy', { PolicyArn: ARN })).toMatchObject({
      ok: false,
      error: { code: 'DeleteConflict', message: "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy." },
    });
    await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v2' });
    expect(codeOf(await call(lab, 'iam', 'DeletePolicy', { PolicyArn: ARN }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', 'DeletePolicy', { PolicyArn: ARN }))).toBe('NoSuchEntity');
  });

  it('refuses to change or delete an AWS-managed policy, even for root', async () => {
    const lab = newLab();
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const denied = `User: arn:aws:iam::111122223333:root is not authorized to perform: iam:DeletePolicy on resource: policy ${arn}`;
    expect(await call(lab, 'iam', 'DeletePolicy', { PolicyArn: arn })).toMatchObject({ ok: false, error: { code: 'AccessDenied', message: denied } });
    expect(codeOf(await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: allow('s3:GetObject') }))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'iam', 'SetDefaultPolicyVersion', { PolicyArn: arn, VersionId: 'v178' }))).toBe('AccessDenied');
    expect(codeOf(await call(lab, 'iam', 'DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v178' }))).toBe('AccessDenied');
    expect(lab.state.policies[arn]!.versions).toHaveLength(1);
  });
});
