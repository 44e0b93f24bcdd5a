/**
 * Seeded generator of differential cases: realistic requests (a small pool of actions and
 * resources so that statements match often) and random policy sets built around them.
 */
import type { ContextValue, RequestContext } from '../../../src/core/engine/types.ts';
import type { DiffCase, Json, JsonObject } from './case.ts';
import { mulberry32, type Rng } from './prng.ts';

export const ACCOUNT_A = '111122223333';
export const ACCOUNT_B = '444455556666';

/** A caller the generator can pick. */
interface PrincipalSpec {
  arn: string;
  account: string;
  kind: 'user' | 'root' | 'session' | 'anonymous';
  weight: number;
}

const PRINCIPALS: readonly PrincipalSpec[] = [
  { arn: `arn:aws:iam::${ACCOUNT_A}:user/alice`, account: ACCOUNT_A, kind: 'user', weight: 36 },
  { arn: `arn:aws:iam::${ACCOUNT_A}:user/dev/bob`, account: ACCOUNT_A, kind: 'user', weight: 10 },
  { arn: `arn:aws:iam::${ACCOUNT_B}:user/carol`, account: ACCOUNT_B, kind: 'user', weight: 16 },
  { arn: `arn:aws:iam::${ACCOUNT_A}:root`, account: ACCOUNT_A, kind: 'root', weight: 8 },
  { arn: `arn:aws:sts::${ACCOUNT_A}:assumed-role/Dev/build-42`, account: ACCOUNT_A, kind: 'session', weight: 16 },
  { arn: '*', account: '', kind: 'anonymous', weight: 3 },
];

/** One action of the pool and the resources it acts on. */
interface ActionSpec {
  action: string;
  /** Resource ARNs in a given account (S3 ARNs carry no account). */
  resources: (account: string) => string[];
  /** Whether the resource can carry a resource-based policy. */
  resourcePolicy: boolean;
}

const S3_OBJECTS = [
  'arn:aws:s3:::examplebucket/public/a.txt',
  'arn:aws:s3:::examplebucket/home/alice/notes.txt',
  'arn:aws:s3:::examplebucket/home/bob/cv.pdf',
  'arn:aws:s3:::examplebucket/1/2/test/3/x.jpg',
  'arn:aws:s3:::logs-bucket/dev/2024/app.log',
];

const ACTIONS: readonly ActionSpec[] = [
  { action: 's3:GetObject', resources: () => S3_OBJECTS, resourcePolicy: true },
  { action: 's3:PutObject', resources: () => S3_OBJECTS, resourcePolicy: true },
  { action: 's3:DeleteObject', resources: () => S3_OBJECTS, resourcePolicy: true },
  { action: 's3:ListBucket', resources: () => ['arn:aws:s3:::examplebucket', 'arn:aws:s3:::logs-bucket'], resourcePolicy: true },
  { action: 'iam:CreateUser', resources: (a) => [`arn:aws:iam::${a}:user/alice`, `arn:aws:iam::${a}:user/dev/newhire`], resourcePolicy: false },
  { action: 'iam:GetUser', resources: (a) => [`arn:aws:iam::${a}:user/alice`, `arn:aws:iam::${a}:user/dev/bob`], resourcePolicy: false },
  { action: 'iam:PassRole', resources: (a) => [`arn:aws:iam::${a}:role/Dev`, `arn:aws:iam::${a}:role/service/Lambda`], resourcePolicy: false },
  { action: 'ec2:DescribeInstances', resources: () => ['*'], resourcePolicy: false },
  { action: 'dynamodb:GetItem', resources: (a) => [`arn:aws:dynamodb:us-east-1:${a}:table/Books`, `arn:aws:dynamodb:eu-west-1:${a}:table/Orders`], resourcePolicy: true },
  { action: 'sqs:SendMessage', resources: (a) => [`arn:aws:sqs:us-east-1:${a}:jobs`], resourcePolicy: true },
  { action: 'sts:AssumeRole', resources: (a) => [`arn:aws:iam::${a}:role/Dev`, `arn:aws:iam::${a}:role/Auditor`], resourcePolicy: true },
];

