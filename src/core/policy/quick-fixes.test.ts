import { describe, expect, it } from 'vitest';
import { applyEdits, quickFixesFor } from './quick-fixes.ts';
import { validatePolicy } from './validate.ts';

function fix(text: string, code: string): string | undefined {
  const finding = validatePolicy(text).find((f) => f.issueCode === code);
  if (!finding) throw new Error(`no ${code} finding`);
  const [first] = quickFixesFor(text, finding);
  return first ? applyEdits(text, first.edits) : undefined;
}

describe('quick fixes', () => {
  it('adds the missing Version, and the finding goes away', () => {
    const text = '{\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}';
    const fixed = fix(text, 'MISSING_VERSION') ?? '';
    expect(JSON.parse(fixed).Version).toBe('2012-10-17');
    expect(validatePolicy(fixed).map((f) => f.issueCode)).not.toContain('MISSING_VERSION');
  });

  it('turns StringEquals with a wildcard into StringLike, keeping IfExists', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqualsIfExists: { 'aws:username': ['a*'] } } }],
    }, null, 2);
    const fixed = fix(text, 'WILDCARD_WITHOUT_LIKE_OPERATOR') ?? '';
    expect(JSON.parse(fixed).Statement[0].Condition).toEqual({ StringLikeIfExists: { 'aws:username': ['a*'] } });
  });

  it('offers no rename when the condition already has StringLike', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:username': 'a*' }, StringLike: { 'aws:userid': 'x' } } }],
    });
    expect(fix(text, 'WILDCARD_WITHOUT_LIKE_OPERATOR')).toBeUndefined();
  });

  it('removes a duplicate action, whether it is last or in the middle', () => {
    const last = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject", "s3:ListBucket", "s3:GetObject"],"Resource":"*"}]}';
    expect(JSON.parse(fix(last, 'REDUNDANT_ACTION') ?? '').Statement[0].Action).toEqual(['s3:GetObject', 's3:ListBucket']);
    const middle = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject", "s3:GetObject", "s3:ListBucket"],"Resource":"*"}]}';
    expect(JSON.parse(fix(middle, 'REDUNDANT_ACTION') ?? '').Statement[0].Action).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('has no fix for findings it cannot repair for certain', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:NoSuchThing","Resource":"*"}]}';
    for (const f of validatePolicy(text)) expect(quickFixesFor(text, f)).toEqual([]);
  });
});
