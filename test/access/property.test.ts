/**
 * Property: over random small policy sets, every concrete request of the universe (pruned actions
 * included) is allowed by the computed access exactly when the engine allows it, and a PASS from the
 * comparison means the engine finds no request NEW allows and EXISTING does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedIn, compareAccess, effectiveAccess, indexResults, Universe } from '../../src/core/access/index.ts';
import { authorize } from '../../src/core/engine/authorize.ts';
import type { PolicySet } from '../../src/core/engine/types.ts';

const PRINCIPAL = 'arn:aws:iam::111122223333:user/analyst';
const RESOURCES = ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::payroll/salaries.csv', 'arn:aws:iam::111122223333:user/analyst', 'arn:aws:iam::111122223333:user/bob'];
const SCOPE = { principal: PRINCIPAL, resources: RESOURCES, services: ['s3', 'iam', 'sts'], baseContext: { 'aws:SecureTransport': true } };

const actions = fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:List*', 's3:*', 's3:Get*', 'iam:*User', 'iam:GetUser', 'iam:*', '*', 'sts:GetCallerIdentity', 's3:*Object*');
const resources = fc.constantFrom('*', 'arn:aws:s3:::reports', 'arn:aws:s3:::reports/*', 'arn:aws:s3:::reports*', 'arn:aws:s3:::*/q?.csv', 'arn:aws:iam::111122223333:user/${aws:username}', 'arn:aws:iam::*:user/*', 'arn:aws:s3:::payroll/*');
const conditions = fc.constantFrom(
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } },
  { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
  { StringLike: { 's3:prefix': 'home/*' } },
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  { Null: { 'aws:SourceIp': 'true' } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'cost'] } },
);
const statement = fc.record({
  effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
  not: fc.boolean(),
  actions: fc.array(actions, { minLength: 1, maxLength: 2 }),
  resources: fc.array(resources, { minLength: 1, maxLength: 2 }),
  condition: conditions,
  sid: fc.nat({ max: 99 }),
}).map((s) => ({
  Sid: `S${s.sid}`,
  Effect: s.effect,
  [s.not && s.effect === 'Deny' ? 'NotAction' : 'Action']: s.actions,
  Resource: s.resources,
  ...(s.condition ? { Condition: s.condition } : {}),
}));
const policy = fc.array(statement, { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement }));
const policySet: fc.Arbitrary<PolicySet> = fc.record({
  identity: fc.array(policy, { minLength: 1, maxLength: 3 }),
  boundary: fc.option(policy, { nil: undefined }),
}).map(({ identity, boundary }) => ({
  identity: identity.map((document, i) => ({ name: `P${i}`, document })),
  ...(boundary ? { boundary: [{ name: 'B', document: boundary }] } : {}),
}));

/** A random request of the universe: an action in scope (pruned or not), one of its resources, one of its contexts. */
function requestOf(universe: Universe, pick: [number, number, number]) {
  const all = universe.actions();
  const action = all[pick[0] % all.length]!;
  const res = universe.resourcesOf(action);
  const resource = res[pick[1] % res.length]!;
  const ctx = universe.contextsOf(universe.statementsFor(action.fullName.toLowerCase()), resource);
  const variant = ctx.contexts[pick[2] % ctx.contexts.length]!;
  return { action: action.fullName, resource, variant, request: universe.request(action.fullName, resource, variant, ctx.tested) };
}

const picks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 20, maxLength: 40 });

describe('effective access agrees with the engine', () => {
  it('on random requests of the universe', () => {
    fc.assert(
      fc.property(policySet, picks, (set, requests) => {
        const access = effectiveAccess(set, SCOPE);
        const index = indexResults(access);
        for (const pick of requests) {
          const r = requestOf(access.universe, pick);
          const engine = authorize(r.request, set, { explain: false }).decision;
          expect(allowedIn(index, r, r.variant), `${r.action} ${r.resource} ${JSON.stringify(r.variant)}`).toBe(engine === 'Allow');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a PASS comparison means no request allowed by NEW and denied by EXISTING', () => {
    fc.assert(
      fc.property(policySet, policySet, picks, (a, b, requests) => {
        const c = compareAccess(a, b, SCOPE);
        const universe = new Universe([a, b], SCOPE);
        for (const pick of requests) {
          const r = requestOf(universe, pick);
          const na = authorize(r.request, a, { explain: false }).decision === 'Allow';
          const nb = authorize(r.request, b, { explain: false }).decision === 'Allow';
          if (c.result === 'PASS') expect(na && !nb, `${r.action} ${r.resource}`).toBe(false);
        }
        for (const e of c.newAccess) {
          const req = { principal: PRINCIPAL, action: e.action, resource: e.resource, context: { 'aws:SecureTransport': true, ...e.context } };
          expect(authorize(req, a, { explain: false }).decision).toBe('Allow');
        }
      }),
      { numRuns: 40 },
    );
  });
});