/** Values the request may carry for a condition key, and policy values that relate to them. */
interface KeySpec {
  key: string;
  family: 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Multi';
  /** Request values (strings as the wire carries them). */
  request: readonly string[];
  /** Policy values (may include wildcards, variables, other spellings). */
  policy: readonly string[];
}

const KEYS: readonly KeySpec[] = [
  { key: 'aws:PrincipalTag/team', family: 'String', request: ['dev', 'ops', 'Dev'], policy: ['dev', 'ops', 'DEV', 'd*', '?ps', '*', '${aws:PrincipalTag/dept}', "${aws:PrincipalTag/dept, 'dev'}"] },
  { key: 'aws:RequestTag/env', family: 'String', request: ['prod', 'test', '*'], policy: ['prod', 'test', 'PROD', 'pr*', 't?st', '${*}', '${aws:PrincipalTag/team}'] },
  { key: 'aws:ResourceTag/owner', family: 'String', request: ['alice', 'bob', 'carol'], policy: ['alice', 'bob', '${aws:username}', 'a*', "${aws:username, 'nobody'}", 'ALICE'] },
  { key: 'aws:PrincipalOrgID', family: 'String', request: ['o-abc123', 'o-zzz999'], policy: ['o-abc123', 'o-*', 'O-ABC123'] },
  { key: 'aws:username', family: 'String', request: ['alice', 'mallory'], policy: ['alice', 'bob', 'carol', 'al*', '${aws:PrincipalTag/nick}'] },
  { key: 'aws:PrincipalAccount', family: 'String', request: [ACCOUNT_A, ACCOUNT_B], policy: [ACCOUNT_A, ACCOUNT_B, '1111*', '${aws:PrincipalTag/acct}'] },
  { key: 'aws:PrincipalType', family: 'String', request: ['User', 'AssumedRole'], policy: ['User', 'AssumedRole', 'Account', 'user'] },
  { key: 'aws:MultiFactorAuthAge', family: 'Numeric', request: ['300', '3600', '86400', '12.5'], policy: ['3600', '300', '86400', '100.5', '0'] },
  { key: 'aws:CurrentTime', family: 'Date', request: ['2024-06-01T12:00:00Z', '2023-12-31T23:59:59Z', '2025-01-01T00:00:00Z'], policy: ['2024-01-01T00:00:00Z', '2024-06-01T12:00:00Z', '1704067200', '1717243200', '2024-06-01'] },
  { key: 'aws:EpochTime', family: 'Date', request: ['1717243200', '1700000000', '1735689600'], policy: ['1717243200', '2024-01-01T00:00:00Z', '1704067200', '2025-01-01T00:00:00Z'] },
  { key: 'aws:SecureTransport', family: 'Bool', request: ['true', 'false'], policy: ['true', 'false'] },
  { key: 'aws:MultiFactorAuthPresent', family: 'Bool', request: ['true', 'false'], policy: ['true', 'false', 'True'] },
  { key: 'aws:RequestTag/blob', family: 'Binary', request: ['QmluYXJ5VmFsdWU=', 'b3RoZXI='], policy: ['QmluYXJ5VmFsdWU=', 'b3RoZXI=', 'Zm9v'] },
  { key: 'aws:SourceIp', family: 'Ip', request: ['203.0.113.10', '198.51.100.7', '2001:db8::1', '2001:db8:1::5', '10.1.2.3'], policy: ['203.0.113.0/24', '198.51.100.0/24', '203.0.113.10', '2001:db8::/48', '2001:db8::/32', '10.0.0.0/8', '0.0.0.0/0'] },
  { key: 'aws:SourceArn', family: 'Arn', request: [`arn:aws:sns:us-east-1:${ACCOUNT_A}:topic1`, `arn:aws:sqs:us-east-1:${ACCOUNT_B}:q`], policy: [`arn:aws:sns:us-east-1:${ACCOUNT_A}:topic1`, `arn:aws:sns:*:${ACCOUNT_A}:*`, `arn:aws:sns:us-east-1:${ACCOUNT_A}:topic?`, `arn:aws:sqs:*:*:*`, `arn:aws:sns:us-east-1:${ACCOUNT_A}:\${aws:PrincipalTag/topic}`] },
  { key: 'aws:PrincipalArn', family: 'Arn', request: [`arn:aws:iam::${ACCOUNT_A}:user/alice`], policy: [`arn:aws:iam::${ACCOUNT_A}:user/alice`, `arn:aws:iam::${ACCOUNT_A}:user/*`, `arn:aws:iam::*:user/alice`, `arn:aws:iam::${ACCOUNT_A}:role/Dev`, `arn:aws:iam::${ACCOUNT_A}:user/\${aws:username}`] },
  { key: 'aws:TagKeys', family: 'Multi', request: ['env', 'team', 'cost', 'Owner'], policy: ['env', 'team', 'cost', 'owner', 'e*', 't?am'] },
  { key: 'aws:PrincipalServiceNamesList', family: 'Multi', request: ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs.amazonaws.com'], policy: ['ec2.amazonaws.com', 'lambda.amazonaws.com', '*.amazonaws.com'] },
];

/** Keys filled from the principal when the request does not give them. */
const PRINCIPAL_FILLED = new Set(['aws:username', 'aws:principalaccount', 'aws:principaltype', 'aws:principalarn']);

/** Tag keys the policies use as variables (present in the request at random). */
const VARIABLE_TAGS: Record<string, readonly string[]> = {
  'aws:PrincipalTag/dept': ['dev', 'ops'],
  'aws:PrincipalTag/nick': ['alice', 'al'],
  'aws:PrincipalTag/acct': [ACCOUNT_A],
  'aws:PrincipalTag/topic': ['topic1', 'topic9'],
};

const OPERATORS: Record<KeySpec['family'], readonly string[]> = {
  String: ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'],
  Numeric: ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals'],
  Date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals'],
  Bool: ['Bool'],
  Binary: ['BinaryEquals'],
  Ip: ['IpAddress', 'NotIpAddress'],
  Arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  Multi: ['StringEquals', 'StringLike', 'StringNotEquals', 'StringNotLike'],
};

const UNKNOWN_OPERATORS = ['StringEqualz', 'NumericEq', 'StringNotMatches'];

/** Mutable state while one case is built. */
interface Draft {
  rng: Rng;
  principal: PrincipalSpec;
  action: string;
  resource: string;
  resourceAccount: string;
  usedKeys: Map<string, KeySpec>;
  features: Set<string>;
}

function mangleCase(rng: Rng, s: string): string {
  let out = '';
  for (const ch of s) out += rng.chance(0.5) ? ch.toUpperCase() : ch.toLowerCase();
  return out;
}

function replaceOneChar(rng: Rng, s: string, from: number): string {
  if (s.length <= from + 1) return s;
  const i = from + rng.int(s.length - from);
  return `${s.slice(0, i)}?${s.slice(i + 1)}`;
}

function actionElement(d: Draft): Json {
  const { rng } = d;
  const [service = '', name = ''] = d.action.split(':');
  const variants: (() => string)[] = [
    () => d.action,
    () => mangleCase(rng, d.action),
    () => `${service}:*`,
    () => `${service}:${name.slice(0, 3)}*`,
    () => `${service}:*${name.slice(-6)}`,
    () => replaceOneChar(rng, d.action, service.length + 1),
    () => '*',
    () => rng.pick(ACTIONS).action,
    () => rng.pick(ACTIONS).action,
    () => `${service}:${name}X`,
  ];
  const one = (): string => {
    const v = rng.pick(variants)();
    if (v !== d.action && v.includes('*')) d.features.add('action-wildcard');
    if (v.includes('?')) d.features.add('action-question');
    if (v !== d.action && v.toLowerCase() === d.action.toLowerCase()) d.features.add('action-case');
    return v;
  };
  if (rng.chance(0.25)) return [one(), one()];
  return one();
}

function otherResource(d: Draft): string {
  const spec = d.rng.pick(ACTIONS);
  return d.rng.pick(spec.resources(d.rng.pick([ACCOUNT_A, ACCOUNT_B])));
}

function resourceElement(d: Draft, kind: string): Json {
  const { rng, resource } = d;
  if (kind === 'scp' && rng.chance(0.7)) return '*';
  const lastSep = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':'));
  const variants: (() => string)[] = [
    () => resource,
    () => resource,
    () => '*',
    () => (resource === '*' ? '*' : `${resource.slice(0, lastSep + 1)}*`),
    () => (resource === '*' ? '*' : `${resource.slice(0, Math.max(lastSep - 2, 8))}*`),
    () => (resource === '*' ? 'arn:aws:*' : replaceOneChar(rng, resource, lastSep + 1)),
    () => {
      if (resource === '*') return 'arn:aws:ec2:*:*:instance/*';
      const head = resource.slice(0, lastSep + 1);
      d.features.add('resource-case');
      return head + resource.slice(lastSep + 1).toUpperCase();
    },
    () => otherResource(d),
    () => {
      d.features.add('variable');
      return rng.pick([
        'arn:aws:s3:::examplebucket/home/${aws:username}/*',
        `arn:aws:iam::${ACCOUNT_A}:user/\${aws:username}`,
        `arn:aws:iam::${ACCOUNT_A}:user/dev/\${aws:username}`,
        'arn:aws:s3:::examplebucket/${aws:PrincipalTag/dept}/*',
        "arn:aws:s3:::logs-bucket/${aws:PrincipalTag/dept, 'dev'}/*",
        'arn:aws:dynamodb:*:*:table/${aws:PrincipalTag/dept}',
        'arn:aws:s3:::examplebucket/${*}',
        `arn:aws:iam::${ACCOUNT_A}:role/\${aws:PrincipalTag/dept}`,
      ]);
    },
    () => rng.pick(['arn:aws:s3:::*/home/*', 'arn:aws:s3:::examplebucket/*/test/*', `arn:aws:iam::*:role/Dev`, `arn:aws:*:*:${d.resourceAccount}:*`, 'arn:aws:s3:::examplebucket*', 'arn:aws:dynamodb:*:*:table/*']),
  ];
  const one = (): string => {
    const v = rng.pick(variants)();
    if (v !== resource && (v.includes('*') || v.includes('?'))) d.features.add('resource-wildcard');
    return v;
  };
  if (rng.chance(0.2)) return [one(), one()];
  return one();
}

