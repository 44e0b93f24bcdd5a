import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE, STAR, globFromText, globMatch, globToText } from './glob.ts';

/** A deliberately naive reference: dynamic programming over the text pattern. */
function naive(pattern: string, input: string): boolean {
  const p = [...pattern];
  const s = input;
  const dp: boolean[][] = Array.from({ length: p.length + 1 }, () => Array<boolean>(s.length + 1).fill(false));
  dp[p.length]![s.length] = true;
  for (let i = p.length - 1; i >= 0; i--) {
    for (let j = s.length; j >= 0; j--) {
      const c = p[i];
      if (c === '*') dp[i]![j] = dp[i + 1]![j]! || (j < s.length && dp[i]![j + 1]!);
      else if (j < s.length && (c === '?' || c === s[j])) dp[i]![j] = dp[i + 1]![j + 1]!;
    }
  }
  return dp[0]![0]!;
}

describe('globMatch', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['bucket/*/test/*', 'bucket/1/2/test/3/x.jpg', true],
    ['*a*a*a*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
    ['Abc', 'abc', false],
  ])('%s vs %s → %s', (pattern, input, expected) => {
    expect(globMatch(globFromText(pattern), input)).toBe(expected);
  });

  it('treats a literal * (not compiled as a wildcard) as itself', () => {
    expect(globMatch('a*', 'a*')).toBe(true);
    expect(globMatch('a*', 'ab')).toBe(false);
    expect(globMatch(`a${STAR}`, 'ab')).toBe(true);
    expect(globMatch(`a${ONE}`, 'ab')).toBe(true);
  });

  it('round-trips wildcards for display', () => {
    expect(globToText(globFromText('a*b?c'))).toBe('a*b?c');
  });

  it('agrees with a naive reference on random patterns and inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', ':', '*', '?');
    const text = fc.constantFrom('a', 'b', '/', ':');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 10 }), fc.array(text, { maxLength: 14 }), (p, s) => {
        const pattern = p.join('');
        const input = s.join('');
        expect(globMatch(globFromText(pattern), input)).toBe(naive(pattern, input));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('agrees with the reference when the input is built to match', () => {
    // Build inputs from the pattern itself so matches are common, not rare.
    const piece = fc.constantFrom('ab', 'x', '/', '*', '?', 'a*b', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(fc.constantFrom('', 'q', 'zz/'), { maxLength: 6 }), (parts, fills) => {
        const pattern = parts.join('');
        const input = parts.map((x, i) => x.replaceAll('*', fills[i] ?? '').replaceAll('?', 'k')).join('');
        expect(naive(pattern, input)).toBe(true);
        expect(globMatch(globFromText(pattern), input)).toBe(true);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
