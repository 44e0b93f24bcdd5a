/**
 * Strict JSON parsing that reports errors as the AWS CLI does (it parses with Python's json module, so
 * its messages read "Expecting value: line 1 column 1 (char 0)"). Keys keep their order; a key named
 * `__proto__` is kept as a plain key.
 */

/** A parsed JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The value, or Python's message for the first problem. */
export type JsonParseResult = { ok: true; value: JsonValue } | { ok: false; message: string };

class JsonSyntax {
  constructor(readonly message: string) {}
}

/** Parse JSON text. Never throws. */
export function parseJson(text: string): JsonParseResult {
  const p = new Parser(text);
  try {
    p.ws();
    const value = p.value();
    p.ws();
    if (p.i < text.length) p.fail('Extra data', p.i);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, message: e.message };
    if (e instanceof RangeError) return { ok: false, message: 'nesting too deep' };
    throw e;
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(what: string, at: number): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new JsonSyntax(`${what}: line ${line} column ${column} (char ${at})`);
  }

  ws(): void {
    while (this.i < this.s.length && WS.has(this.s[this.i] as string)) this.i++;
  }

  value(): JsonValue {
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, v] of [['null', null], ['true', true], ['false', false]] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    return this.fail('Expecting value', this.i);
  }

  object(): JsonValue {
    const out: { [key: string]: JsonValue } = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes', this.i);
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("Expecting ':' delimiter", this.i);
      this.i++;
      this.ws();
      const v = this.value();
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return out;
      }
      if (c !== ',') this.fail("Expecting ',' delimiter", this.i);
      this.i++;
      this.ws();
    }
  }

  array(): JsonValue {
    const out: JsonValue[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return out;
      }
      if (c !== ',') this.fail("Expecting ',' delimiter", this.i);
      this.i++;
      this.ws();
    }
  }

  string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unterminated string starting at', start);
      const c = this.s[this.i] as string;
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const e = this.s[this.i + 1];
        if (e === 'u') {
          const hex = this.s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', this.i + 1);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        const mapped = e === undefined ? undefined : ESCAPES[e];
        if (mapped === undefined) this.fail('Invalid \\escape', this.i);
        out += mapped;
        this.i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.fail('Invalid control character at', this.i);
      out += c;
      this.i++;
    }
  }
}
