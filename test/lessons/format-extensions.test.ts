/**
 * The small additions the ten lessons needed in the lesson format: actions that must fail (`fails`), an
 * event's error code (`errorCode`), explicit and implicit deny as request expectations, and hardware
 * tokens in start.yaml. Each is shown to pass and to fail.
 */
import { describe, expect, it } from 'vitest';
import { fixedEnv } from '../../src/core/account/env.ts';
import { call, newLab, T0 } from '../../src/core/account/testing.ts';
import { gradeCheck } from '../../src/lessons/grader.ts';
import { replayActions } from '../../src/lessons/replay.ts';
import { cliReplayTools } from '../../src/lessons/cli-tools.ts';
import { buildStartState } from '../../src/lessons/start-state.ts';
import type { Check } from '../../src/lessons/types.ts';
import type { SolutionAction } from '../../src/lessons/loader.ts';
import * as v from 'valibot';
import { actionSchema, checkSchema } from '../../src/lessons/schema.ts';
import { startSpecSchema } from '../../src/lessons/start-spec.ts';

const env = fixedEnv(T0);
const grade = (check: Check, state: Parameters<typeof gradeCheck>[1]['state']) => gradeCheck(check, { state, nowMs: T0, answers: {} });

describe('actions that must fail', () => {
  it('pass when the call fails with the named error, and fail when it succeeds or fails otherwise', async () => {
    const { state } = newLab();
    await call({ state, env }, 'iam', 'CreateUser', { UserName: 'intern' });
    const denied: SolutionAction = v.parse(actionSchema, { cli: 'aws iam list-users', as: 'user/intern', fails: 'AccessDenied' });
    expect((await replayActions(state, [denied], env, {}, cliReplayTools)).ok).toBe(true);
    const asRoot: SolutionAction = v.parse(actionSchema, { cli: 'aws iam list-users', fails: 'AccessDenied' });
    const r = await replayActions(state, [asRoot], env, {}, cliReplayTools);
    expect(r.ok).toBe(false);
    expect(r.failure?.output).toMatch(/^succeeded, but should fail with AccessDenied/);
    const otherError: SolutionAction = v.parse(actionSchema, { api: 'Action=GetUser&UserName=nobody&Version=2010-05-08', fails: 'AccessDenied' });
    expect((await replayActions(state, [otherError], env, {}, cliReplayTools)).failure?.output).toContain('NoSuchEntity');
  });
});

describe('event errorCode', () => {
  it('matches only calls that failed with that code', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 14 });
    await call(lab, 'iam', 'CreateUser', { UserName: 'alice' });
    const check = v.parse(checkSchema, { kind: 'event', label: 'rejected', match: { operation: 'CreateLoginProfile', errorCode: 'PasswordPolicyViolation' } }) as Check;
    expect(grade(check, lab.state).message).toBe('The history has no CreateLoginProfile call that failed with PasswordPolicyViolation yet.');
    await call(lab, 'iam', 'CreateLoginProfile', { UserName: 'alice', Password: 'short' });
    expect(grade(check, lab.state).passed).toBe(true);
  });
});

describe('explicit and implicit deny', () => {
  it('tells a Deny statement from a missing Allow', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'analyst' });
    const req = (expect: string): Check => v.parse(checkSchema, { kind: 'request', label: 'l', as: 'user/analyst', action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/a', expect }) as Check;
    expect(grade(req('implicit-deny'), lab.state).passed).toBe(true);
    expect(grade(req('explicit-deny'), lab.state).message).toBe('user/analyst cannot do s3:DeleteObject on arn:aws:s3:::reports/a, but only because nothing allows it: no Deny statement matches it.');
    lab.state.users.analyst!.inlinePolicies.deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] });
    expect(grade(req('explicit-deny'), lab.state).passed).toBe(true);
    expect(grade(req('implicit-deny'), lab.state).passed).toBe(false);
    expect(grade(req('denied'), lab.state).passed).toBe(true);
    lab.state.users.analyst!.inlinePolicies.deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    expect(grade(req('explicit-deny'), lab.state).message).toContain('no Deny statement stops it');
  });

  it('names the request context in its message', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'analyst' });
    const check = v.parse(checkSchema, { kind: 'request', label: 'l', as: 'user/analyst', action: 's3:GetObject', resource: 'arn:aws:s3:::r/a', context: { 'aws:MultiFactorAuthPresent': true }, expect: 'allowed' }) as Check;
    expect(grade(check, lab.state).message).toBe('user/analyst cannot yet do s3:GetObject on arn:aws:s3:::r/a with aws:MultiFactorAuthPresent = true.');
  });
});

describe('hardware tokens in start.yaml', () => {
  it('gives the learner a token whose serial EnableMFADevice accepts', async () => {
    const spec = v.parse(startSpecSchema, { hardwareTokens: [{ serial: 'GAHT00012345' }] });
    const state = await buildStartState(spec, T0);
    expect(Object.keys(state.hardwareTokens ?? {})).toEqual(['GAHT00012345']);
    expect(v.safeParse(startSpecSchema, { hardwareTokens: [{ serial: 'ABC' }] }).success).toBe(false);
  });
});
