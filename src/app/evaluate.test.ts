import { describe, expect, it } from 'vitest';
import type { PolicySetKind } from '../core/engine/types.ts';
import { validatePolicy } from '../core/policy/validate.ts';
import { evaluate, statusOf, type RequestForm } from './evaluate.ts';

const form: RequestForm = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::reports/q1.csv',
  resourceAccount: '',
  contextRows: [],
};

function boxes(...texts: [PolicySetKind, string][]) {
  return texts.map(([kind, text], i) => statusOf({ id: i + 1, kind, name: `${kind} ${i + 1}`, text }, (d) => validatePolicy(d.text)));
}

const allow = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
});

describe('evaluate', () => {
  it('decides with the real engine and ignores empty boxes', () => {
    const outcome = evaluate(boxes(['identity', allow], ['boundary', '   ']), form);
    expect(outcome.status).toBe('decided');
    if (outcome.status !== 'decided') return;
    expect(outcome.view.headline).toBe('Allow');
    expect(outcome.view.deciding.map((l) => l.sid)).toEqual(['Read']);
  });

  it('names the malformed policy and the line of its first error instead of evaluating', () => {
    const outcome = evaluate(boxes(['identity', allow], ['identity', '{\n  "Version": "2012-10-17",\n  "Statement": [ }']), form);
    expect(outcome.status).toBe('fix-policies');
    if (outcome.status !== 'fix-policies') return;
    expect(outcome.broken.map((b) => b.name)).toEqual(['identity 2']);
    expect(outcome.broken[0]?.finding?.span.start.line).toBe(3);
  });

  it('asks for the missing request fields and bad context values', () => {
    const outcome = evaluate(boxes(['identity', allow]), {
      ...form,
      action: 'GetObject',
      resourceAccount: '123',
      contextRows: [{ id: 1, key: 'aws:MultiFactorAuthAge', type: 'number', value: 'soon' }],
    });
    expect(outcome.status).toBe('fix-request');
    if (outcome.status !== 'fix-request') return;
    expect(outcome.problems).toHaveLength(3);
  });

  it('reports a JSON value that is not a policy object without throwing', () => {
    const outcome = evaluate(boxes(['identity', '[1, 2]']), form);
    expect(outcome).toMatchObject({ status: 'engine-error', message: expect.stringMatching(/object/) });
  });
});