function principalElement(d: Draft): Json {
  const { rng } = d;
  const caller = d.principal.arn === '*' ? `arn:aws:iam::${ACCOUNT_A}:user/alice` : d.principal.arn;
  const callerAccount = d.principal.account || ACCOUNT_A;
  const options: (() => Json)[] = [
    () => '*',
    () => ({ AWS: '*' }),
    () => ({ AWS: caller }),
    () => ({ AWS: caller }),
    () => ({ AWS: `arn:aws:iam::${callerAccount}:root` }),
    () => ({ AWS: callerAccount }),
    () => ({ AWS: `arn:aws:iam::${callerAccount}:role/Dev` }),
    () => ({ AWS: rng.pick([`arn:aws:iam::${ACCOUNT_A}:user/mallory`, `arn:aws:iam::${ACCOUNT_B}:root`, ACCOUNT_B, `arn:aws:iam::${ACCOUNT_A}:user/alice`]) }),
    () => ({ AWS: [caller, `arn:aws:iam::${ACCOUNT_B}:user/dave`] }),
    () => ({ Service: 'ec2.amazonaws.com' }),
  ];
  return rng.pick(options)();
}

function requestValueFor(rng: Rng, spec: KeySpec): string[] {
  if (spec.family === 'Multi') return rng.some(spec.request, 0, 3);
  return [rng.pick(spec.request)];
}

