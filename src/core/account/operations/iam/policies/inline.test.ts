import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../../testing.ts';
import { addRole, allow, value } from './test-fixtures.ts';

const KINDS = [
  { label: 'User', kind: 'user', nameParam: 'UserName', quota: 2048 },
  { label: 'Group', kind: 'group', nameParam: 'GroupName', quota: 5120 },
  { label: 'Role', kind: 'role', nameParam: 'RoleName', quota: 10240 },
] as const;

async function labWithOwners() {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'owner' });
  await call(lab, 'iam', 'CreateGroup', { GroupName: 'owner' });
  addRole(lab.state, 'owner');
  return lab;
}

/** A valid document of about `size` non-whitespace characters. */
function sized(size: number): string {
  const base = allow('s3:GetObject', '');
  return base.replace('"Resource":""', `"Resource":"arn:aws:s3:::${'b'.repeat(Math.max(1, size - base.length - 13))}"`);
}

describe.each(KINDS)('inline policies of a $kind', ({ label, kind, nameParam, quota }) => {
  it('puts, replaces, gets (parsed), lists and deletes', async () => {
    const lab = await labWithOwners();
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'read', PolicyDocument: allow('s3:GetObject') }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'read', PolicyDocument: allow('s3:ListBucket') }))).toBe('OK');
    await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'another', PolicyDocument: allow('sqs:ListQueues') });
    const got = value<Record<string, unknown>>(await call(lab, 'iam', `Get${label}Policy`, { [nameParam]: 'OWNER', PolicyName: 'read' }));
    expect(got).toEqual({ [nameParam]: 'owner', PolicyName: 'read', PolicyDocument: JSON.parse(allow('s3:ListBucket')) });
    expect(value(await call(lab, 'iam', `List${label}Policies`, { [nameParam]: 'owner' }))).toEqual({ PolicyNames: ['another', 'read'], IsTruncated: false });
    expect(codeOf(await call(lab, 'iam', `Delete${label}Policy`, { [nameParam]: 'owner', PolicyName: 'read' }))).toBe('OK');
    expect(await call(lab, 'iam', `Get${label}Policy`, { [nameParam]: 'owner', PolicyName: 'read' })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `The ${kind} policy with name read cannot be found.` },
    });
    expect(codeOf(await call(lab, 'iam', `Delete${label}Policy`, { [nameParam]: 'owner', PolicyName: 'read' }))).toBe('NoSuchEntity');
  });

  it('validates documents like managed ones, and names a missing owner', async () => {
    const lab = await labWithOwners();
    expect(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'bad', PolicyDocument: '{' })).toMatchObject({ ok: false, error: { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' } });
    // IAM saves a misspelled action of a known service (Access Analyzer, not IAM, reports it)...
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'typo', PolicyDocument: allow('s3:GetObjekt') }))).toBe('OK');
    // ...but refuses an action without a service prefix.
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'bad', PolicyDocument: allow('GetObject') }))).toBe('MalformedPolicyDocument');
    expect(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'ghost', PolicyName: 'p', PolicyDocument: allow('s3:GetObject') })).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: `The ${kind} with name ghost cannot be found.` },
    });
    expect(codeOf(await call(lab, 'iam', `List${label}Policies`, { [nameParam]: 'ghost' }))).toBe('NoSuchEntity');
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'bad name', PolicyDocument: allow('s3:GetObject') }))).toBe('ValidationError');
  });

  it(`limits the ${kind}'s inline policies to ${quota} characters in all`, async () => {
    const lab = await labWithOwners();
    const half = sized(Math.floor(quota / 2));
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'a', PolicyDocument: half }))).toBe('OK');
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'b', PolicyDocument: half }))).toBe('OK');
    expect(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'c', PolicyDocument: sized(200) })).toMatchObject({
      ok: false,
      error: { code: 'LimitExceeded', message: `Maximum policy size of ${quota} bytes exceeded for ${kind} owner` },
    });
    // Replacing a policy counts its new size, not both.
    expect(codeOf(await call(lab, 'iam', `Put${label}Policy`, { [nameParam]: 'owner', PolicyName: 'b', PolicyDocument: half }))).toBe('OK');
  });
});

describe('inline policies grant permissions', () => {
  it('a group inline policy lets its members act; deleting it takes that away', async () => {
    const lab = await labWithOwners();
    await call(lab, 'iam', 'AddUserToGroup', { GroupName: 'owner', UserName: 'owner' });
    const asOwner = { kind: 'user', userName: 'owner' } as const;
    expect(codeOf(await call(lab, 'iam', 'ListGroups', {}, asOwner))).toBe('AccessDenied');
    await call(lab, 'iam', 'PutGroupPolicy', { GroupName: 'owner', PolicyName: 'list', PolicyDocument: allow('iam:ListGroups') });
    expect(codeOf(await call(lab, 'iam', 'ListGroups', {}, asOwner))).toBe('OK');
    await call(lab, 'iam', 'DeleteGroupPolicy', { GroupName: 'owner', PolicyName: 'list' });
    expect(codeOf(await call(lab, 'iam', 'ListGroups', {}, asOwner))).toBe('AccessDenied');
  });
});
