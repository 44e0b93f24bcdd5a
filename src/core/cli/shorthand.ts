/**
 * The AWS CLI's shorthand syntax: `Key=team,Value=blue`, `Values=a,b,c`, `Nested={A=1,B=[x,y]}`,
 * quoted values ('a,b' or "a,b"), `\,` for a literal comma. Parsing gives nested strings, lists and
 * objects; `applyModel` then shapes them to a parameter's spec (a single value where a list is expected
 * becomes a one-element list; integers and booleans are converted), as the CLI's back-compat visitor does.
 */
import type { ParamSpec } from '../account/params.ts';

/** A shorthand value before it is shaped to a spec. */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/** The parsed value, or the CLI's message (`Expected: '=', received: 'EOF' for input: ...`). */
export type ShorthandResult = { ok: true; value: { [key: string]: ShorthandValue } } | { ok: false; message: string };

class SyntaxFailure {
  constructor(readonly message: string) {}
}

const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
// A first value may not start with a quote, comma, '=', '[' or '{', and stops at a comma, ']' or '}'.
const FIRST_START = /[^\s"',=[{]/u;
const FIRST_FOLLOW = /[^"',\]}]/u;
// A later value of a comma-separated list may not contain '=' (that starts the next key).
const SECOND_FOLLOW = /[^"',=]/u;

/** Parse one shorthand argument. Never throws. */
export function parseShorthand(input: string): ShorthandResult {
  const p = new ShorthandParser(input);
  try {
    return { ok: true, value: p.parameter() };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, message: e.message };
    if (e instanceof RangeError) return { ok: false, message: 'nesting too deep' };
    throw e;
  }
}

class ShorthandParser {
  i = 0;
  constructor(readonly s: string) {}

  private eof(): boolean {
    return this.i >= this.s.length;
  }

  private current(): string {
    return this.s[this.i] ?? '';
  }

  private fail(expected: string, index = this.i): never {
    const actual = index >= this.s.length ? 'EOF' : (this.s[index] as string);
    throw new SyntaxFailure(`Expected: '${expected}', received: '${actual}' for input:\n${this.location(index)}`);
  }

  private location(index: number): string {
    const before = this.s.slice(0, index);
    const nl = before.lastIndexOf('\n');
    const spaces = nl >= 0 ? index - nl - 1 : index;
    const nextNl = this.s.indexOf('\n', index);
    const consumed = nextNl >= 0 ? this.s.slice(0, nextNl) : this.s;
    const remaining = nextNl >= 0 ? this.s.slice(nextNl) : '';
    return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
  }

  private ws(): void {
    while (!this.eof() && /\s/.test(this.current())) this.i++;
  }

  private expect(c: string, consumeWs = false): void {
    if (consumeWs) this.ws();
    if (this.current() !== c) this.fail(c);
    this.i++;
    if (consumeWs) this.ws();
  }

  parameter(): { [key: string]: ShorthandValue } {
    const out: { [key: string]: ShorthandValue } = {};
    let [key, value] = this.keyval();
    define(out, key, value);
    while (!this.eof()) {
      const at = this.i;
      this.expect(',', true);
      [key, value] = this.keyval();
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        throw new SyntaxFailure(`Second instance of key "${key}" encountered for input:\n${this.location(at + 1)}\nThis is often because there is a preceding "," instead of a space.`);
      }
      define(out, key, value);
    }
    return out;
  }

  private key(): string {
    const start = this.i;
    while (!this.eof() && KEY_CHARS.test(this.current())) this.i++;
    return this.s.slice(start, this.i);
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private values(): ShorthandValue {
    if (this.eof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.ws();
    if (this.eof() || this.current() !== ',') return first;
    this.expect(',', true);
    const list: ShorthandValue[] = [first];
    for (;;) {
      const save = this.i;
      const value = this.secondValue();
      if (value === undefined) {
        if (this.eof()) this.fail('second', save);
        this.backtrackToComma(save);
        break;
      }
      this.ws();
      if (this.eof()) {
        list.push(value);
        break;
      }
      if (this.current() !== ',') {
        // `a=b,c=d`: `c` was the next key, not a value.
        this.backtrackToComma(save);
        break;
      }
      this.i++;
      this.ws();
      list.push(value);
    }
    return list.length === 1 ? first : list;
  }

  /** Move back to the comma before `from`, so the caller sees `,key=...`. */
  private backtrackToComma(from: number): void {
    let j = from - 1;
    while (j > 0 && this.s[j] !== ',') j--;
    this.i = j;
  }

  private explicitList(): ShorthandValue[] {
    this.expect('[', true);
    const out: ShorthandValue[] = [];
    while (this.current() !== ']') {
      if (this.eof()) this.fail(']');
      out.push(this.explicitValue());
      this.ws();
      if (this.current() !== ']') this.expect(',', true);
    }
    this.i++;
    return out;
  }

  private hashLiteral(): { [key: string]: ShorthandValue } {
    this.expect('{', true);
    const out: { [key: string]: ShorthandValue } = {};
    while (this.current() !== '}') {
      if (this.eof()) this.fail('}');
      const key = this.key();
      this.expect('=', true);
      define(out, key, this.explicitValue());
      this.ws();
      if (this.current() !== '}') this.expect(',', true);
    }
    this.i++;
    return out;
  }

  private explicitValue(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private firstValue(): string {
    const c = this.current();
    if (c === "'" || c === '"') return this.quoted(c);
    if (this.eof() || !FIRST_START.test(c)) return '';
    return this.word(FIRST_FOLLOW);
  }

  private secondValue(): string | undefined {
    const c = this.current();
    if (c === "'" || c === '"') return this.quoted(c);
    if (this.eof() || !FIRST_START.test(c)) return undefined;
    return this.word(SECOND_FOLLOW);
  }

  /** A bare word: `\,` is a literal comma; trailing blanks are dropped. */
  private word(follow: RegExp): string {
    let out = '';
    while (!this.eof()) {
      const c = this.current();
      if (c === '\\' && this.s[this.i + 1] === ',') {
        out += ',';
        this.i += 2;
      } else if (follow.test(c)) {
        out += c;
        this.i++;
      } else break;
    }
    return out.replace(/\s+$/u, '');
  }

  private quoted(q: string): string {
    const start = this.i;
    this.i++;
    let raw = '';
    for (;;) {
      if (this.eof()) this.fail(q === "'" ? 'single quoted' : 'double quoted', start);
      const c = this.current();
      if (c === '\\' && (this.s[this.i + 1] === '\\' || this.s[this.i + 1] === q)) {
        raw += c + (this.s[this.i + 1] as string);
        this.i += 2;
        continue;
      }
      if (c === q) break;
      raw += c;
      this.i++;
    }
    this.i++;
    return raw.split(`\\${q}`).join(q).split('\\\\').join('\\');
  }
}

function define(obj: { [key: string]: ShorthandValue }, key: string, value: ShorthandValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Shape a parsed shorthand value to its spec, as the AWS CLI does: a scalar where a list is expected
 * becomes a one-element list, integer strings become numbers, "true"/"false" become booleans. Values the
 * spec does not describe are left as they are (client-side validation reports them).
 */
export function applyModel(spec: ParamSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      return spec.member ? items.map((v) => applyModel(spec.member as ParamSpec, v)) : items;
    }
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const member = spec.members?.find((m) => m.name === k);
        Object.defineProperty(out, k, { value: member ? applyModel(member, v) : v, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        Object.defineProperty(out, k, { value: spec.member ? applyModel(spec.member, v) : v, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'integer':
      return typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value) ? Number.parseInt(value, 10) : value;
    case 'boolean':
      if (typeof value === 'string' && value.toLowerCase() === 'true') return true;
      if (typeof value === 'string' && value.toLowerCase() === 'false') return false;
      return value;
    default:
      return value;
  }
}