function conditionBlock(d: Draft): JsonObject {
  const { rng } = d;
  const block: Record<string, Record<string, Json>> = {};
  const count = 1 + (rng.chance(0.3) ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const spec = rng.pick(KEYS);
    let operator: string;
    if (spec.family === 'Multi' || rng.chance(0.04)) {
      const base = rng.pick(OPERATORS[spec.family === 'Multi' ? 'Multi' : spec.family]);
      operator = spec.family === 'Multi' && rng.chance(0.1) ? base : `${rng.pick(['ForAllValues', 'ForAnyValue'])}:${base}`;
      d.features.add(operator.startsWith('ForAll') ? 'for-all-values' : operator.startsWith('ForAny') ? 'for-any-value' : 'multi-plain');
    } else if (rng.chance(0.08)) {
      operator = 'Null';
    } else {
      operator = rng.pick(OPERATORS[spec.family]);
    }
    if (operator !== 'Null' && rng.chance(0.15)) {
      operator += 'IfExists';
      d.features.add('if-exists');
    }
    if (rng.chance(0.012)) {
      operator = rng.pick(UNKNOWN_OPERATORS);
      d.features.add('unknown-operator');
    }
    const values: string[] = operator === 'Null' ? [rng.pick(['true', 'false'])] : rng.some(spec.policy, 1, 2);
    for (const v of values) {
      if (v.includes('${')) d.features.add('variable');
      if (/\$\{[*?$]\}/.test(v)) d.features.add('variable-special');
      if (v.includes(', ')) d.features.add('variable-default');
      if (spec.family === 'Date' && /^\d+$/.test(v)) d.features.add('date-epoch');
    }
    d.features.add(`op:${operator === 'Null' ? 'Null' : spec.family}`);
    if (spec.key === 'aws:SourceIp' && values.some((v) => v.includes(':'))) d.features.add('ipv6');
    const keyName = rng.chance(0.1) ? mangleCase(rng, spec.key) : spec.key;
    if (keyName !== spec.key) d.features.add('key-case');
    const byKey = (block[operator] ??= {});
    byKey[keyName] = values.length === 1 && rng.chance(0.6) ? (values[0] ?? '') : values;
    d.usedKeys.set(spec.key, spec);
  }
  return block;
}

