import { describe, expect, it } from 'vitest';
import { checkInlineAggregate, checkManagedPolicySize, checkPolicyDocument, documentOutput, documentSize } from './policy-documents.ts';

const ok = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });

describe('policy document checks', () => {
  it('accepts a valid identity policy', () => {
    expect(checkPolicyDocument(ok)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"Version": ', 'Syntax errors in policy.'],
    ['a principal in an identity policy', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }), 'Policy document should not specify a principal.'],
    ['no action', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }), 'Policy statement must contain actions.'],
    ['no resource', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] }), 'Policy statement must contain resources.'],
    ['an action without a vendor', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'GetObject', Resource: '*' }] }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'],
  ])('refuses %s with IAM wording', (_what, text, message) => {
    expect(checkPolicyDocument(text)).toMatchObject({ code: 'MalformedPolicyDocument', message, status: 400 });
  });

  it('names the problem and where it is when IAM has no fixed wording', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }] });
    const e = checkPolicyDocument(text);
    expect(e?.code).toBe('MalformedPolicyDocument');
    expect(e?.message).toContain('INVALID_EFFECT');
    expect(e?.message).toContain('Statement[0].Effect');
  });

  it('counts size without white space', () => {
    expect(documentSize(' a \n\tb\r ')).toBe(2);
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(documentSize(big)).toBeGreaterThan(6144);
    expect(checkManagedPolicySize(big)).toMatchObject({ code: 'LimitExceeded', message: 'Cannot exceed quota for PolicySize: 6144' });
    expect(checkManagedPolicySize(ok)).toBeUndefined();
  });

  it('sums inline policies per identity, the replaced one excluded', () => {
    const doc = 'x'.repeat(1000);
    expect(checkInlineAggregate('user', 'alice', { a: doc }, 'b', doc)).toBeUndefined();
    expect(checkInlineAggregate('user', 'alice', { a: doc, b: doc }, 'c', 'x'.repeat(49))).toMatchObject({
      code: 'LimitExceeded',
      message: 'Maximum policy size of 2048 bytes exceeded for user alice',
    });
    expect(checkInlineAggregate('user', 'alice', { a: doc, b: doc }, 'b', doc)).toBeUndefined();
    expect(checkInlineAggregate('group', 'devs', {}, 'a', 'x'.repeat(5121))?.message).toBe('Maximum policy size of 5120 bytes exceeded for group devs');
    expect(checkInlineAggregate('role', 'r', {}, 'a', 'x'.repeat(10240))).toBeUndefined();
  });

  it('prints a document parsed, as AWS CLI v2 does', () => {
    expect(documentOutput(ok)).toEqual(JSON.parse(ok));
    expect(documentOutput('not json')).toBe('not json');
  });
});
