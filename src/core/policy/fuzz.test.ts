import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse.ts';
import { LineIndex } from './positions.ts';
import type { Finding, PolicyKind } from './types.ts';
import { validatePolicy } from './validate.ts';

const KINDS: PolicyKind[] = ['identity', 'resource', 'trust', 'scp', 'boundary', 'session'];

const SEEDS = [
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadHome',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:List*'],
        Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/${aws:username}/*'],
        Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] }, Bool: { 'aws:SecureTransport': 'true' } },
      },
      { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['x'] } } },
    ],
  },
  {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam::111122223333:root'], Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } },
    },
  },
].map((p) => JSON.stringify(p, null, 2));

/** Checks the invariants every finding list must keep for this text. */
function checkFindings(text: string, findings: Finding[]): void {
  const idx = new LineIndex(text);
  for (const f of findings) {
    const { start, end } = f.span;
    expect(start.line).toBeGreaterThanOrEqual(1);
    expect(start.column).toBeGreaterThanOrEqual(1);
    expect(start.line).toBeLessThanOrEqual(idx.lineCount);
    expect(end.line).toBeLessThanOrEqual(idx.lineCount);
    // The position maps back to itself, so it lies inside the text (end exclusive, at most text.length).
    const s = idx.offsetAt(start);
    const e = idx.offsetAt(end);
    expect(idx.positionAt(s)).toEqual(start);
    expect(idx.positionAt(e)).toEqual(end);
    expect(e).toBeGreaterThanOrEqual(s);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.issueCode).toMatch(/^[A-Z][A-Z0-9_]*$/);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs parser and validator on a text and checks them against JSON.parse as the oracle. */
function checkText(text: string, kind: PolicyKind): void {
  const parsed = parsePolicy(text);
  const findings = validatePolicy(text, { kind });
  checkFindings(text, parsed.errors);
  checkFindings(text, findings);
  const valid = isJson(text);
  expect(parsed.malformed).toBe(!valid);
  if (valid) {
    expect(findings.some((f) => f.issueCode === 'JSON_SYNTAX_ERROR')).toBe(false);
  } else {
    expect(findings.some((f) => f.findingType === 'ERROR' && f.issueCode === 'JSON_SYNTAX_ERROR')).toBe(true);
  }
}

const edit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '*', '?', '${', '}', '\\', '/', '//', '/*', ' ', '\n', '\r\n', 'a', '0', '-', 'é', '\u2019', '\u0000'),
      fc.string({ maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
);

function applyEdits(seed: string, edits: { op: 'delete' | 'insert' | 'replace'; at: number; len?: number; text?: string }[]): string {
  let t = seed;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    if (e.op === 'delete') t = t.slice(0, at) + t.slice(at + (e.len ?? 1));
    else if (e.op === 'insert') t = t.slice(0, at) + (e.text ?? '') + t.slice(at);
    else t = t.slice(0, at) + (e.text ?? '') + t.slice(at + (e.text ?? '').length);
  }
  return t;
}

describe('parser and validator never throw and always locate their findings', () => {
  it('on random JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.constantFrom(...KINDS), (text, kind) => checkText(text, kind)),
      { numRuns: 400 },
    );
  });

  it('on random JSON values shaped loosely like policies', () => {
    const key = fc.constantFrom('Version', 'Statement', 'Effect', 'Action', 'NotAction', 'Resource', 'Principal', 'Condition', 'Sid', 'StringEquals', 'aws:username', 'AWS');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constantFrom('Allow', 'Deny', '*', 's3:GetObject', 'iam:Pass*', 'arn:aws:s3:::b/*', '2012-10-17', '${aws:username}', 'true'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), fc.constantFrom(...KINDS), (v, pretty, kind) =>
        checkText(pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v), kind),
      ),
      { numRuns: 400 },
    );
  });

  it('on random mutations of valid policies', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...KINDS), (seed, edits, kind) =>
        checkText(applyEdits(seed, edits), kind),
      ),
      { numRuns: 600 },
    );
  });

  it('keeps the plain value equal to JSON.parse for well-formed text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        const text = JSON.stringify(v);
        expect(parsePolicy(text).value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
