/**
 * `--output table`, drawn as the AWS CLI draws it ("Table output format"): a box titled with the
 * operation name; a structure's scalar members as one header row and one value row (a single member as
 * `key | value`); a list of structures as a header row and one row per element; nested structures and
 * lists as indented sections titled with their key. Columns share the width of the widest section; when
 * that is wider than the terminal (80 columns), single-row sections turn vertical.
 */
import { isScalar, pyStr } from './py-str.ts';
import { pyCompare } from './text.ts';

/** Table options. */
export interface TableOptions {
  /** Terminal width; the AWS CLI uses 80 when output is not a terminal. */
  terminalWidth?: number;
}

class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indent = 0;
  maxWidths: number[] = [];

  addHeader(headers: string[]): void {
    this.updateWidths(headers);
    this.headers = headers;
  }

  addRow(row: unknown[]): void {
    const cells = row.map(pyStr);
    this.rows.push(cells);
    this.updateWidths(cells);
  }

  private updateWidths(cells: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = cells.map(textWidth);
    else cells.forEach((c, i) => (this.maxWidths[i] = Math.max(textWidth(c), this.maxWidths[i] ?? 0)));
  }

  columnWidths(padding: number, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const total = unscaled.reduce((a, b) => a + b, 0);
    const scale = maxWidth / total;
    const scaled = unscaled.map((w) => pyRound(scale * w));
    let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (off !== 0) {
      const order = scaled.map((_, i) => i);
      if (off < 0) order.reverse();
      for (const i of order) {
        if (off > 0) {
          scaled[i] = (scaled[i] as number) - 1;
          off--;
        } else {
          scaled[i] = (scaled[i] as number) + 1;
          off++;
        }
        if (off === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(): number {
    const total = this.columnWidths(0).reduce((a, w) => a + w + 4, 0) + 2 + 2 * this.indent;
    return Math.max(textWidth(this.title) + 2 + 2 * this.indent, total);
  }
}

/** Python 3's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Display width: East Asian wide and full-width characters take two columns. */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return n;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const spaces = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

function centerText(text: string, length: number, left: string, right: string): string {
  const tl = textWidth(text);
  const start = Math.floor(length / 2) - Math.floor(tl / 2) - 1;
  const soFar = left.length + start + tl;
  return `${left}${spaces(start)}${text}${spaces(length - right.length - soFar)}${right}`;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const tl = textWidth(text);
  const padding = length - (tl + 2 + left.length + right.length) >= 0 ? 2 : 0;
  return `${left}${spaces(padding)}${text}${spaces(length - (left.length + padding + tl) - right.length)}${right}`;
}

class MultiTable {
  sections: Section[] = [];
  current: Section | undefined;

  newSection(title: string, indent: number): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indent = indent;
    this.sections.push(this.current);
  }

  render(terminalWidth: number): string {
    let max = this.maxWidth();
    if (max > terminalWidth) {
      this.sections = this.sections.map((s) => {
        if (s.rows.length !== 1 || s.headers.length === 0) return s;
        const v = new Section();
        v.title = s.title;
        v.indent = s.indent;
        s.headers.forEach((h, i) => v.addRow([h, s.rows[0]?.[i] ?? '']));
        return v;
      });
      max = this.maxWidth();
    }
    const out: string[] = [`${'-'.repeat(max)}\n`];
    for (const s of this.sections) this.renderSection(s, max, out);
    return out.join('');
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth()));
  }

  private renderSection(s: Section, maxWidth: number, out: string[]): void {
    const edge = '|'.repeat(s.indent);
    const line = (text: string): void => {
      out.push(`${edge}${text}${edge}\n`);
    };
    const width = maxWidth - s.indent * 2;
    if (s.title) {
      line(centerText(s.title, width, '|', '|'));
      if (s.headers.length === 0 && s.rows.length === 0) line(`+${'-'.repeat(width - 2)}+`);
    }
    const lineBreak = (widths: number[]): void => line(widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join(''));
    if (s.headers.length > 0) {
      const widths = s.columnWidths(4, width);
      lineBreak(widths);
      line(widths.map((w, i) => centerText(s.headers[i] ?? '', w, i === 0 ? '|' : '', '|')).join(''));
    }
    if (s.rows.length > 0) {
      const widths = s.columnWidths(4, width);
      if (widths.length === 0) return;
      lineBreak(widths);
      for (const row of s.rows) line(widths.map((w, i) => alignLeft(row[i] ?? '', w, i === 0 ? '|' : '', '|')).join(''));
      lineBreak(widths);
    }
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isObj(v)) return Object.keys(v).length > 0;
  return Boolean(v);
}

function groupKeys(o: Obj): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const [k, v] of Object.entries(o)) (isScalar(v) ? headers : more).push(k);
  return [headers.sort(pyCompare), more.sort(pyCompare)];
}

class Builder {
  constructor(readonly table: MultiTable) {}

  build(title: string | undefined, current: unknown, indent = 0): boolean {
    if (!truthy(current)) return false;
    if (title !== undefined) this.table.newSection(title, indent);
    if (!this.table.current) this.table.newSection('', indent);
    const section = this.table.current as Section;
    if (Array.isArray(current)) {
      if (isObj(current[0])) this.fromList(current, indent, title);
      else {
        for (const item of current) {
          if (isScalar(item)) section.addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) section.addRow(item);
          else this.build(undefined, item);
        }
      }
    }
    if (isObj(current)) this.fromDict(current, indent);
    return true;
  }

  private fromDict(o: Obj, indent: number): void {
    const [headers, more] = groupKeys(o);
    const section = this.table.current as Section;
    if (headers.length === 1) section.addRow([headers[0], o[headers[0] as string]]);
    else if (headers.length > 0) {
      section.addHeader(headers);
      section.addRow(headers.map((h) => o[h]));
    }
    for (const k of more) this.build(k, o[k], indent + 1);
  }

  private fromList(items: unknown[], indent: number, title: string | undefined): void {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of items) {
      if (!isObj(item)) continue;
      const [h, m] = groupKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = [...headerSet].sort(pyCompare);
    const more = [...moreSet].sort(pyCompare);
    (this.table.current as Section).addHeader(headers);
    let first = true;
    for (const item of items) {
      const o = isObj(item) ? item : {};
      if (!first && more.length > 0) {
        this.table.newSection(title ?? '', indent);
        (this.table.current as Section).addHeader(headers);
      }
      first = false;
      (this.table.current as Section).addRow(headers.map((h) => (h in o ? o[h] : '')));
      for (const k of more) if (k in o) this.build(k, o[k], indent + 1);
    }
  }
}

/** The table output of a response, titled with the operation name ('' when the value is empty). */
export function formatTable(title: string, value: unknown, options: TableOptions = {}): string {
  const table = new MultiTable();
  if (!new Builder(table).build(title, value)) return '';
  return table.render(options.terminalWidth ?? 80);
}
