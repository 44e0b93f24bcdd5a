/**
 * Case-insensitive `*` / `?` patterns for action names, compiled once to a RegExp and cached.
 * (`*` = any run of characters, `?` = exactly one; everything else literal.)
 */
const cache = new Map<string, RegExp>();

/** True when the text holds a `*` or `?`. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A case-insensitive whole-string RegExp for the pattern. */
export function actionPatternRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    let src = '';
    for (const ch of pattern) {
      if (ch === '*') src += '.*';
      else if (ch === '?') src += '.';
      else src += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, 'is');
    if (cache.size > 2000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}
