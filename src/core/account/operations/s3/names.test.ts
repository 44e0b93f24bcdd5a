import { describe, expect, it } from 'vitest';
import { bucketNameProblem, keyFits } from './names.ts';

describe('bucket naming rules', () => {
  it('accepts the User Guide example names', () => {
    for (const name of ['docexamplebucket1', 'log-delivery-march-2020', 'my-hosted-content', 'docexamplewebsite.com', 'www.docexamplewebsite.com', 'my.example.s3.bucket', 'abc', 'a'.repeat(63)]) {
      expect(bucketNameProblem(name), name).toBeUndefined();
    }
  });

  it('refuses each rule with its own reason', () => {
    const cases: [string, RegExp][] = [
      ['ab', /3 and 63/],
      ['a'.repeat(64), /3 and 63/],
      ['doc_example_bucket', /lowercase letters/],
      ['DocExampleBucket', /lowercase letters/],
      ['doc-example-bucket-', /begin and end/],
      ['.docexample', /begin and end/],
      ['doc..example', /adjacent periods/],
      ['192.168.5.4', /IP address/],
      ['xn--bucket', /prefix xn--/],
      ['sthree-bucket', /prefix sthree-/],
      ['amzn-s3-demo-bucket', /prefix amzn-s3-demo-/],
      ['bucket-s3alias', /suffix -s3alias/],
      ['bucket--ol-s3', /suffix --ol-s3/],
      ['bucket.mrap', /suffix .mrap/],
      ['bucket--x-s3', /suffix --x-s3/],
      ['bucket--table-s3', /suffix --table-s3/],
    ];
    for (const [name, why] of cases) expect(bucketNameProblem(name), name).toMatch(why);
  });

  it('limits keys to 1,024 bytes of UTF-8, not characters', () => {
    expect(keyFits('a'.repeat(1024))).toBe(true);
    expect(keyFits('a'.repeat(1025))).toBe(false);
    expect(keyFits('é'.repeat(512))).toBe(true);
    expect(keyFits('é'.repeat(513))).toBe(false);
  });
});
