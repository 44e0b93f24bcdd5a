import { describe, expect, it } from 'vitest';
import { arnSnippet, completePolicy } from './completion.ts';

/** Completion where `|` marks the cursor. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return completePolicy(text, { line: before.length, column: (before[before.length - 1] ?? '').length + 1 });
}

const labels = (c: ReturnType<typeof at>) => c?.items.map((i) => i.label) ?? [];

describe('completePolicy', () => {
  it('offers service prefixes first, then the service actions with their access level', () => {
    expect(labels(at('{"Statement":[{"Action":"s|"}]}'))).toContain('s3:');
    const actions = at('{"Statement":[{"Action":["s3:Get|"]}]}');
    const get = actions?.items.find((i) => i.label === 's3:GetObject');
    expect(get?.detail).toBe('Read');
    expect(labels(actions)).toContain('s3:*');
    expect(labels(actions)).toContain('s3:Get*');
    expect(actions?.items.find((i) => i.label === 's3:PutBucketPolicy')?.detail).toBe('Permissions management');
  });

  it('replaces the whole string content', () => {
    const c = at('{"Statement":[{"Action":"s3:Ge|tObject"}]}');
    expect(c?.span).toEqual({ start: { line: 1, column: 26 }, end: { line: 1, column: 38 } });
  });

  it('offers ARN templates for the resource types of the statement actions', () => {
    const c = at('{"Statement":[{"Action":"s3:GetObject","Resource":"|"}]}');
    expect(labels(c)).toContain('arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(labels(c)).not.toContain('arn:aws:s3:::${BucketName}');
    expect(c?.items.find((i) => i.label === 'arn:aws:s3:::${BucketName}/${ObjectName}')?.insertText).toBe('arn:aws:s3:::${1:BucketName}/${2:ObjectName}');
  });

  it('offers operators under Condition and keys valid for the actions under an operator', () => {
    expect(labels(at('{"Statement":[{"Action":"s3:GetObject","Condition":{"Str|"}}]}'))).toContain('StringLike');
    const keys = labels(at('{"Statement":[{"Action":"s3:GetObject","Condition":{"StringEquals":{"|"}}}]}'));
    expect(keys).toContain('s3:ExistingObjectTag/<key>');
    expect(keys).toContain('aws:MultiFactorAuthPresent');
    expect(keys).not.toContain('s3:x-amz-acl');
  });

  it('offers nothing outside a policy string', () => {
    expect(at('{"Statement":[{"Action":"s3:GetObject"}|]}')).toBeUndefined();
  });

  it('turns ARN templates into snippets', () => {
    expect(arnSnippet('arn:${Partition}:iam::${Account}:user/${UserNameWithPath}')).toBe('arn:aws:iam::${1:Account}:user/${2:UserNameWithPath}');
  });
});
