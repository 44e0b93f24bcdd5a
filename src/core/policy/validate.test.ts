import { describe, expect, it } from 'vitest';
import { LineIndex } from './positions.ts';
import { SIZE_QUOTAS } from './quotas.ts';
import type { PolicyKind } from './types.ts';
import { validatePolicy } from './validate.ts';

/** An expected finding: its code and, when given, the exact text its span must cover (nth occurrence, default 1st). */
type Expect = [code: string, at?: string, nth?: number];

interface Case {
  name: string;
  kind?: PolicyKind;
  /** A policy as data (pretty-printed for the test) or raw text. */
  doc: unknown;
  expect: Expect[];
}

const V = '2012-10-17';
const allow = (extra: Record<string, unknown>): unknown => ({
  Version: V,
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::my-bucket/*', ...extra }],
});
const trust = (extra: Record<string, unknown>): unknown => ({
  Version: V,
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', ...extra }],
});
const cond = (condition: unknown): unknown => allow({ Condition: condition });

const cases: Case[] = [
  // Clean policies: no findings at all.
  { name: 'a clean identity policy', doc: allow({}), expect: [] },
  { name: 'a clean trust policy', kind: 'trust', doc: trust({}), expect: [] },
  {
    name: 'a clean bucket policy',
    kind: 'resource',
    doc: {
      Version: V,
      Statement: [
        { Sid: 'Read only', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      ],
    },
    expect: [],
  },
  {
    name: 'a clean policy with variables and conditions',
    doc: cond({
      StringLike: { 's3:prefix': ['home/${aws:username}/*'] },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
      DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
      'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] },
      StringEquals: { 'aws:PrincipalTag/team': 'blue' },
      Null: { 'aws:TokenIssueTime': 'false' },
    }),
    expect: [],
  },

  // Malformed JSON.
  { name: 'malformed JSON', doc: '{"Version": "2012-10-17",, }', expect: [['JSON_SYNTAX_ERROR', ',', 2]] },
  { name: 'a trailing comma', doc: '{"Version": "2012-10-17", "Statement": [],}', expect: [['JSON_SYNTAX_ERROR', ',', 2]] },
  { name: 'a comment', doc: '{"Version": "2012-10-17" /* v */, "Statement": []}', expect: [['JSON_SYNTAX_ERROR', '/* v */']] },
  {
    name: 'a repeated Statement key',
    doc: '{"Version": "2012-10-17", "Statement": [], "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
    expect: [['DUPLICATE_KEY', '"Statement"', 2]],
  },
  { name: 'a document that is not an object', doc: '["Allow"]', expect: [['DATA_TYPE_MISMATCH', '["Allow"]']] },

  // Version.
  { name: 'a missing Version', doc: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, expect: [['MISSING_VERSION', '"Statement"']] },
  { name: 'an unknown Version', doc: { Version: '2024-01-01', Statement: [] }, expect: [['INVALID_VERSION', '"2024-01-01"'], ['MISSING_STATEMENT', '[]']] },
  { name: 'a numeric Version', doc: { Version: 2012, Statement: {} }, expect: [['DATA_TYPE_MISMATCH', '2012'], ['MISSING_EFFECT'], ['MISSING_ACTION'], ['MISSING_RESOURCE']] },

  // Elements.
  { name: 'an unknown top-level element', doc: { Version: V, Statment: [] }, expect: [['INVALID_POLICY_ELEMENT', '"Statment"'], ['MISSING_STATEMENT']] },
  { name: 'a wrongly cased element', doc: allow({ condition: {} }), expect: [['INVALID_POLICY_ELEMENT', '"condition"']] },
  { name: 'an empty Statement array', doc: { Version: V, Statement: [] }, expect: [['MISSING_STATEMENT', '[]']] },
  { name: 'a statement that is a string', doc: { Version: V, Statement: ['Allow'] }, expect: [['DATA_TYPE_MISMATCH', '"Allow"']] },
  { name: 'Principal in an identity policy', doc: allow({ Principal: '*' }), expect: [['UNSUPPORTED_PRINCIPAL', '"Principal"']] },
  { name: 'NotPrincipal in a boundary', kind: 'boundary', doc: allow({ NotPrincipal: { AWS: '111122223333' } }), expect: [['UNSUPPORTED_PRINCIPAL', '"NotPrincipal"']] },
  { name: 'Principal in an SCP', kind: 'scp', doc: allow({ Principal: '*' }), expect: [['SCP_SYNTAX_ERROR_PRINCIPAL', '"Principal"']] },
  { name: 'no Principal in a bucket policy', kind: 'resource', doc: allow({}), expect: [['MISSING_PRINCIPAL']] },
  { name: 'no Principal in a trust policy', kind: 'trust', doc: { Version: V, Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }, expect: [['MISSING_PRINCIPAL']] },
  { name: 'a statement missing Effect, Action and Resource', doc: { Version: V, Statement: [{ Sid: 'x' }] }, expect: [['MISSING_EFFECT'], ['MISSING_ACTION'], ['MISSING_RESOURCE']] },
  { name: 'an invalid Effect', doc: allow({ Effect: 'Permit' }), expect: [['INVALID_EFFECT', '"Permit"']] },
  { name: 'a lowercase Effect', doc: allow({ Effect: 'allow' }), expect: [['INVALID_EFFECT', '"allow"']] },
  { name: 'Action with NotAction', doc: allow({ NotAction: 'iam:*' }), expect: [['UNSUPPORTED_ELEMENT_COMBINATION', '"NotAction"']] },
  { name: 'Resource with NotResource', doc: allow({ NotResource: 'arn:aws:s3:::other/*' }), expect: [['UNSUPPORTED_ELEMENT_COMBINATION', '"NotResource"']] },
  {
    name: 'Principal with NotPrincipal',
    kind: 'resource',
    doc: allow({ Effect: 'Deny', Principal: '*', NotPrincipal: { AWS: '111122223333' } }),
    expect: [['UNSUPPORTED_ELEMENT_COMBINATION', '"NotPrincipal"']],
  },

  // Sid.
  { name: 'a Sid with a space', doc: allow({ Sid: 'Read objects' }), expect: [['UNSUPPORTED_SID', '"Read objects"']] },
  {
    name: 'a duplicate Sid',
    doc: { Version: V, Statement: [{ Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Sid: 'A', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }] },
    expect: [['UNIQUE_SIDS_REQUIRED', '"A"', 2]],
  },

  // Actions.
  { name: 'an action without a colon', doc: allow({ Action: 's3GetObject' }), expect: [['INVALID_ACTION_FORMAT', '"s3GetObject"']] },
  { name: 'an action with a space', doc: allow({ Action: 's3: GetObject' }), expect: [['INVALID_ACTION_FORMAT', '"s3: GetObject"']] },
  { name: 'an unknown action', doc: allow({ Action: 's3:GetObjekt' }), expect: [['INVALID_ACTION', '"s3:GetObjekt"']] },
  { name: 'a pattern that matches nothing', doc: allow({ Action: 's3:Frob*' }), expect: [['INVALID_ACTION', '"s3:Frob*"']] },
  { name: 'an unknown service', doc: allow({ Action: 's4:GetObject' }), expect: [['INVALID_SERVICE_IN_ACTION', '"s4:GetObject"']] },
  { name: 'a service outside the catalogue', doc: allow({ Action: 'athena:GetQueryResults' }), expect: [['SERVICE_NOT_IN_CATALOG', '"athena:GetQueryResults"']] },
  { name: 'an action that is a number', doc: allow({ Action: ['s3:GetObject', 7] }), expect: [['DATA_TYPE_MISMATCH', '7', 2]] },
  { name: 'an empty Action array', doc: allow({ Action: [] }), expect: [['EMPTY_ARRAY_ACTION', '[]']] },
  { name: 'a wildcard in the service name', doc: allow({ Action: 's*:GetObject' }), expect: [['WILDCARD_IN_SERVICE_NAME', '"s*:GetObject"']] },
  { name: 'actions are case-insensitive', doc: allow({ Action: ['S3:getobject', 'IAM:PASSROLE'], Resource: 'arn:aws:iam::111122223333:role/app' }), expect: [] },
  {
    name: 'an action covered by a wildcard in the same statement',
    doc: allow({ Action: ['s3:GetObject', 's3:Get*'] }),
    expect: [['REDUNDANT_ACTION', '"s3:GetObject"']],
  },
  { name: 'an action listed twice', doc: allow({ Action: ['s3:GetObject', 's3:getobject'] }), expect: [['REDUNDANT_ACTION', '"s3:getobject"']] },
  { name: 'a narrower pattern under a wider one', doc: allow({ Action: ['s3:*', 's3:Get*'] }), expect: [['REDUNDANT_ACTION', '"s3:Get*"']] },

  // Resources.
  { name: 'a resource that is not an ARN', doc: allow({ Resource: 'my-bucket' }), expect: [['INVALID_ARN_PREFIX', '"my-bucket"']] },
  { name: 'an ARN with too few parts', doc: allow({ Resource: 'arn:aws:s3:my-bucket' }), expect: [['MISSING_ARN_FIELD', '"arn:aws:s3:my-bucket"']] },
  { name: 'a wildcard in the ARN service', doc: allow({ Resource: 'arn:aws:*:::my-bucket' }), expect: [['INVALID_ARN_SERVICE', '"arn:aws:*:::my-bucket"']] },
  { name: 'an uppercase ARN service', doc: allow({ Resource: 'arn:aws:S3:::my-bucket' }), expect: [['INVALID_ARN_SERVICE_CASE', '"arn:aws:S3:::my-bucket"']] },
  { name: 'an unknown partition', doc: allow({ Resource: 'arn:amazon:s3:::my-bucket' }), expect: [['INVALID_PARTITION', '"arn:amazon:s3:::my-bucket"']] },
  { name: 'a short account ID', doc: allow({ Action: 'iam:GetUser', Resource: 'arn:aws:iam::12345:user/bob' }), expect: [['INVALID_ARN_ACCOUNT', '"arn:aws:iam::12345:user/bob"']] },
  { name: 'an account in an S3 bucket ARN', doc: allow({ Resource: 'arn:aws:s3::111122223333:my-bucket' }), expect: [['ARN_ACCOUNT_NOT_ALLOWED', '"arn:aws:s3::111122223333:my-bucket"']] },
  { name: 'a Region in an IAM ARN', doc: allow({ Action: 'iam:GetUser', Resource: 'arn:aws:iam:us-east-1:111122223333:user/bob' }), expect: [['ARN_REGION_NOT_ALLOWED']] },
  { name: 'a bad Region code', doc: allow({ Action: 'ec2:StartInstances', Resource: 'arn:aws:ec2:virginia:111122223333:instance/*' }), expect: [['INVALID_ARN_REGION']] },
  { name: 'an IAM ARN of no IAM resource type', doc: allow({ Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:person/bob' }), expect: [['INVALID_ARN_RESOURCE']] },
  { name: 'a variable before the fifth colon', doc: allow({ Action: 'iam:GetUser', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:user/bob' }), expect: [['VARIABLE_UNSUPPORTED_IN_ELEMENT']] },
  {
    name: 'a variable under Version 2008-10-17',
    doc: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' }] },
    expect: [['VARIABLE_UNSUPPORTED_IN_VERSION', '"arn:aws:s3:::b/${aws:username}/*"']],
  },
  { name: 'an unclosed variable', doc: allow({ Resource: 'arn:aws:s3:::b/${aws:username/*' }), expect: [['MISSING_BRACE_IN_VARIABLE']] },
  { name: 'no Resource is fine in a trust policy', kind: 'trust', doc: trust({}), expect: [] },
  { name: 'a Resource in a trust policy', kind: 'trust', doc: trust({ Resource: '*' }), expect: [['UNSUPPORTED_RESOURCE', '"Resource"']] },
  { name: 'a NotResource in a trust policy', kind: 'trust', doc: trust({ NotResource: 'arn:aws:iam::111122223333:role/x' }), expect: [['UNSUPPORTED_RESOURCE', '"NotResource"']] },

  // Principals.
  { name: 'Allow with NotPrincipal', kind: 'resource', doc: allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/bob' } }), expect: [['ALLOW_WITH_NOT_PRINCIPAL', '"NotPrincipal"']] },
  { name: 'a partial wildcard in a principal', kind: 'trust', doc: trust({ Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }), expect: [['UNSUPPORTED_WILDCARD_IN_PRINCIPAL']] },
  { name: 'an unknown principal key', kind: 'trust', doc: trust({ Principal: { Aws: '111122223333' } }), expect: [['INVALID_PRINCIPAL_KEY', '"Aws"']] },
  { name: 'a malformed AWS principal', kind: 'trust', doc: trust({ Principal: { AWS: 'bob' } }), expect: [['INVALID_PRINCIPAL_FORMAT', '"bob"']] },

  // Conditions.
  { name: 'an unknown condition operator', doc: cond({ StringEqual: { 'aws:username': 'bob' } }), expect: [['INVALID_CONDITION_OPERATOR', '"StringEqual"']] },
  { name: 'Null with IfExists', doc: cond({ NullIfExists: { 'aws:username': 'true' } }), expect: [['NULL_WITH_IF_EXISTS', '"NullIfExists"']] },
  { name: 'a variable with a Numeric operator', doc: cond({ NumericEquals: { 's3:max-keys': '${aws:username}' } }), expect: [['INVALID_VARIABLE_FOR_OPERATOR', '"${aws:username}"']] },
  { name: 'a variable with Null', doc: cond({ Null: { 'aws:username': '${aws:userid}' } }), expect: [['INVALID_VARIABLE_FOR_OPERATOR']] },
  {
    name: 'ForAllValues on a single-valued key',
    doc: cond({ 'ForAllValues:StringEquals': { 'aws:username': ['bob'] } }),
    expect: [['FORALLVALUES_WITH_SINGLE_VALUED_KEY', '"ForAllValues:StringEquals"']],
  },
  { name: 'a multivalued key without a set operator', doc: cond({ StringEquals: { 'aws:TagKeys': ['team'] } }), expect: [['MULTIVALUED_KEY_WITHOUT_SET_OPERATOR', '"StringEquals"']] },
  { name: 'ForAnyValue on a single-valued key', doc: cond({ 'ForAnyValue:StringEquals': { 'aws:username': ['bob'] } }), expect: [['FORANYVALUE_WITH_SINGLE_VALUED_KEY']] },
  { name: 'a wildcard in StringEquals', doc: cond({ StringEquals: { 'aws:username': 'dev-*' } }), expect: [['WILDCARD_WITHOUT_LIKE_OPERATOR', '"dev-*"']] },
  { name: 'an escaped ${*} in StringEquals is no wildcard', doc: cond({ StringEquals: { 'aws:username': 'a${*}b' } }), expect: [] },
  { name: 'a Bool value that is not true/false', doc: cond({ Bool: { 'aws:SecureTransport': 'yes' } }), expect: [['TYPE_MISMATCH_BOOLEAN', '"yes"']] },
  { name: 'a Null value that is not true/false', doc: cond({ Null: { 'aws:username': 'absent' } }), expect: [['TYPE_MISMATCH_BOOLEAN', '"absent"']] },
  { name: 'a Numeric value that does not parse', doc: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } }), expect: [['TYPE_MISMATCH_NUMBER', '"one hour"']] },
  { name: 'a Date value that does not parse', doc: cond({ DateGreaterThan: { 'aws:CurrentTime': 'tomorrow' } }), expect: [['TYPE_MISMATCH_DATE', '"tomorrow"']] },
  { name: 'an IP value that does not parse', doc: cond({ IpAddress: { 'aws:SourceIp': '10.0.0.300/8' } }), expect: [['TYPE_MISMATCH_IP_RANGE', '"10.0.0.300/8"']] },
  { name: 'a key of an unknown service', doc: cond({ StringEquals: { 'foo:bar': 'x' } }), expect: [['INVALID_SERVICE_CONDITION_KEY', '"foo:bar"']] },
  { name: 'an unknown key of a known service', doc: cond({ StringEquals: { 's3:prefx': 'x' } }), expect: [['INVALID_SERVICE_CONDITION_KEY', '"s3:prefx"']] },
  { name: 'an unknown global key', doc: cond({ StringEquals: { 'aws:usrname': 'x' } }), expect: [['INVALID_GLOBAL_CONDITION_KEY', '"aws:usrname"']] },
  { name: 'a key without a colon', doc: cond({ StringEquals: { username: 'x' } }), expect: [['INVALID_CONDITION_KEY_FORMAT', '"username"']] },
  { name: 'a key written twice in different case', doc: cond({ StringEquals: { 'aws:username': 'a', 'AWS:UserName': 'b' } }), expect: [['DUPLICATE_KEYS_WITH_DIFFERENT_CASE', '"AWS:UserName"']] },
  { name: 'a Date key with a String operator', doc: cond({ StringEquals: { 'aws:CurrentTime': '2020-01-01' } }), expect: [['TYPE_MISMATCH', '"aws:CurrentTime"']] },
  { name: 'OIDC provider keys are not flagged', kind: 'trust', doc: trust({ Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:ref:refs/heads/main' } } }), expect: [] },

  // Security.
  { name: 'Allow * on *', doc: allow({ Action: '*', Resource: '*' }), expect: [['FULL_ADMIN_ACCESS', '"*"']] },
  { name: 'Deny * on * is fine', doc: allow({ Effect: 'Deny', Action: '*', Resource: '*' }), expect: [] },
  { name: 'iam:PassRole on *', doc: allow({ Action: 'iam:PassRole', Resource: '*' }), expect: [['PASS_ROLE_WITH_STAR_IN_RESOURCE', '"iam:PassRole"']] },
  { name: 'iam:* on *', doc: allow({ Action: 'iam:*', Resource: '*' }), expect: [['PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', '"iam:*"']] },
  { name: 'iam:Pass* on every role', doc: allow({ Action: 'iam:Pass*', Resource: 'arn:aws:iam::111122223333:role/*' }), expect: [['PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', '"iam:Pass*"']] },
  {
    name: 'iam:PassRole on * limited by iam:PassedToService',
    doc: allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }),
    expect: [],
  },
  { name: 'iam:PassRole on one role', doc: allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' }), expect: [] },
];

function textOf(doc: unknown): string {
  return typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
}

function spanOfSnippet(text: string, snippet: string, nth = 1): { start: { line: number; column: number }; end: { line: number; column: number } } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) throw new Error(`snippet ${snippet} (#${nth}) not in the test policy`);
  }
  const idx = new LineIndex(text);
  return idx.span(at, snippet.length);
}

describe('validatePolicy rules', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = textOf(c.doc);
    const findings = validatePolicy(text, c.kind ? { kind: c.kind } : {});
    expect(findings.map((f) => f.issueCode).sort()).toEqual(c.expect.map((e) => e[0]).sort());
    for (const [code, at, nth] of c.expect) {
      if (at === undefined) continue;
      const want = spanOfSnippet(text, at, nth);
      const got = findings.filter((f) => f.issueCode === code).map((f) => f.span);
      expect(got).toContainEqual(want);
    }
  });
});

