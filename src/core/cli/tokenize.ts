/**
 * Split a command line into words as a POSIX shell does: blanks separate words, single quotes keep
 * everything literally, double quotes keep everything but `\"`, `\\`, `\$` and `` \` `` escapes, and a
 * backslash outside quotes escapes the next character (a backslash before a line break joins lines).
 * No expansion ($VAR, globs) is done: the simulated terminal has no environment to expand from.
 */

/** The words of a line, or why it could not be split. */
export type TokenizeResult = { ok: true; words: string[] } | { ok: false; message: string };

const BLANK = /[ \t\r\n]/;
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '$', '`']);

/** Split `line` into words. An unclosed quote is reported with the column it was opened at. */
export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  // Iterate by code point so surrogate pairs stay whole.
  const chars = Array.from(line);
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    if (BLANK.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const start = i;
      inWord = true;
      i++;
      while (i < chars.length && chars[i] !== "'") word += chars[i++];
      if (i >= chars.length) return unclosed("'", start);
      i++;
    } else if (c === '"') {
      const start = i;
      inWord = true;
      i++;
      while (i < chars.length && chars[i] !== '"') {
        const d = chars[i] as string;
        const next = chars[i + 1];
        if (d === '\\' && next !== undefined && DOUBLE_QUOTE_ESCAPABLE.has(next)) {
          word += next;
          i += 2;
        } else if (d === '\\' && next === '\n') {
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      if (i >= chars.length) return unclosed('"', start);
      i++;
    } else if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined) {
        // A trailing backslash stands for itself (bash would wait for another line).
        word += '\\';
        inWord = true;
        i++;
      } else if (next === '\n') {
        i += 2;
      } else {
        word += next;
        inWord = true;
        i += 2;
      }
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}

function unclosed(quote: string, index: number): TokenizeResult {
  const name = quote === '"' ? 'double' : 'single';
  return { ok: false, message: `unexpected end of line while looking for the matching ${name} quote (${quote}) opened at column ${index + 1}` };
}
