import type { Position, Span } from './types.ts';

/**
 * Offset -> 1-based line/column for one text. Line starts are computed once; each look-up is a
 * binary search. `\n`, `\r\n` and a lone `\r` all end a line (as jsonc-parser and Monaco count
 * them); columns count UTF-16 code units, as editors do.
 */
export class LineIndex {
  readonly text: string;
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The position of an offset, clamped into the text (the offset just past the end is valid). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(Math.trunc(offset), this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }

  /** The offset of a position (clamped into the text); the inverse of positionAt. */
  offsetAt(position: Position): number {
    const lineStart = this.starts[Math.max(0, Math.min(position.line - 1, this.starts.length - 1))] ?? 0;
    return Math.max(0, Math.min(lineStart + position.column - 1, this.text.length));
  }

  /** The span of `length` characters from `offset` (start inclusive, end exclusive). */
  span(offset: number, length: number): Span {
    return { start: this.positionAt(offset), end: this.positionAt(offset + Math.max(0, length)) };
  }

  /** Number of lines in the text (an empty text has one). */
  get lineCount(): number {
    return this.starts.length;
  }
}
