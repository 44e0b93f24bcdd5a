import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCompletion, encodeCompletion, packFingerprint, type CompletionData } from './completion-code.ts';

const sample: CompletionData = {
  pack: packFingerprint('IAM 101', ['iam-essentials', 'secure-root', 'create-users']),
  lessons: [
    { completed: true, day: '2026-11-30', hints: 2, revealed: 0 },
    { completed: true, day: '2026-12-01', hints: 0, revealed: 1 },
    { completed: false, hints: 1, revealed: 0 },
  ],
};

describe('completion codes', () => {
  it('round-trips and is short', () => {
    const code = encodeCompletion(sample);
    expect(code).toMatch(/^[0-9A-Z]{1,5}(-[0-9A-Z]{1,5})*$/);
    expect(code.replace(/-/g, '').length).toBeLessThan(30);
    expect(decodeCompletion(code)).toEqual({ ok: true, data: sample });
  });

  it('forgives case, spaces and look-alike letters', () => {
    const code = encodeCompletion(sample);
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
    expect(decodeCompletion(sloppy)).toEqual({ ok: true, data: sample });
  });

  it('catches every single-character typo (property)', () => {
    const code = encodeCompletion(sample).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.nat(alphabet.length - 1), (pos, k) => {
        const ch = alphabet[k] as string;
        fc.pre(ch !== code[pos]);
        const typo = code.slice(0, pos) + ch + code.slice(pos + 1);
        const decoded = decodeCompletion(typo);
        // Trailing padding bits may not matter; otherwise the data must not silently change.
        return !decoded.ok || JSON.stringify(decoded.data) === JSON.stringify(sample);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary data (property)', () => {
    const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2150, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const lesson = fc.oneof(
      fc.record({ completed: fc.constant(true), day, hints: fc.nat(15), revealed: fc.nat(15) }),
      fc.record({ completed: fc.constant(false), hints: fc.nat(15), revealed: fc.nat(15) }),
    );
    fc.assert(
      fc.property(fc.nat(0xffff), fc.array(lesson, { maxLength: 20 }), (pack, lessons) => {
        const data = { pack, lessons };
        const r = decodeCompletion(encodeCompletion(data));
        expect(r).toEqual({ ok: true, data });
      }),
    );
  });

  it('names what is wrong with a bad code', () => {
    expect(decodeCompletion('hello!')).toMatchObject({ ok: false, error: expect.stringMatching(/not a completion code/) });
    const code = encodeCompletion(sample);
    expect(decodeCompletion(code.slice(0, 8))).toMatchObject({ ok: false, error: expect.stringMatching(/too short|checksum/) });
  });

  it('fingerprints depend on the pack', () => {
    expect(packFingerprint('IAM 101', ['a', 'b'])).not.toBe(packFingerprint('IAM 101', ['b', 'a']));
  });
});
