/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with HMAC-SHA1 from Web Crypto, as virtual
 * MFA apps and hardware TOTP tokens compute them. Time is always passed in: the account's simulated clock.
 */

/** The RFC 4648 Base32 alphabet that MFA seeds are written in. */
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The time step of AWS MFA devices, in seconds. */
export const TOTP_STEP_SECONDS = 30;

/** Digits of an AWS MFA code. */
export const TOTP_DIGITS = 6;

/**
 * Base32 text → bytes. Case, spaces and `=` padding are ignored; any other character throws, since a seed
 * that cannot be read is a programming error, not a user input.
 */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    const v = BASE32_ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`Not a Base32 character: ${JSON.stringify(ch)}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes → Base32 text without padding. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET[(value >>> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** The TOTP time step (counter) of an instant in epoch milliseconds. */
export function totpStep(epochMs: number, stepSeconds = TOTP_STEP_SECONDS): number {
  return Math.floor(epochMs / 1000 / stepSeconds);
}

/** HOTP (RFC 4226): the code of one counter value, zero-padded to `digits`. */
export async function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): Promise<string> {
  const msg = new Uint8Array(8);
  // The counter is a 64-bit big-endian integer; JavaScript numbers are exact up to 2^53.
  let c = counter;
  for (let i = 7; i >= 0; i--) {
    msg[i] = c % 256;
    c = Math.floor(c / 256);
  }
  const subtle = globalThis.crypto.subtle;
  const cryptoKey = await subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', cryptoKey, msg));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) | ((mac[offset + 1] ?? 0) << 16) | ((mac[offset + 2] ?? 0) << 8) | (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code of a Base32 seed at a TOTP step. */
export function totpAtStep(seedBase32: string, step: number, digits = TOTP_DIGITS): Promise<string> {
  return hotp(base32Decode(seedBase32), step, digits);
}

/** The code of a Base32 seed at an instant (epoch ms), 30-second steps. */
export function totpAt(seedBase32: string, epochMs: number, digits = TOTP_DIGITS): Promise<string> {
  return totpAtStep(seedBase32, totpStep(epochMs), digits);
}

/**
 * Find the step a code belongs to, within `window` steps either side of `aroundStep` (nearest first).
 * Undefined when no step in the window gives that code.
 */
export async function findStep(seedBase32: string, code: string, aroundStep: number, window: number): Promise<number | undefined> {
  const key = base32Decode(seedBase32);
  for (let d = 0; d <= window; d++) {
    for (const step of d === 0 ? [aroundStep] : [aroundStep - d, aroundStep + d]) {
      if (step >= 0 && (await hotp(key, step, code.length)) === code) return step;
    }
  }
  return undefined;
}
