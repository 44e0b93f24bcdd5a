import fc from 'fast-check';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, findStep, hotp, totpAt, totpAtStep, totpStep } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII text "12345678901234567890", 8-digit codes.
const RFC_SEED = base32Encode(new TextEncoder().encode('12345678901234567890'));
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the RFC 6238 SHA-1 code at T=%i', async (seconds, code) => {
    expect(await totpAt(RFC_SEED, seconds * 1000, 8)).toBe(code);
  });

  it('gives RFC 4226 HOTP codes for counters 0..9', async () => {
    const key = new TextEncoder().encode('12345678901234567890');
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    const got: string[] = [];
    for (let i = 0; i < 10; i++) got.push(await hotp(key, i));
    expect(got).toEqual(expected);
  });

  it('agrees with otpauth on random seeds and times (6 digits, 30 s)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 10, maxLength: 40 }), fc.integer({ min: 0, max: 4_000_000_000 }), async (bytes, seconds) => {
        const seed = base32Encode(bytes);
        const oracle = TOTP.generate({ secret: Secret.fromBase32(seed), algorithm: 'SHA1', digits: 6, period: 30, timestamp: seconds * 1000 });
        expect(await totpAt(seed, seconds * 1000)).toBe(oracle);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips Base32 and reads lower case and padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
      }),
    );
    expect(base32Encode(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
    expect(new TextDecoder().decode(base32Decode('mzxw6ytboi======'))).toBe('foobar');
    expect(() => base32Decode('ABC1')).toThrow(/Base32/);
  });

  it('steps every 30 seconds and finds the step of a code', async () => {
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
    const seed = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const code = await totpAtStep(seed, 1000);
    expect(await findStep(seed, code, 1002, 2)).toBe(1000);
    expect(await findStep(seed, code, 1005, 2)).toBeUndefined();
  });
});
