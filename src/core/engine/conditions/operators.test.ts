/**
 * Table-driven tests for every condition operator: one request value against one policy value, in the
 * operator's own sense (negation included), as the IAM User Guide's condition operator page describes.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.ts';
import { describePrincipal } from '../principal.ts';
import { compileConditions, evaluateConditions } from './evaluate.ts';
import { OPERATOR_NAMES } from './table.ts';

/** Evaluate `{ op: { key: policy } }` against `{ key: request }` (request undefined = key absent). */
function holds(op: string, policy: string | string[], request?: string | string[] | number | boolean): boolean {
  const conds = compileConditions({ [op]: { 'test:key': policy } }, true);
  const ctx = buildContext(request === undefined ? {} : { 'test:key': request }, describePrincipal('*'));
  return evaluateConditions(conds, ctx, true).matched;
}

type Row = [op: string, policy: string | string[], request: string | string[] | number | boolean | undefined, expected: boolean];

const TABLE: Record<string, Row[]> = {
  String: [
    ['StringEquals', 'Alice', 'Alice', true],
    ['StringEquals', 'Alice', 'alice', false],
    ['StringEquals', 'a*', 'abc', false],
    ['StringEquals', 'a*', 'a*', true],
    ['StringEquals', ['x', 'Alice'], 'Alice', true],
    ['StringNotEquals', 'Alice', 'Bob', true],
    ['StringNotEquals', ['Alice', 'Bob'], 'Bob', false],
    ['StringEqualsIgnoreCase', 'ALICE', 'alice', true],
    ['StringEqualsIgnoreCase', 'ALICE', 'alicia', false],
    ['StringNotEqualsIgnoreCase', 'ALICE', 'alice', false],
    ['StringNotEqualsIgnoreCase', 'ALICE', 'bob', true],
    ['StringLike', 'home/*', 'home/alice/x', true],
    ['StringLike', 'home/?', 'home/ab', false],
    ['StringLike', 'Home/*', 'home/x', false],
    ['StringNotLike', 'home/*', 'work/x', true],
    ['StringNotLike', 'home/*', 'home/x', false],
  ],
  Numeric: [
    ['NumericEquals', '10', '10', true],
    ['NumericEquals', '10', '10.0', true],
    ['NumericEquals', '10', 'ten', false],
    ['NumericNotEquals', '10', '11', true],
    ['NumericNotEquals', '10', '10', false],
    ['NumericLessThan', '10', '9', true],
    ['NumericLessThan', '10', '10', false],
    ['NumericLessThanEquals', '10', '10', true],
    ['NumericGreaterThan', '10', '10.5', true],
    ['NumericGreaterThan', '10', '-1', false],
    ['NumericGreaterThanEquals', '10', 10, true],
    ['NumericGreaterThanEquals', '10', '9.99', false],
  ],
  Date: [
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:00Z', '1577836800', true],
    ['DateNotEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z', true],
    ['DateLessThan', '2020-06-30T00:00:00Z', '2020-06-29T23:59:59Z', true],
    ['DateLessThan', '2020-06-30T00:00:00Z', '2020-06-30T00:00:00Z', false],
    ['DateLessThanEquals', '2020-06-30', '2020-06-30T00:00:00Z', true],
    ['DateGreaterThan', '1577836800', '2020-01-02T00:00:00Z', true],
    ['DateGreaterThan', '2020-01-01T00:00:00+01:00', '2019-12-31T23:30:00Z', true],
    ['DateGreaterThanEquals', '2020-01-01T00:00:00Z', 'not a date', false],
  ],
  Bool: [
    ['Bool', 'true', 'true', true],
    ['Bool', 'true', true, true],
    ['Bool', 'true', 'false', false],
    ['Bool', 'TRUE', 'True', true],
    ['Bool', 'false', undefined, false],
  ],
  Binary: [
    ['BinaryEquals', 'QmluYXJ5VmFsdWU=', 'QmluYXJ5VmFsdWU=', true],
    ['BinaryEquals', 'QmluYXJ5VmFsdWU=', 'QmluYXJ5VmFsdWF=', false],
  ],
  IpAddress: [
    ['IpAddress', '203.0.113.0/24', '203.0.113.200', true],
    ['IpAddress', '203.0.113.0/24', '203.0.112.255', false],
    ['IpAddress', '203.0.113.5', '203.0.113.5', true],
    ['IpAddress', '203.0.113.5', '203.0.113.6', false],
    ['IpAddress', '0.0.0.0/0', '8.8.8.8', true],
    ['IpAddress', '2001:DB8:1234:5678::/64', '2001:db8:1234:5678:abcd::1', true],
    ['IpAddress', '2001:DB8:1234:5678::/64', '2001:db8:1234:5679::1', false],
    ['IpAddress', '::ffff:203.0.113.0/120', '::ffff:203.0.113.7', true],
    ['IpAddress', '203.0.113.0/24', '2001:db8::1', false],
    ['IpAddress', '203.0.113.0/24', 'not-an-ip', false],
    ['NotIpAddress', '203.0.113.0/24', '198.51.100.1', true],
    ['NotIpAddress', '203.0.113.0/24', '203.0.113.1', false],
  ],
  Arn: [
    ['ArnEquals', 'arn:aws:sns:us-east-1:111122223333:topic', 'arn:aws:sns:us-east-1:111122223333:topic', true],
    ['ArnEquals', 'arn:aws:sns:*:111122223333:*', 'arn:aws:sns:us-east-1:111122223333:topic', true],
    ['ArnLike', 'arn:aws:iam::111122223333:role/*', 'arn:aws:iam::111122223333:role/admin', true],
    ['ArnLike', 'arn:aws:iam::111122223333:role/*', 'arn:aws:iam::444455556666:role/admin', false],
    ['ArnNotEquals', 'arn:aws:s3:::a', 'arn:aws:s3:::b', true],
    ['ArnNotLike', 'arn:aws:s3:::a*', 'arn:aws:s3:::abc', false],
  ],
  Null: [
    ['Null', 'true', undefined, true],
    ['Null', 'true', 'x', false],
    ['Null', 'false', 'x', true],
    ['Null', 'false', undefined, false],
  ],
};

