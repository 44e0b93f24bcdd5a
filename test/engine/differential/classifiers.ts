/**
 * Known divergence classes between IAM Lab's engine and the peer (@cloud-copilot/iam-simulate),
 * each listed in test/engine/known-divergences.md with the AWS page that settles it.
 *
 * A class does not just pattern-match a case: it proves itself. `applies` says whether the case
 * has the feature at all; `correctPeer` rewrites the peer's input so that the peer, fed the rewritten
 * case, behaves as AWS documents for that feature. A disagreement belongs to a class when the
 * corrected peer then agrees with our engine. So a classifier can never excuse a disagreement that
 * has some other cause.
 */
import type { DiffCase, Json, JsonObject } from './case.ts';
import { principalKeys } from './peer.ts';

/** One documented way the peer departs from AWS. */
export interface DivergenceClass {
  /** Name, exactly as the heading in known-divergences.md. */
  name: string;
  /** The AWS documentation that settles the behaviour. */
  doc: string;
  /** Does the case contain the feature at all? */
  applies(c: DiffCase): boolean;
  /** The case as the peer would have to see it to behave as AWS documents. */
  correctPeer(c: DiffCase): DiffCase;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function statementsOf(doc: JsonObject): JsonObject[] {
  const st = doc['Statement'];
  if (Array.isArray(st)) return st.filter(isObject);
  return isObject(st) ? [st] : [];
}

function allPolicies(c: DiffCase): JsonObject[] {
  return [...c.identity, ...(c.resource ? [c.resource] : []), ...(c.boundary ? [c.boundary] : []), ...c.scp, ...(c.session ? [c.session] : [])];
}

/** Rebuild every policy of a case through `f` (documents are never mutated in place). */
function mapPolicies(c: DiffCase, f: (doc: JsonObject) => JsonObject): DiffCase {
  const out: DiffCase = { ...c, identity: c.identity.map(f), scp: c.scp.map(f) };
  if (c.resource) out.resource = f(c.resource);
  if (c.boundary) out.boundary = f(c.boundary);
  if (c.session) out.session = f(c.session);
  return out;
}

function mapStrings(v: Json, f: (s: string) => string): Json {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (isObject(v)) {
    const o: JsonObject = {};
    for (const [k, x] of Object.entries(v)) o[k] = mapStrings(x, f);
    return o;
  }
  return v;
}

/** Rewrite the values of each condition whose operator satisfies `pick`. */
function mapConditionValues(doc: JsonObject, pick: (operator: string) => boolean, f: (s: string) => string): JsonObject {
  const statements = statementsOf(doc).map((st) => {
    const cond = st['Condition'];
    if (!isObject(cond)) return st;
    const next: JsonObject = {};
    for (const [op, byKey] of Object.entries(cond)) next[op] = pick(op) ? mapStrings(byKey, f) : byKey;
    return { ...st, Condition: next };
  });
  return { ...doc, Statement: statements };
}

function conditionOperators(c: DiffCase): string[] {
  const ops: string[] = [];
  for (const doc of allPolicies(c)) {
    for (const st of statementsOf(doc)) {
      const cond = st['Condition'];
      if (isObject(cond)) ops.push(...Object.keys(cond));
    }
  }
  return ops;
}


/** Lower-cased names of the keys the peer sees in the request (given, or filled from the principal). */
function peerContextKeys(c: DiffCase): Set<string> {
  const keys = new Set(Object.keys(c.request.context ?? {}).map((k) => k.toLowerCase()));
  for (const k of Object.keys(principalKeys(c.request.principal))) keys.add(k.toLowerCase());
  return keys;
}

function contextValue(c: DiffCase, key: string): unknown {
  for (const [k, v] of Object.entries(c.request.context ?? {})) if (k.toLowerCase() === key.toLowerCase()) return v;
  return undefined;
}

/** Rewrite each condition entry (operator, key, values) of every statement; `undefined` drops the entry. */
function mapConditionEntries(c: DiffCase, f: (operator: string, key: string, values: Json) => [string, Json] | undefined): DiffCase {
  return mapPolicies(c, (doc) => ({
    ...doc,
    Statement: statementsOf(doc).map((st) => {
      const cond = st['Condition'];
      if (!isObject(cond)) return st;
      const next: Record<string, JsonObject> = {};
      for (const [op, byKey] of Object.entries(cond)) {
        if (!isObject(byKey)) continue;
        for (const [key, values] of Object.entries(byKey)) {
          const out = f(op, key, values);
          if (out) (next[out[0]] ??= {})[key] = out[1];
        }
      }
      return { ...st, Condition: next };
    }),
  }));
}

const SET_OPERATOR = /^(ForAllValues|ForAnyValue):/;
const NEGATED = /Not/;
const VARIABLE = /\$\{([^}]*)\}/g;
const UNMATCHABLE = '\uE002';
const ANY_REQUEST_RESOURCE = '\uE003';
const OTHER_ARN = 'arn:aws:iam::000000000000:user/\uE004';

