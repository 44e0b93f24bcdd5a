/**
 * Completion codes: a short text a learner hands to an instructor, saying which lessons of a class pack
 * were completed, on which day, and with how much help (hints used, solutions revealed), plus a 16-bit
 * checksum. It runs with no server, so it catches typos and casual edits, not a determined forger: anyone
 * who reads this file can make a valid code. Pure: no DOM.
 *
 * Layout (bytes, then Crockford base32 in groups of five): version, pack fingerprint (2), lesson count,
 * then per lesson: day completed (2, days since 2020-01-01 UTC; 0 = not completed), help byte (hints used
 * 0–15 in the high nibble, solutions revealed 0–15 in the low one); last the checksum (2).
 */

/** The code format's version (its first byte). */
export const CODE_VERSION = 1;
/** What the UI and docs say about the code's strength. */
export const CODE_HONESTY = 'The code has a checksum that catches typos and casual edits. It is not a signature: a determined person could forge one, because IAM Lab runs with no server.';

/** One lesson's result in a code. */
export interface LessonResult {
  completed: boolean;
  /** Day completed, `YYYY-MM-DD` (UTC), when completed. */
  day?: string;
  /** Hints shown (capped at 15). */
  hints: number;
  /** Steps whose solution was revealed (capped at 15). */
  revealed: number;
}

/** What a code says. */
export interface CompletionData {
  /** The class pack's fingerprint (see `packFingerprint`). */
  pack: number;
  lessons: LessonResult[];
}

const EPOCH = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a over bytes, folded to 16 bits. */
function checksum16(bytes: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h >>> 16) ^ h) & 0xffff;
}

/** A 16-bit fingerprint of a pack's title and lesson ids, so a code is read against the right pack. */
export function packFingerprint(title: string, lessonIds: readonly string[]): number {
  return checksum16(new TextEncoder().encode(JSON.stringify([title, ...lessonIds])));
}

function dayNumber(day: string | undefined): number {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return 0;
  const n = Math.floor((Date.parse(`${day}T00:00:00Z`) - EPOCH) / DAY_MS) + 1;
  return n > 0 && n < 0x10000 ? n : 0;
}

function dayText(n: number): string {
  return new Date(EPOCH + (n - 1) * DAY_MS).toISOString().slice(0, 10);
}

function toBase32(bytes: readonly number[]): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): number[] | undefined {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

const cap = (n: number): number => Math.max(0, Math.min(15, Math.floor(n)));

/** Make a code. At most 255 lessons. */
export function encodeCompletion(data: CompletionData): string {
  const bytes = [CODE_VERSION, (data.pack >>> 8) & 0xff, data.pack & 0xff, Math.min(data.lessons.length, 255)];
  for (const l of data.lessons.slice(0, 255)) {
    const day = l.completed ? Math.max(dayNumber(l.day), 1) : 0;
    bytes.push(day >>> 8, day & 0xff, (cap(l.hints) << 4) | cap(l.revealed));
  }
  const sum = checksum16(bytes);
  bytes.push(sum >>> 8, sum & 0xff);
  return (toBase32(bytes).match(/.{1,5}/g) ?? []).join('-');
}

/** Read a code: its data, or why it cannot be read (in plain words). */
export function decodeCompletion(code: string): { ok: true; data: CompletionData } | { ok: false; error: string } {
  const bytes = fromBase32(code);
  if (!bytes || bytes.length < 6) return { ok: false, error: 'This is not a completion code: it has letters a code never uses, or it is too short.' };
  const count = bytes[3] as number;
  const length = 4 + count * 3 + 2;
  if (bytes.length < length) return { ok: false, error: 'The code is too short: a part of it is missing.' };
  const body = bytes.slice(0, length - 2);
  const sum = ((bytes[length - 2] as number) << 8) | (bytes[length - 1] as number);
  if (checksum16(body) !== sum) return { ok: false, error: 'The checksum does not match: the code was mistyped or changed.' };
  if (bytes[0] !== CODE_VERSION) return { ok: false, error: `The code is of an unknown version (${bytes[0]}).` };
  const lessons: LessonResult[] = [];
  for (let i = 0; i < count; i++) {
    const o = 4 + i * 3;
    const day = ((bytes[o] as number) << 8) | (bytes[o + 1] as number);
    const help = bytes[o + 2] as number;
    lessons.push(day === 0 ? { completed: false, hints: help >> 4, revealed: help & 15 } : { completed: true, day: dayText(day), hints: help >> 4, revealed: help & 15 });
  }
  return { ok: true, data: { pack: ((bytes[1] as number) << 8) | (bytes[2] as number), lessons } };
}