function statement(d: Draft, kind: string, effect: 'Allow' | 'Deny', sid: number): JsonObject {
  const { rng } = d;
  const st: JsonObject = { Effect: effect };
  if (rng.chance(0.3)) st['Sid'] = `S${sid}`;
  if (kind === 'resource') {
    if (rng.chance(0.12)) {
      st['NotPrincipal'] = principalElement(d);
      d.features.add('not-principal');
    } else {
      st['Principal'] = principalElement(d);
    }
  }
  if (rng.chance(0.14)) {
    st['NotAction'] = actionElement(d);
    d.features.add('not-action');
  } else {
    st['Action'] = actionElement(d);
  }
  if (rng.chance(0.12)) {
    st['NotResource'] = resourceElement(d, kind);
    d.features.add('not-resource');
  } else {
    st['Resource'] = resourceElement(d, kind);
  }
  if (rng.chance(kind === 'scp' ? 0.25 : 0.45)) {
    st['Condition'] = conditionBlock(d);
    d.features.add('condition');
  }
  if (effect === 'Deny') d.features.add(`deny:${kind}`);
  return st;
}

function policy(d: Draft, kind: string, statements: JsonObject[]): JsonObject {
  const { rng } = d;
  const doc: JsonObject = { Statement: statements.length === 1 && rng.chance(0.3) ? (statements[0] ?? []) : statements };
  const r = rng.next();
  if (r < 0.86) doc['Version'] = '2012-10-17';
  else if (r < 0.96) {
    doc['Version'] = '2008-10-17';
    d.features.add('version-2008');
  } else d.features.add('version-missing');
  void kind;
  return doc;
}

function policyOf(d: Draft, kind: string, allowBias: number, maxStatements: number): JsonObject {
  const n = 1 + d.rng.int(maxStatements);
  const statements: JsonObject[] = [];
  for (let i = 0; i < n; i++) statements.push(statement(d, kind, d.rng.chance(allowBias) ? 'Allow' : 'Deny', i));
  return policy(d, kind, statements);
}

const ALLOW_ALL: JsonObject = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

function pickPrincipal(rng: Rng): PrincipalSpec {
  const total = PRINCIPALS.reduce((s, p) => s + p.weight, 0);
  let r = rng.int(total);
  for (const p of PRINCIPALS) {
    if (r < p.weight) return p;
    r -= p.weight;
  }
  return PRINCIPALS[0] as PrincipalSpec;
}

