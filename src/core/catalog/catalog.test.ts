import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogText, CATALOG_PATH, CATALOG_SERVICES } from '../../../scripts/build-catalog.ts';
import {
  actionsMatching,
  conditionKeyType,
  getAction,
  getConditionKey,
  getService,
  isMultiValuedKey,
  listServices,
  serviceStatus,
} from './index.ts';

describe('catalog.json', () => {
  it('is exactly what scripts/build-catalog.ts generates (run `npm run catalog` after a data update)', () => {
    const committed = readFileSync(CATALOG_PATH, 'utf8');
    const fresh = buildCatalogText();
    // Compare lengths first so a drift fails with a short message rather than a 370 KB diff.
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  });

  it('holds every service the brief names, and no other', () => {
    expect(listServices().map((s) => s.prefix).sort()).toEqual([...CATALOG_SERVICES].sort());
  });
});

describe('getService', () => {
  it('finds a service by prefix, case-insensitively', () => {
    const s3 = getService('S3');
    expect(s3?.prefix).toBe('s3');
    expect(s3?.name).toBe('Amazon S3');
    expect(s3?.resourceTypes['bucket']).toBe('arn:${Partition}:s3:::${BucketName}');
  });
  it('returns undefined for a service outside the catalogue', () => {
    expect(getService('athena')).toBeUndefined();
  });
});

describe('serviceStatus', () => {
  it.each([
    ['s3', 'catalog'],
    ['IAM', 'catalog'],
    ['athena', 'unchecked'],
    ['s4', 'unknown'],
  ])('%s -> %s', (prefix, status) => {
    expect(serviceStatus(prefix)).toBe(status);
  });
});

describe('getAction', () => {
  it('finds an action case-insensitively and keeps AWS casing', () => {
    const a = getAction('S3:getobject');
    expect(a?.fullName).toBe('s3:GetObject');
    expect(a?.access).toBe('Read');
    expect(a?.resources).toEqual({ accesspointobject: false, object: false });
    expect(a?.conditionKeys).toContain('s3:ResourceAccount');
  });
  it('knows iam:PassRole and its required role resource', () => {
    const a = getAction('iam:PassRole');
    expect(a?.access).toBe('Write');
    expect(a?.resources['role']).toBe(true);
  });
  it('returns undefined for an unknown action', () => {
    expect(getAction('s3:GetObjekt')).toBeUndefined();
    expect(getAction('nonsense')).toBeUndefined();
  });
});

describe('actionsMatching', () => {
  it('expands a trailing star within one service', () => {
    const names = actionsMatching('s3:GetObject*').map((a) => a.fullName);
    expect(names).toContain('s3:GetObject');
    expect(names).toContain('s3:GetObjectAcl');
    expect(names.every((n) => n.startsWith('s3:GetObject'))).toBe(true);
  });
  it('is case-insensitive and supports ?', () => {
    const names = actionsMatching('IAM:passrol?').map((a) => a.fullName);
    expect(names).toEqual(['iam:PassRole']);
  });
  it('matches across services when the service part has a wildcard', () => {
    const names = actionsMatching('*:ListTags*').map((a) => a.service);
    expect(new Set(names).size).toBeGreaterThan(1);
  });
  it('matches everything with *', () => {
    expect(actionsMatching('*').length).toBeGreaterThan(2000);
  });
  it('returns nothing for a pattern no action fits', () => {
    expect(actionsMatching('s3:Frobnicate*')).toEqual([]);
  });
});

describe('condition keys', () => {
  it.each([
    ['aws:SourceIp', 'IPAddress'],
    ['AWS:SOURCEIP', 'IPAddress'],
    ['aws:MultiFactorAuthPresent', 'Bool'],
    ['aws:MultiFactorAuthAge', 'Numeric'],
    ['aws:CurrentTime', 'Date'],
    ['aws:PrincipalArn', 'ARN'],
    ['aws:TagKeys', 'ArrayOfString'],
    ['aws:PrincipalTag/team', 'String'],
    ['aws:PrincipalTag/${TagKey}', 'String'],
    ['aws:ResourceTag/cost-center', 'String'],
    ['s3:prefix', 'String'],
    ['s3:ExistingObjectTag/classification', 'String'],
    ['kms:EncryptionContext:project', 'String'],
    ['ec2:ResourceTag/Name', 'String'],
    ['dynamodb:LeadingKeys', 'ArrayOfString'],
  ])('%s is %s', (key, type) => {
    expect(conditionKeyType(key)).toBe(type);
  });
  it('does not know invented keys', () => {
    expect(conditionKeyType('aws:NoSuchKey')).toBeUndefined();
    expect(conditionKeyType('s3:nonsense')).toBeUndefined();
    // A template needs something in its variable part.
    expect(conditionKeyType('aws:PrincipalTag/')).toBeUndefined();
  });
  it('names the defining source', () => {
    expect(getConditionKey('aws:username')?.source).toBe('global');
    expect(getConditionKey('s3:prefix')?.source).toBe('s3');
  });
  it('tells multi-valued keys from single-valued ones', () => {
    expect(isMultiValuedKey('aws:TagKeys')).toBe(true);
    expect(isMultiValuedKey('aws:CalledVia')).toBe(true);
    expect(isMultiValuedKey('aws:username')).toBe(false);
    expect(isMultiValuedKey('aws:PrincipalTag/team')).toBe(false);
    expect(isMultiValuedKey('unknown:key')).toBe(false);
  });
});
