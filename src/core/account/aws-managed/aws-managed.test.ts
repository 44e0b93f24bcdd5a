import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../policy/validate.ts';
import { call, newLab } from '../testing.ts';
import { AWS_MANAGED } from './index.ts';

const REQUIRED = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'IAMUserChangePassword',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonEC2ReadOnlyAccess',
  'AmazonDynamoDBReadOnlyAccess',
];

describe('AWS-managed policies', () => {
  it('ships every policy the lessons need, each once', () => {
    const names = AWS_MANAGED.map((p) => p.name);
    expect([...names].sort()).toEqual([...REQUIRED].sort());
  });

  for (const source of AWS_MANAGED) {
    it(`${source.name}: its document parses and validates with no ERROR`, () => {
      const text = JSON.stringify(source.document, null, 4);
      const errors = validatePolicy(text, { kind: 'identity' }).filter((f) => f.findingType === 'ERROR');
      expect(errors).toEqual([]);
      expect(source.versionId).toMatch(/^v[1-9]\d*$/);
      expect(source.path).toBe('/');
    });
  }

  it('are in a new account at arn:aws:iam::aws:policy/NAME with their version as default', async () => {
    const lab = newLab();
    const r = await call(lab, 'iam', 'GetPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
    expect(r).toMatchObject({ ok: true, value: { Policy: { PolicyName: 'IAMUserChangePassword', Path: '/', DefaultVersionId: 'v3', AttachmentCount: 0, IsAttachable: true } } });
    const v = await call(lab, 'iam', 'GetPolicyVersion', { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', VersionId: 'v1' });
    expect(v).toMatchObject({ ok: true, value: { PolicyVersion: { Document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, IsDefaultVersion: true } } });
  });
});