describe('findings', () => {
  it('are sorted by position and carry a path and a plain-words message', () => {
    const text = textOf({
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObjekt', 's3:GetObject', 's3:Get*'], Resource: 'bucket' },
      ],
    });
    const findings = validatePolicy(text);
    const starts = findings.map((f) => f.span.start.line * 10_000 + f.span.start.column);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const invalid = findings.find((f) => f.issueCode === 'INVALID_ACTION');
    expect(invalid?.path).toBe('Statement[0].Action[0]');
    expect(invalid?.message).toContain('Did you mean "s3:GetObject"');
  });

  it('default to the identity kind', () => {
    const text = textOf(allow({ Principal: '*' }));
    expect(validatePolicy(text).map((f) => f.issueCode)).toEqual(['UNSUPPORTED_PRINCIPAL']);
    expect(validatePolicy(text, { kind: 'resource' })).toEqual([]);
  });
});

describe('size quotas', () => {
  /** A valid policy whose non-whitespace size is at least `chars`. */
  function bigPolicy(chars: number): string {
    const resources: string[] = [];
    let size = 0;
    for (let i = 0; size < chars; i++) {
      const r = `arn:aws:s3:::bucket-number-${i}/*`;
      resources.push(r);
      size += r.length + 3;
    }
    return JSON.stringify({ Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] });
  }

  it.each([
    ['identity', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA'],
    ['trust', 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA'],
    ['scp', 'POLICY_SIZE_EXCEEDS_SCP_QUOTA'],
    ['resource', 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA'],
  ] as const)('%s: over the quota is %s, under it is fine', (kind, code) => {
    const limit = SIZE_QUOTAS[kind].limit;
    const codes = (text: string): string[] =>
      validatePolicy(text, { kind }).filter((f) => f.issueCode.startsWith('POLICY_SIZE')).map((f) => f.issueCode);
    expect(codes(bigPolicy(limit + 10))).toEqual([code]);
    expect(codes(bigPolicy(limit - 300))).toEqual([]);
  });

  it('does not count whitespace for IAM policies but does for SCPs', () => {
    const padded = '{' + ' '.repeat(7000) + '"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}}';
    expect(validatePolicy(padded, { kind: 'identity' })).toEqual([]);
    expect(validatePolicy(padded, { kind: 'scp' }).map((f) => f.issueCode)).toEqual(['POLICY_SIZE_EXCEEDS_SCP_QUOTA']);
  });
});

describe('characters', () => {
  it('reports characters outside Latin-1', () => {
    const text = textOf(allow({ Sid: 'Caf\u00e9' })).replace('my-bucket', 'my\u2013bucket');
    const codes = validatePolicy(text).map((f) => f.issueCode);
    expect(codes).toContain('UNSUPPORTED_CHARACTER');
  });
});
