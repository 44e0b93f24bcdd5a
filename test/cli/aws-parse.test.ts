/** Tokenizer, shorthand, JSON error and option-parsing tables for the aws command line. */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/cli/json-text.ts';
import { applyModel, parseShorthand } from '../../src/core/cli/shorthand.ts';
import { tokenize } from '../../src/core/cli/tokenize.ts';
import { TAGS_PARAM } from '../../src/core/account/shapes.ts';

describe('tokenize', () => {
  it.each([
    ['aws iam list-users', ['aws', 'iam', 'list-users']],
    ['  aws\tiam   list-users  ', ['aws', 'iam', 'list-users']],
    [`aws iam create-user --user-name 'bob smith'`, ['aws', 'iam', 'create-user', '--user-name', 'bob smith']],
    [`--x "a \\"q\\" b"`, ['--x', 'a "q" b']],
    [`--x "keep \\n and \\$"`, ['--x', 'keep \\n and $']],
    [`--x 'no \\escape in single'`, ['--x', 'no \\escape in single']],
    [`a\\ b c`, ['a b', 'c']],
    [`''`, ['']],
    [`""x`, ['x']],
    [`pre'mid'"end"`, ['premidend']],
    [`line \\\nnext`, ['line', 'next']],
    [`--policy-document '{"Version": "2012-10-17"}'`, ['--policy-document', '{"Version": "2012-10-17"}']],
    ['name=éü 😀 日本', ['name=éü', '😀', '日本']],
    ['trailing\\', ['trailing\\']],
  ])('%j', (line, words) => {
    expect(tokenize(line)).toEqual({ ok: true, words });
  });

  it.each([
    [`aws iam create-user --user-name 'bob`, 'single quote', 33],
    [`aws "open`, 'double quote', 5],
    [`a "b \\" c`, 'double quote', 3],
  ])('reports an unclosed quote: %j', (line, which, column) => {
    const r = tokenize(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`unexpected end of line while looking for the matching ${which} (${which.startsWith('single') ? "'" : '"'}) opened at column ${column}`);
  });
});

describe('shorthand', () => {
  it.each([
    ['Key=team,Value=blue', { Key: 'team', Value: 'blue' }],
    ['Key = team , Value = blue ', { Key: 'team', Value: 'blue' }],
    ['Values=a,b,c', { Values: ['a', 'b', 'c'] }],
    ['Values=a,b,Name=n', { Values: ['a', 'b'], Name: 'n' }],
    ['A=1,B=2', { A: '1', B: '2' }],
    ['A=[x,y],B={C=d,E=[1,2]}', { A: ['x', 'y'], B: { C: 'd', E: ['1', '2'] } }],
    [`Key='a,b',Value="c=d"`, { Key: 'a,b', Value: 'c=d' }],
    ['Key=a\\,b', { Key: 'a,b' }],
    [`Key='it\\'s'`, { Key: "it's" }],
    ['Key=', { Key: '' }],
    ['Key=value with spaces', { Key: 'value with spaces' }],
    ['Key=x=y', { Key: 'x=y' }],
    // A space does not separate pairs inside one word (the shell does that): it belongs to the value.
    ['Key=a Value=b', { Key: 'a Value=b' }],
    ['Key=日本,Value=é', { Key: '日本', Value: 'é' }],
  ])('%s', (input, value) => {
    expect(parseShorthand(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['Key', "Expected: '=', received: 'EOF' for input:\nKey\n   ^"],
    ['Key=a,', "Expected: 'second', received: 'EOF' for input:\nKey=a,\n      ^"],
    ['A=[x,y', "Expected: ',', received: 'EOF' for input:\nA=[x,y\n      ^"],
    [`Key='open`, "Expected: 'single quoted', received: ''' for input:\nKey='open\n    ^"],
  ])('reports %j', (input, message) => {
    expect(parseShorthand(input)).toEqual({ ok: false, message });
  });

  it('rejects a repeated key, as the AWS CLI does', () => {
    const r = parseShorthand('Key=a,Key=b');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Second instance of key "Key"');
  });

  it('shapes values to the spec: one value where a list is expected, integers and booleans', () => {
    expect(applyModel(TAGS_PARAM, { Key: 'k', Value: 'v' })).toEqual([{ Key: 'k', Value: 'v' }]);
    const spec = { name: 'S', type: 'structure' as const, members: [{ name: 'N', type: 'integer' as const }, { name: 'B', type: 'boolean' as const }, { name: 'L', type: 'list' as const, member: { name: 'm', type: 'string' as const } }] };
    expect(applyModel(spec, { N: '42', B: 'True', L: 'one' })).toEqual({ N: 42, B: true, L: ['one'] });
  });
});

describe('JSON with the AWS CLI (Python) error messages', () => {
  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['{"a": }', 'Expecting value: line 1 column 7 (char 6)'],
    ["{'a': 1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
    ['{"a": "x', 'Unterminated string starting at: line 1 column 7 (char 6)'],
    ['{}\n{}', 'Extra data: line 2 column 1 (char 3)'],
    ['"\\q"', 'Invalid \\escape: line 1 column 2 (char 1)'],
  ])('%j', (text, message) => {
    expect(parseJson(text)).toEqual({ ok: false, message });
  });

  it('parses values, keeping key order and a __proto__ key as data', () => {
    const r = parseJson('{"b": [1, 2.5, -3e2, true, null], "a": {"__proto__": "x"}, "u": "\\u00e9\\n"}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.value)).toBe('{"b":[1,2.5,-300,true,null],"a":{"__proto__":"x"},"u":"é\\n"}');
    expect(Object.keys(r.value as object)).toEqual(['b', 'a', 'u']);
  });
});