function makeContext(d: Draft): RequestContext {
  const { rng } = d;
  const ctx: Record<string, ContextValue> = {};
  for (const [key, spec] of d.usedKeys) {
    if (PRINCIPAL_FILLED.has(key.toLowerCase()) && rng.chance(0.85)) continue;
    if (!rng.chance(0.72)) {
      d.features.add('missing-key');
      continue;
    }
    const values = requestValueFor(rng, spec);
    if (spec.family === 'Multi') {
      ctx[key] = values;
      d.features.add('multi-valued');
    } else {
      const v = values[0] ?? '';
      ctx[key] = v;
    }
  }
  for (const [key, values] of Object.entries(VARIABLE_TAGS)) {
    if (rng.chance(0.5)) ctx[key] = rng.pick(values);
  }
  if (rng.chance(0.3)) ctx['aws:PrincipalTag/team'] ??= rng.pick(['dev', 'ops']);
  return ctx;
}

/** Builds one case from the generator's stream. */
function makeCase(rng: Rng, index: number): DiffCase {
  const principal = pickPrincipal(rng);
  const spec = rng.pick(ACTIONS);
  const callerAccount = principal.account || ACCOUNT_A;
  const crossAccount = rng.chance(0.22);
  const resourceAccount = crossAccount ? (callerAccount === ACCOUNT_A ? ACCOUNT_B : ACCOUNT_A) : callerAccount;
  const resource = rng.pick(spec.resources(resourceAccount));
  const d: Draft = {
    rng,
    principal,
    action: spec.action,
    resource,
    resourceAccount: resource === '*' ? callerAccount : resourceAccount,
    usedKeys: new Map(),
    features: new Set([`principal:${principal.kind}`]),
  };
  if (d.resourceAccount !== callerAccount && principal.kind !== 'anonymous') d.features.add('cross-account');
  const anonymous = principal.kind === 'anonymous';

  const identity: JsonObject[] = [];
  if (!anonymous) {
    const nIdentity = rng.pick([0, 1, 1, 1, 2, 2, 3]);
    for (let i = 0; i < nIdentity; i++) identity.push(policyOf(d, 'identity', 0.78, 3));
  }
  let resourcePolicy: JsonObject | undefined;
  if (spec.resourcePolicy && (anonymous || rng.chance(0.45))) {
    resourcePolicy = policyOf(d, 'resource', 0.72, 3);
    d.features.add('resource-policy');
  }
  let boundary: JsonObject | undefined;
  if (!anonymous && principal.kind !== 'root' && rng.chance(0.2)) {
    boundary = policyOf(d, 'boundary', 0.85, 2);
    d.features.add('boundary');
  }
  const scp: JsonObject[] = [];
  if (!anonymous && rng.chance(0.25)) {
    if (rng.chance(0.6)) scp.push(ALLOW_ALL);
    scp.push(policyOf(d, 'scp', 0.5, 2));
    d.features.add('scp');
  }
  let session: JsonObject | undefined;
  if (principal.kind === 'session' && rng.chance(0.35)) {
    session = policyOf(d, 'session', 0.85, 2);
    d.features.add('session');
  }
  const context = makeContext(d);
  const c: DiffCase = {
    index,
    request: { principal: principal.arn, action: spec.action, resource, resourceAccount: d.resourceAccount, context },
    identity,
    scp,
    features: d.features,
  };
  if (resourcePolicy) c.resource = resourcePolicy;
  if (boundary) c.boundary = boundary;
  if (session) c.session = session;
  return c;
}

/** Generates `count` cases from `seed`; the same seed always gives the same cases. */
export function generateCases(seed: number, count: number): DiffCase[] {
  const rng = mulberry32(seed);
  const out: DiffCase[] = [];
  for (let i = 0; i < count; i++) out.push(makeCase(rng, i));
  return out;
}

/** A case as plain JSON (for failure messages and for `iam-lab simulate`). */
export function caseToJson(c: DiffCase): JsonObject {
  const policies: JsonObject = { identity: c.identity };
  if (c.resource) policies['resource'] = c.resource;
  if (c.boundary) policies['boundary'] = c.boundary;
  if (c.scp.length > 0) policies['scp'] = c.scp;
  if (c.session) policies['session'] = c.session;
  return { index: c.index, request: c.request as unknown as JsonObject, policies, features: [...c.features].sort() };
}
