/**
 * Deterministic identifiers: every id, key and secret comes from the account's own counter, so the same
 * calls on the same start state give the same ids (lesson replays, tests). None is a real credential.
 */
import type { AccountState } from './model.ts';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A 32-bit hash of text (FNV-1a), to mix the account id into the sequence. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small PRNG (mulberry32) seeded from the account and its counter; advances the counter. */
function stream(state: AccountState): () => number {
  let a = (hash32(state.accountId) ^ Math.imul(++state.seq, 0x9e3779b1)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(state: AccountState, alphabet: string, length: number): string {
  const next = stream(state);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** A unique id in AWS's style: a 4-letter prefix (AIDA user, AGPA group, AROA role, ANPA policy...) + 17. */
export function newUniqueId(state: AccountState, prefix: 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'ASCA' | 'AIPA'): string {
  return prefix + draw(state, UPPER_ALNUM, 17);
}

/** An access key id: AKIA (long-term) or ASIA (temporary) + 16 characters. */
export function newAccessKeyId(state: AccountState, prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
  return prefix + draw(state, UPPER_ALNUM, 16);
}

/** A 40-character secret access key (simulated; shown once, stored only as a hash). */
export function newSecret(state: AccountState): string {
  return draw(state, SECRET_CHARS, 40);
}

/** A Base32 seed for a virtual MFA device (160 bits, as AWS issues). */
export function newBase32Seed(state: AccountState): string {
  return draw(state, UPPER_ALNUM, 32);
}

/** A random-looking token (event ids, session tokens, salts). */
export function newToken(state: AccountState, length = 32): string {
  return draw(state, 'abcdef0123456789', length);
}
