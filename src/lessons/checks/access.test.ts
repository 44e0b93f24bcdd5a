import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { T0 } from '../../core/account/testing.ts';
import { EQUIVALENT, LOOK_ALIKE, lessonAccount, REFERENCE, TOO_BROAD, TOO_NARROW } from '../../../test/access/fixtures.ts';
import { checkSchema } from '../schema.ts';
import type { AccessCheck } from '../types.ts';
import { accessCheck } from './access.ts';

const check = (relation: AccessCheck['relation'], extra: Partial<AccessCheck> = {}): AccessCheck => ({
  kind: 'access',
  label: 'analyst reads reports and nothing more',
  as: 'user/analyst',
  relation,
  reference: REFERENCE,
  ...extra,
});

async function grade(policy: unknown, c: AccessCheck): Promise<string | undefined> {
  const state = await lessonAccount(policy);
  return accessCheck.evaluate(c, { state, nowMs: T0, answers: {} });
}

describe('access check: the least-privilege lesson', () => {
  it('the reference itself passes equals, within and covers', async () => {
    for (const relation of ['equals', 'within', 'covers'] as const) expect(await grade(REFERENCE, check(relation))).toBeUndefined();
  });

  it('an equivalent policy written differently passes equals', async () => {
    expect(await grade(EQUIVALENT, check('equals'))).toBeUndefined();
  });

  it('too broad fails within and equals with one concrete extra grant, but covers', async () => {
    const message = await grade(TOO_BROAD, check('within'));
    expect(message).toMatch(/^Your policy also allows s3:Get\w+ on arn:aws:s3:::reports\/q1\.csv \(ReportsReadOnly .*Sid "ReadEverything"\), which it should not\.$/);
    expect(await grade(TOO_BROAD, check('equals'))).toBe(message);
    expect(await grade(TOO_BROAD, check('covers'))).toBeUndefined();
  });

  it('names the action asked about when the scope is narrowed', async () => {
    const writer = { Version: '2012-10-17', Statement: [{ Sid: 'Objects', Effect: 'Allow', Action: ['s3:ListBucket', 's3:*Object'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }] };
    const message = await grade(writer, check('within', { actions: ['s3:PutObject'] }));
    expect(message).toMatch(/^Your policy also allows s3:PutObject on arn:aws:s3:::reports\/q1\.csv /);
    expect(await grade(writer, check('within', { actions: ['s3:GetObject', 's3:ListBucket'] }))).toBeUndefined();
    expect(await grade(writer, check('within', { services: ['iam'] }))).toBeUndefined();
  });

  it('prefers an example on a resource the account holds over made-up ones', async () => {
    const everything = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const message = await grade(everything, check('within'));
    expect(message).toMatch(/^Your policy also allows s3:\w+ on arn:aws:s3:::(reports|payroll|reports-archive)(\/[\w.]+)? \(/);
    expect(message).not.toContain('iam-lab-other');
  });

  it('a look-alike bucket wildcard is caught on the other bucket', async () => {
    expect(await grade(LOOK_ALIKE, check('within'))).toMatch(/reports-archive/);
  });

  it('too narrow fails covers and equals with one missing grant, but is within', async () => {
    expect(await grade(TOO_NARROW, check('covers'))).toBe('Your policy does not yet allow s3:ListBucket on arn:aws:s3:::reports.');
    expect(await grade(TOO_NARROW, check('equals'))).toBe('Your policy does not yet allow s3:ListBucket on arn:aws:s3:::reports.');
    expect(await grade(TOO_NARROW, check('within'))).toBeUndefined();
  });

  it('no policy at all is missing access; an unknown principal is named', async () => {
    expect(await grade(undefined, check('covers'))).toMatch(/^Your policy does not yet allow s3:/);
    expect(await grade(REFERENCE, check('equals', { as: 'user/nobody' }))).toBe('There is no user/nobody whose access could be checked.');
  });

  it('the lesson schema accepts the check and rejects a bad relation', () => {
    expect(v.safeParse(checkSchema, check('equals', { services: ['s3'], actions: ['s3:Get*'] })).success).toBe(true);
    expect(v.safeParse(checkSchema, { ...check('equals'), reference: JSON.stringify(REFERENCE) }).success).toBe(true);
    expect(v.safeParse(checkSchema, { ...check('equals'), relation: 'same' }).success).toBe(false);
  });
});
