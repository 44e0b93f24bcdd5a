import type { Position } from '../core/policy/types.ts';

/**
 * The 0-based UTF-16 offset in `text` of a 1-based line/column position, clamped
 * to the text (so a finding at end of input still lands on a real place).
 * Lines end at `\n` (a `\r` before it counts as a column of that line).
 */
export function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return Math.min(offset + Math.max(0, position.column - 1), end);
}
