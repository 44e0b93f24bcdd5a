/**
 * Wildcard patterns as AWS uses them: `*` matches any run of characters (also none), `?` exactly one.
 *
 * A compiled glob is a string in which the two wildcards are stored as private-use characters, so that a
 * literal `*` or `?` (from `${*}`, `${?}` or a substituted variable value) can sit beside real wildcards.
 */

/** Marks "any run of characters" in a compiled glob. */
export const STAR = '\uE000';
/** Marks "exactly one character" in a compiled glob. */
export const ONE = '\uE001';

const STAR_CODE = 0xe000;
const ONE_CODE = 0xe001;

/** Turn policy text into a compiled glob: its `*` and `?` become wildcards. */
export function globFromText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += c === '*' ? STAR : c === '?' ? ONE : c;
  }
  return out;
}

/** True when the compiled glob holds at least one wildcard. */
export function hasWildcard(glob: string): boolean {
  return glob.includes(STAR) || glob.includes(ONE);
}

/** The compiled glob with its wildcards written back as `*` and `?` (for display). */
export function globToText(glob: string): string {
  return glob.replaceAll(STAR, '*').replaceAll(ONE, '?');
}

/**
 * Match `input` against a compiled glob, case-sensitively. Linear in the common case and O(n·m) at worst
 * (no exponential backtracking): on a mismatch it only ever returns to the most recent `*`.
 */
export function globMatch(glob: string, input: string): boolean {
  const pLen = glob.length;
  const sLen = input.length;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < sLen) {
    if (p < pLen) {
      const pc = glob.charCodeAt(p);
      if (pc === STAR_CODE) {
        starP = p++;
        starS = s;
        continue;
      }
      if (pc === ONE_CODE || pc === input.charCodeAt(s)) {
        p++;
        s++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (p < pLen && glob.charCodeAt(p) === STAR_CODE) p++;
  return p === pLen;
}