/** The identities AWS evaluates for a caller: its account, then its role and session, or its user. */
function callerChain(principal: string): string[][] {
  const m = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/.exec(principal);
  if (!m) return [];
  const [, service, account = '', rest = ''] = m;
  const accountForms = [account, `arn:aws:iam::${account}:root`];
  if (service === 'iam' && rest === 'root') return [accountForms];
  if (service === 'sts' && rest.startsWith('assumed-role/')) {
    const [, role = ''] = rest.split('/');
    return [accountForms, [`arn:aws:iam::${account}:role/${role}`], [principal]];
  }
  return [accountForms, [principal]];
}

function principalValues(v: Json | undefined): string[] {
  if (v === '*') return ['*'];
  if (!isObject(v)) return [];
  const aws = v['AWS'];
  if (typeof aws === 'string') return [aws];
  return Array.isArray(aws) ? aws.filter((x): x is string => typeof x === 'string') : [];
}

const isCurrentVersion = (doc: JsonObject): boolean => doc['Version'] === '2012-10-17';

/** Operator families AWS documents (the part after any ForAllValues:/ForAnyValue: and before IfExists). */
const KNOWN_BASE = /^(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like)|Null)$/;

/** Whether AWS knows this condition operator. */
export function isKnownOperator(operator: string): boolean {
  const base = operator.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  return KNOWN_BASE.test(base);
}

const EPOCH = /^\d+$/;
const DATE_KEYS = new Set(['aws:currenttime', 'aws:epochtime', 'aws:tokenissuetime']);

