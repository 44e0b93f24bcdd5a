import { describe, expect, it } from 'vitest';
import { formatPath, parsePolicy } from './parse.ts';
import { LineIndex } from './positions.ts';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns for \\n, \\r\\n and \\r', () => {
    const idx = new LineIndex('ab\ncd\r\nef\rg');
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(idx.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(idx.positionAt(10)).toEqual({ line: 4, column: 1 });
    expect(idx.positionAt(11)).toEqual({ line: 4, column: 2 });
    expect(idx.positionAt(999)).toEqual({ line: 4, column: 2 });
    for (let o = 0; o <= 11; o++) {
      if (o === 6) continue; // between \r and \n
      expect(idx.offsetAt(idx.positionAt(o))).toBe(o);
    }
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(formatPath(['Statement', 0, 'Condition', 'StringEquals', 'aws:username'])).toBe(
      'Statement[0].Condition.StringEquals.aws:username',
    );
    expect(formatPath([])).toBe('');
  });
});

describe('parsePolicy', () => {
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["s3:GetObject"] }\n  ]\n}';
  const p = parsePolicy(text);

  it('returns the plain value', () => {
    expect(p.malformed).toBe(false);
    expect(p.errors).toEqual([]);
    expect(p.value).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'] }] });
  });

  it('gives the span of a value and of its key by path', () => {
    expect(p.spanOf('Version')).toEqual({ start: { line: 2, column: 14 }, end: { line: 2, column: 26 } });
    expect(p.keySpanOf('Version')).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 12 } });
    expect(p.spanOf('Statement[0].Action[0]')).toEqual({ start: { line: 4, column: 37 }, end: { line: 4, column: 51 } });
    expect(p.spanOf(['Statement', 0, 'Effect'])).toEqual({ start: { line: 4, column: 17 }, end: { line: 4, column: 24 } });
    expect(p.keySpanOf('Statement[0]')).toBeUndefined();
    expect(p.spanOf('Nope')).toBeUndefined();
  });

  it('names the path of a node', () => {
    const node = p.nodeAt('Statement[0].Action[0]');
    expect(node && p.pathOfNode(node)).toBe('Statement[0].Action[0]');
  });

  it.each([
    ['empty text', '', 1, 1],
    ['trailing comma in an object', '{"a": 1,\n}', 1, 8],
    ['trailing comma in an array', '{"a": [1, 2, ]}', 1, 12],
    ['line comment', '{\n  // note\n  "a": 1\n}', 2, 3],
    ['block comment', '{ /* note */ "a": 1 }', 1, 3],
    ['single quotes', "{'a': 1}", 1, 2],
    ['missing comma', '{"a": 1\n "b": 2}', 2, 2],
    ['missing colon', '{"a" 1}', 1, 6],
    ['unclosed string', '{"a": "b', 1, 7],
    ['unclosed object', '{"a": 1', 1, 8],
    ['text after the object', '{"a": 1} {}', 1, 10],
  ])('reports %s as JSON_SYNTAX_ERROR at its position', (_name, src, line, column) => {
    const r = parsePolicy(src);
    expect(r.malformed).toBe(true);
    const first = r.errors[0];
    expect(first?.issueCode).toBe('JSON_SYNTAX_ERROR');
    expect(first?.findingType).toBe('ERROR');
    expect(first?.span.start).toEqual({ line, column });
  });

  it('explains trailing commas and comments in plain words', () => {
    expect(parsePolicy('{"a": 1,}').errors[0]?.message).toMatch(/Trailing comma/);
    expect(parsePolicy('{"a": 1 // x\n}').errors[0]?.message).toMatch(/Comments/);
  });

  it('reports a repeated key at its second occurrence, keeps the last value, and is not malformed', () => {
    const r = parsePolicy('{"Statement": 1,\n "Statement": 2}');
    expect(r.malformed).toBe(false);
    expect(r.value).toEqual({ Statement: 2 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.issueCode).toBe('DUPLICATE_KEY');
    expect(r.errors[0]?.span).toEqual({ start: { line: 2, column: 2 }, end: { line: 2, column: 13 } });
  });
});
