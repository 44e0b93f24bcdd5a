import { describe, expect, it } from 'vitest';
import type { Decision, StatementExplain } from '../core/engine/types.ts';
import { readContextRows } from './context-rows.ts';
import { conditionSentence, explainDecision } from './explain.ts';
import { offsetOf } from './text-position.ts';

const request = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:DeleteBucket',
  resource: 'arn:aws:s3:::reports',
};

function stmt(over: Partial<StatementExplain>): StatementExplain {
  return {
    policyKind: 'identity',
    policyIndex: 0,
    policyName: 'P',
    statementIndex: 0,
    effect: 'Allow',
    applies: true,
    action: true,
    resource: true,
    conditions: [],
    conditionsMatched: true,
    ...over,
  };
}

describe('explainDecision', () => {
  it('names the deciding deny and says why the allow lost', () => {
    const allow = stmt({ policyName: 'S3FullAccess', sid: 'AllS3' });
    const deny = stmt({ policyIndex: 1, policyName: 'Protect', sid: 'NoDeletes', effect: 'Deny' });
    const decision: Decision = {
      decision: 'ExplicitDeny',
      matched: [deny],
      missingContextKeys: [],
      stage: 'explicit-deny',
      statements: [allow, deny],
    };
    const view = explainDecision(decision, request);
    expect(view.headline).toBe('Explicit deny');
    expect(view.deciding.map((l) => [l.policyName, l.sid, l.effect, l.statementLabel])).toEqual([
      ['Protect', 'NoDeletes', 'Deny', 'Statement[0]'],
    ]);
    expect(view.others).toHaveLength(1);
    expect(view.others[0]?.reasons[0]).toMatch(/explicit deny overrides/);
  });

  it('words action, resource, principal and condition mismatches from the data', () => {
    const s = stmt({
      policyKind: 'resource',
      applies: false,
      action: false,
      resource: false,
      principal: false,
      conditionsMatched: false,
      conditions: [
        { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'], matched: false },
        { operator: 'StringEquals', key: 'aws:username', values: ['bob'], requestValues: ['alice'], matched: false },
        { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: ['x'], matched: true },
      ],
    });
    const decision: Decision = {
      decision: 'ImplicitDeny',
      matched: [],
      missingContextKeys: ['aws:MultiFactorAuthPresent'],
      stage: 'identity',
      statements: [s],
    };
    const reasons = explainDecision(decision, request, () => new Set(['NotAction', 'Resource', 'Principal']))
      .others[0]?.reasons;
    expect(reasons).toEqual([
      'Its NotAction excludes s3:DeleteBucket.',
      'Its Resource does not match arn:aws:s3:::reports.',
      'Its Principal does not name arn:aws:iam::111122223333:user/alice.',
      'Condition Bool on aws:MultiFactorAuthPresent failed: the request has no aws:MultiFactorAuthPresent.',
      'Condition StringEquals on aws:username failed: the request\'s value "alice" did not satisfy "bob".',
    ]);
  });

  it('blames the boundary when an identity allow is capped', () => {
    const allow = stmt({ policyName: 'Admin' });
    const decision: Decision = {
      decision: 'ImplicitDeny',
      matched: [],
      missingContextKeys: [],
      stage: 'boundary',
      statements: [allow, stmt({ policyKind: 'boundary', applies: false, action: false })],
    };
    const view = explainDecision(decision, { ...request, action: 'iam:CreateUser' });
    expect(view.headline).toBe('Implicit deny');
    expect(view.summary).toMatch(/permissions boundary/);
    expect(view.others.map((l) => l.reasons[0])).toEqual([
      'It allows the request, but the permissions boundary does not.',
      'Its Action does not include iam:CreateUser.',
    ]);
  });

  it('explains unknown operators and unresolved variables', () => {
    expect(conditionSentence({ operator: 'StringEqualz', key: 'k', values: [], matched: false, unknownOperator: true })).toMatch(
      /not a condition operator/,
    );
    expect(
      conditionSentence({ operator: 'StringLike', key: 's3:prefix', values: ['${aws:username}/*'], matched: false, unresolvedVariable: true }),
    ).toMatch(/policy variable/);
  });
});

describe('readContextRows', () => {
  it('reads each value type and reports bad rows', () => {
    const rows = [
      { id: 1, key: 'aws:SourceIp', type: 'string' as const, value: '203.0.113.7' },
      { id: 2, key: 'aws:MultiFactorAuthAge', type: 'number' as const, value: '300' },
      { id: 3, key: 'aws:SecureTransport', type: 'bool' as const, value: 'true' },
      { id: 4, key: 'aws:TagKeys', type: 'list' as const, value: 'team, cost-center' },
      { id: 5, key: '', type: 'string' as const, value: 'ignored' },
      { id: 6, key: 'n', type: 'number' as const, value: 'many' },
      { id: 7, key: 'AWS:SOURCEIP', type: 'string' as const, value: 'dup' },
    ];
    const { context, problems } = readContextRows(rows);
    expect(context).toEqual({
      'aws:SourceIp': '203.0.113.7',
      'aws:MultiFactorAuthAge': 300,
      'aws:SecureTransport': true,
      'aws:TagKeys': ['team', 'cost-center'],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/not a number/);
    expect(problems[1]).toMatch(/twice/);
  });
});

describe('offsetOf', () => {
  it('maps 1-based line and column to an offset, clamped to the line', () => {
    const text = '{\n  "a": 1,\n  "b"\n}';
    expect(text.slice(offsetOf(text, { line: 2, column: 3 }))).toMatch(/^"a"/);
    expect(offsetOf(text, { line: 1, column: 1 })).toBe(0);
    expect(offsetOf(text, { line: 3, column: 99 })).toBe(text.indexOf('\n}'));
    expect(offsetOf(text, { line: 9, column: 1 })).toBe(text.length);
  });
});