export const DIVERGENCE_CLASSES: readonly DivergenceClass[] = [
  {
    name: 'peer substitutes variables under 2008-10-17',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
    applies: (c) => allPolicies(c).some((d) => !isCurrentVersion(d) && JSON.stringify(d).includes('${')),
    // Under an older or missing Version, "${...}" is plain text. A private-use character between
    // "$" and "{" makes the peer see plain text too (no generated request value contains "${").
    correctPeer: (c) => mapPolicies(c, (d) => (isCurrentVersion(d) ? d : (mapStrings(d, (s) => s.replaceAll('${', '$\uE000{')) as JsonObject))),
  },
  {
    name: 'peer treats root like any user',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
    applies: (c) => /^arn:aws:iam::\d{12}:root$/.test(c.request.principal),
    // The root user holds every permission in its own account: an identity policy allowing
    // everything says exactly that (SCPs and explicit denies still apply, cross-account still
    // needs the resource side).
    correctPeer: (c) => ({ ...c, identity: [...c.identity, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }] }),
  },
  {
    name: 'peer lets unknown operators through',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
    applies: (c) => conditionOperators(c).some((op) => !isKnownOperator(op)),
    // A statement whose condition uses an operator AWS does not know can never apply (AWS rejects
    // such a policy when it is saved); the peer instead matches it when the key is missing and the
    // name contains "Not", or ends in IfExists. Dropping those statements is what "never applies" means.
    correctPeer: (c) =>
      mapPolicies(c, (d) => ({
        ...d,
        Statement: statementsOf(d).filter((st) => {
          const cond = st['Condition'];
          return !isObject(cond) || Object.keys(cond).every(isKnownOperator);
        }),
      })),
  },
  {
    name: 'peer compares epoch seconds with ISO 8601 milliseconds',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date',
    applies: (c) =>
      conditionOperators(c).some((op) => op.includes('Date')) &&
      (JSON.stringify(allPolicies(c)).match(/"\d{9,10}"/) !== null || Object.keys(c.request.context ?? {}).some((k) => k.toLowerCase() === 'aws:epochtime')),
    // The peer parses an epoch value as seconds and an ISO date as milliseconds, so a mixed
    // comparison is off by a factor of 1000. Writing every epoch value as ISO 8601 fixes that.
    correctPeer: (c) => {
      const iso = (s: string): string => (EPOCH.test(s) ? new Date(Number(s) * 1000).toISOString() : s);
      const out = mapPolicies(c, (d) => mapConditionValues(d, (op) => op.includes('Date'), iso));
      const ctx: Record<string, string | number | boolean | readonly (string | number | boolean)[]> = {};
      for (const [k, v] of Object.entries(c.request.context ?? {})) ctx[k] = DATE_KEYS.has(k.toLowerCase()) && typeof v === 'string' ? iso(v) : v;
      return { ...out, request: { ...c.request, context: ctx } };
    },
  },
  {
    name: 'peer keeps ${*} literal in operators without wildcards',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars',
    applies: (c) => allPolicies(c).some((d) => isCurrentVersion(d) && /\$\{[*?$]\}/.test(JSON.stringify(d))),
    // In StringEquals and friends the peer matches "${*}" against the five characters "${*}"
    // instead of a literal "*". Writing the literal character for those operators fixes it.
    correctPeer: (c) =>
      mapPolicies(c, (d) =>
        isCurrentVersion(d)
          ? mapConditionValues(d, (op) => !/Like/.test(op), (s) => s.replaceAll('${*}', '*').replaceAll('${?}', '?').replaceAll('${$}', '$'))
          : d,
      ),
  },
  {
    name: 'peer ignores IfExists after ForAnyValue/ForAllValues',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists',
    applies: (c) => conditionOperators(c).some((op) => SET_OPERATOR.test(op) && op.endsWith('IfExists')),
    // "...IfExists": when the key is absent the condition is true, whatever the operator. The peer
    // drops the IfExists part after a set operator. Dropping such conditions on absent keys is what
    // AWS's rule says they amount to. (Our engine, like AWS's "null data set" wording for set
    // operators, also counts an empty list as absent.)
    correctPeer: (c) => {
      const present = peerContextKeys(c);
      const absent = (key: string): boolean => {
        const v = contextValue(c, key);
        return !present.has(key.toLowerCase()) || (Array.isArray(v) && v.length === 0);
      };
      return mapConditionEntries(c, (op, key, values) => (SET_OPERATOR.test(op) && op.endsWith('IfExists') && absent(key) ? undefined : [op, values]));
    },
  },
  {
    name: 'peer mishandles policy variables with no value (negated operators, NotResource)',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value',
    applies: (c) => {
      const present = peerContextKeys(c);
      return allPolicies(c).some((d) => isCurrentVersion(d) && [...JSON.stringify(d).matchAll(VARIABLE)].some((m) => !/[,*?$]/.test(m[1] ?? '') && !present.has((m[1] ?? '').trim().toLowerCase())));
    },
    // A variable with no value (and no default) makes a positive operator fail and a negated one
    // match; a Resource holding it matches nothing, so a NotResource holding it excludes nothing.
    // The peer makes all of these fail. An unmatchable literal in the variable's place behaves as
    // AWS says.
    correctPeer: (c) => {
      const present = peerContextKeys(c);
      const fix = (s: string): string => s.replace(VARIABLE, (whole, name: string) => (/[,*?$]/.test(name) || present.has(name.trim().toLowerCase()) ? whole : UNMATCHABLE));
      return mapPolicies(c, (d) => {
        if (!isCurrentVersion(d)) return d;
        const withConditions = mapConditionValues(d, () => true, fix);
        return {
          ...withConditions,
          Statement: statementsOf(withConditions).map((st) => {
            const next: JsonObject = { ...st };
            for (const el of ['Resource', 'NotResource']) if (st[el] !== undefined) next[el] = mapStrings(st[el] ?? null, fix);
            return next;
          }),
        };
      });
    },
  },
  {
    name: 'peer mis-masks /0 CIDRs and bare addresses of the other IP version',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress',
    applies: (c) => conditionOperators(c).some((op) => op.includes('IpAddress')),
    // The peer masks with `-1 << 32`, which JavaScript reads as `-1 << 0`, so 0.0.0.0/0 only holds
    // 0.0.0.0; and it answers false for NotIpAddress with a bare IPv4 address and an IPv6 caller.
    // The same ranges written as two /1 halves, and bare addresses as /32, avoid both.
    correctPeer: (c) =>
      mapConditionEntries(c, (op, key, values) => {
        if (!op.includes('IpAddress')) return [op, values];
        const list = (Array.isArray(values) ? values : [values]).flatMap((v): Json[] => {
          if (v === '0.0.0.0/0') return ['0.0.0.0/1', '128.0.0.0/1'];
          if (typeof v === 'string' && /^\d+\.\d+\.\d+\.\d+$/.test(v)) return [`${v}/32`];
          return [v];
        });
        return [op, list];
      }),
  },
  {
    name: "peer reads a '*' request resource as a pattern",
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    applies: (c) => c.request.resource === '*',
    // For actions without resource-level permissions (ec2:DescribeInstances) the request's resource
    // is "*" and only a policy Resource of "*" covers it. The peer treats a "*" in the request as a
    // wildcard query and matches any overlapping policy ARN (and misses NotResource). Since no ARN
    // pattern matches the literal "*", the peer is shown a concrete request ARN and, in place of
    // every policy resource other than "*", an ARN that cannot match it.
    correctPeer: (c) => {
      const account = c.request.resourceAccount || '000000000000';
      const swap = (v: Json | undefined): Json | undefined =>
        v === undefined ? undefined : Array.isArray(v) ? v.map((x) => (x === '*' ? x : OTHER_ARN)) : v === '*' ? v : OTHER_ARN;
      const out = mapPolicies(c, (d) => ({
        ...d,
        Statement: statementsOf(d).map((st) => {
          const next: JsonObject = { ...st };
          for (const el of ['Resource', 'NotResource']) {
            const v = swap(st[el]);
            if (v !== undefined) next[el] = v;
          }
          return next;
        }),
      }));
      return { ...out, request: { ...c.request, resource: `arn:aws:ec2:us-east-1:${account}:${ANY_REQUEST_RESOURCE}` } };
    },
  },
  {
    name: 'peer exempts a caller from NotPrincipal without its whole chain',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
    applies: (c) => c.resource !== undefined && statementsOf(c.resource).some((st) => st['NotPrincipal'] !== undefined),
    // AWS evaluates a request against the caller's account and, for a session, its role and session
    // too; its NotPrincipal examples therefore list the account ARN alongside the user. Our engine
    // exempts a caller only when every link of that chain is listed; the peer exempts it when any
    // one is. Taking the caller's links out of a list that lacks some link gives the peer our reading.
    correctPeer: (c) => {
      const chain = callerChain(c.request.principal);
      if (!c.resource || chain.length === 0) return c;
      const resource: JsonObject = {
        ...c.resource,
        Statement: statementsOf(c.resource).map((st) => {
          const np = st['NotPrincipal'];
          if (np === undefined || np === '*') return st;
          const listed = principalValues(np);
          if (listed.includes('*') || chain.every((forms) => forms.some((f) => listed.includes(f)))) return st;
          const kept = listed.filter((v) => !chain.some((forms) => forms.includes(v)));
          return { ...st, NotPrincipal: { AWS: kept.length > 0 ? kept : ['arn:aws:iam::000000000000:root'] } };
        }),
      };
      return { ...c, resource };
    },
  },
  {
    name: 'peer lets a session policy limit grants to the session ARN',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
    applies: (c) =>
      c.session !== undefined &&
      c.resource !== undefined &&
      statementsOf(c.resource).some((st) => st['Effect'] === 'Allow' && principalValues(st['Principal']).some((v) => v === c.request.principal || v === '*')),
    // A resource-based policy that names the session's ARN adds its permissions after the session
    // is created, so the session policy does not limit them (its explicit denies still apply); our
    // engine reads a grant to everyone ("*") the same way. The
    // peer requires the session policy to allow first. Keeping only the session policy's denies,
    // plus an allow of everything, shows what the peer answers without that limit.
    correctPeer: (c) => {
      if (!c.session) return c;
      const denies = statementsOf(c.session).filter((st) => st['Effect'] !== 'Allow');
      return { ...c, session: { Version: '2012-10-17', Statement: [...denies, { Effect: 'Allow', Action: '*', Resource: '*' }] } };
    },
  },
  {
    name: 'plain operator on a multivalued key (undocumented; peer never matches)',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
    applies: (c) => Object.values(c.request.context ?? {}).some(Array.isArray),
    // AWS says multivalued keys "require" a set operator and does not document the result without
    // one. Our engine reads a positive operator as "some value matches" and a negated one as "no
    // value matches"; the peer never matches. Spelling those out as set operators for the peer
    // shows the disagreement is this and nothing else. Listed, and flagged to the lead.
    correctPeer: (c) =>
      mapConditionEntries(c, (op, key, values) => {
        if (SET_OPERATOR.test(op) || op.startsWith('Null') || !Array.isArray(contextValue(c, key))) return [op, values];
        return [`${NEGATED.test(op) ? 'ForAllValues' : 'ForAnyValue'}:${op}`, values];
      }),
  },
];

/**
 * Find the classes that explain a disagreement: first each applicable class alone, then all
 * applicable classes together. Returns the names, or an empty list when nothing explains it.
 */
export async function classify(c: DiffCase, ourVerdict: string, peerOn: (c: DiffCase) => string | Promise<string>): Promise<string[]> {
  const applicable = DIVERGENCE_CLASSES.filter((k) => k.applies(c));
  for (const k of applicable) {
    if ((await peerOn(k.correctPeer(c))) === ourVerdict) return [k.name];
  }
  if (applicable.length > 1) {
    const all = applicable.reduce((acc, k) => k.correctPeer(acc), c);
    if ((await peerOn(all)) === ourVerdict) return applicable.map((k) => k.name);
  }
  return [];
}
