import { describe, expect, it } from 'vitest';
import { arnMatch, compileArnPattern, parseArn } from './arn.ts';
import { globFromText } from './glob.ts';

const match = (pattern: string, value: string): boolean => arnMatch(compileArnPattern(globFromText(pattern)), value);

describe('ARN matching (IAM User Guide: Resource element, ARN wildcards)', () => {
  it.each([
    ['*', 'arn:aws:s3:::bucket', true],
    ['*', '*', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b.txt', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::bucket*', 'arn:aws:s3:::bucket-2/x', true],
    ['arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/x', false],
    ['arn:aws:iam::*:user/*', 'arn:aws:iam::111122223333:user/alice', true],
    ['arn:aws:iam::111122223333:user/*', 'arn:aws:iam::444455556666:user/alice', false],
    ['arn:aws:iam::*', 'arn:aws:iam::111122223333:user/alice', true],
    ['arn:aws:iam::111122223333', 'arn:aws:iam::111122223333:user/alice', false],
    ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true],
    ['arn:aws:ec2:us-*:*:instance/*', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1', false],
    ['arn:aws:s3:::bucket/*/test/*', 'arn:aws:s3:::bucket/1/2/test/3/x.jpg', true],
    ['arn:aws:logs:*:*:log-group:*', 'arn:aws:logs:us-east-1:111122223333:log-group:my:stream', true],
    ['arn:aws:s3:::b?cket', 'arn:aws:s3:::bucket', true],
    ['arn:aws:s3:::bucket', '*', false],
    ['arn:*:s3:::bucket', 'arn:aws-cn:s3:::bucket', true],
    // A wildcard in one of the first five parts does not run into the next part.
    ['arn:aws:s3*:bucket', 'arn:aws:s3:::bucket', false],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(match(pattern, value)).toBe(expected);
  });

  it('splits an ARN into its parts, keeping colons in the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111122223333:log-group:a:b')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'log-group:a:b',
    });
    expect(parseArn('arn:aws:s3')).toBeUndefined();
    expect(parseArn('bucket')).toBeUndefined();
  });
});