describe('condition operators', () => {
  for (const [family, rows] of Object.entries(TABLE)) {
    describe(family, () => {
      it.each(rows)('%s %j vs %j → %s', (op, policy, request, expected) => {
        expect(holds(op, policy, request)).toBe(expected);
      });
    });
  }

  it('has a table row for every operator in the table', () => {
    const covered = new Set(Object.values(TABLE).flatMap((rows) => rows.map((r) => r[0])));
    expect(OPERATOR_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('absent keys, IfExists and set qualifiers (IAM User Guide: condition operators, multivalued keys)', () => {
  it.each<Row>([
    // A missing key: positive operators fail, negated operators match.
    ['StringEquals', 'x', undefined, false],
    ['StringNotEquals', 'x', undefined, true],
    ['StringNotLike', 'x*', undefined, true],
    ['NotIpAddress', '10.0.0.0/8', undefined, true],
    ['NumericLessThan', '5', undefined, false],
    // IfExists: a missing key matches; a present one is tested as usual.
    ['StringEqualsIfExists', 'x', undefined, true],
    ['StringEqualsIfExists', 'x', 'y', false],
    ['BoolIfExists', 'false', undefined, true],
    ['BoolIfExists', 'false', 'true', false],
    // ForAllValues: true when the key is missing or empty; every request value must match some value.
    ['ForAllValues:StringEquals', ['a', 'b'], undefined, true],
    ['ForAllValues:StringEquals', ['a', 'b'], [], true],
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'b'], true],
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'], false],
    ['ForAllValues:StringNotEquals', ['a', 'b'], ['c', 'd'], true],
    ['ForAllValues:StringNotEquals', ['a', 'b'], ['c', 'a'], false],
    // ForAnyValue: false when missing; some request value must match some value.
    ['ForAnyValue:StringEquals', ['a', 'b'], undefined, false],
    ['ForAnyValue:StringEquals', ['a', 'b'], ['z', 'b'], true],
    ['ForAnyValue:StringEquals', ['a', 'b'], ['y', 'z'], false],
    ['ForAnyValue:StringNotEquals', ['a'], ['a', 'z'], true],
    ['ForAnyValue:StringNotEquals', ['a'], ['a'], false],
    ['ForAnyValue:StringLike', ['dept/*'], ['team/x', 'dept/y'], true],
    // An unknown operator never matches, and Null has no IfExists form.
    ['StringEqualz', 'x', 'x', false],
    ['NullIfExists', 'true', undefined, false],
  ])('%s %j vs %j → %s', (op, policy, request, expected) => {
    expect(holds(op, policy, request)).toBe(expected);
  });

  it('looks condition keys up case-insensitively', () => {
    const conds = compileConditions({ StringEquals: { 'AWS:RequestedRegion': 'eu-west-1' } }, true);
    const ctx = buildContext({ 'aws:requestedregion': 'eu-west-1' }, describePrincipal('*'));
    expect(evaluateConditions(conds, ctx, true).matched).toBe(true);
  });

  it('ANDs operators and keys, ORs a key\'s values', () => {
    const conds = compileConditions(
      { StringEquals: { 'a:k': ['1', '2'], 'a:j': 'x' }, Bool: { 'a:b': 'true' } },
      true,
    );
    const who = describePrincipal('*');
    expect(evaluateConditions(conds, buildContext({ 'a:k': '2', 'a:j': 'x', 'a:b': true }, who), true).matched).toBe(true);
    expect(evaluateConditions(conds, buildContext({ 'a:k': '3', 'a:j': 'x', 'a:b': true }, who), true).matched).toBe(false);
    expect(evaluateConditions(conds, buildContext({ 'a:k': '1', 'a:j': 'x', 'a:b': false }, who), true).matched).toBe(false);
  });

  it('substitutes policy variables in String values and reports unresolved ones', () => {
    const conds = compileConditions({ StringEquals: { 's3:prefix': 'home/${aws:username}/' } }, true);
    const alice = describePrincipal('arn:aws:iam::111122223333:user/alice');
    expect(evaluateConditions(conds, buildContext({ 's3:prefix': 'home/alice/' }, alice), true).matched).toBe(true);
    const anon = evaluateConditions(conds, buildContext({ 's3:prefix': 'home/alice/' }, describePrincipal('*')), true);
    expect(anon.matched).toBe(false);
    expect(anon.explains[0]?.unresolvedVariable).toBe(true);
  });

  it('leaves variables literal when substitution is off', () => {
    const conds = compileConditions({ StringEquals: { 's3:prefix': 'home/${aws:username}/' } }, false);
    const alice = describePrincipal('arn:aws:iam::111122223333:user/alice');
    expect(evaluateConditions(conds, buildContext({ 's3:prefix': 'home/${aws:username}/' }, alice), true).matched).toBe(true);
  });

  it('reports missing keys, but not for Null', () => {
    const conds = compileConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' }, Null: { 'aws:TokenIssueTime': 'true' } }, true);
    const r = evaluateConditions(conds, buildContext({}, describePrincipal('*')), true);
    expect(r.missingKeys).toEqual(['aws:MultiFactorAuthPresent']);
  });
});
