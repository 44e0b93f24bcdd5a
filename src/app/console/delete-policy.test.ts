import { describe, expect, it } from 'vitest';
import { createAccount } from '../../core/account/create.ts';
import { fixedEnv } from '../../core/account/env.ts';
import { call, codeOf, newLab, T0 } from '../../core/account/testing.ts';
import { createMemoryStore } from '../../storage/index.ts';
import { Workspace } from '../workspace.svelte.ts';
import { consoleFor } from './console-state.svelte.ts';
import { deletePolicyPlan, detachCall } from './delete-policy.ts';

const ARN = 'arn:aws:iam::111122223333:policy/Reports';
const doc = (action: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

/** A policy with three versions (v3 default), attached to a user, a group and a role. */
async function busyPolicy(lab: Parameters<typeof call>[0]): Promise<void> {
  await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
  await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc('s3:ListBucket') });
  await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc('s3:*'), SetAsDefault: true });
  await call(lab, 'iam', 'CreateUser', { UserName: 'amy' });
  await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
  await call(lab, 'iam', 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: TRUST });
  await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'amy', PolicyArn: ARN });
  await call(lab, 'iam', 'AttachGroupPolicy', { GroupName: 'devs', PolicyArn: ARN });
  await call(lab, 'iam', 'AttachRolePolicy', { RoleName: 'app', PolicyArn: ARN });
}

describe('deletePolicyPlan', () => {
  it('detaches everywhere, deletes the other versions, then the policy; and the plan works against the API', async () => {
    const lab = newLab();
    await busyPolicy(lab);
    const plan = deletePolicyPlan(lab.state, ARN);
    if (!Array.isArray(plan)) throw new Error(plan.problem);
    expect(plan.map((p) => `${p.operation} ${JSON.stringify(p.params)}`)).toEqual([
      `DetachUserPolicy {"UserName":"amy","PolicyArn":"${ARN}"}`,
      `DetachGroupPolicy {"GroupName":"devs","PolicyArn":"${ARN}"}`,
      `DetachRolePolicy {"RoleName":"app","PolicyArn":"${ARN}"}`,
      `DeletePolicyVersion {"PolicyArn":"${ARN}","VersionId":"v1"}`,
      `DeletePolicyVersion {"PolicyArn":"${ARN}","VersionId":"v2"}`,
      `DeletePolicy {"PolicyArn":"${ARN}"}`,
    ]);
    expect(plan.map((p) => p.label)).toEqual([
      'Attachment to user amy',
      'Attachment to group devs',
      'Attachment to role app',
      'Version v1',
      'Version v2',
      'Policy Reports with its default version v3',
    ]);
    for (const p of plan) expect(codeOf(await call(lab, 'iam', p.operation, p.params))).toBe('OK');
    expect(lab.state.policies[ARN]).toBeUndefined();
    expect(lab.state.users.amy?.attachedPolicies).toEqual([]);
  });

  it('is just DeletePolicy for a policy with one version attached to nothing', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
    expect(deletePolicyPlan(lab.state, ARN)).toEqual([{ operation: 'DeletePolicy', params: { PolicyArn: ARN }, label: 'Policy Reports with its default version v1' }]);
  });

  it('refuses AWS managed policies, unknown ARNs and permissions boundaries', async () => {
    const lab = newLab();
    await busyPolicy(lab);
    expect(deletePolicyPlan(lab.state, 'arn:aws:iam::aws:policy/ReadOnlyAccess')).toMatchObject({ problem: expect.stringMatching(/AWS managed/) });
    expect(deletePolicyPlan(lab.state, `${ARN}X`)).toMatchObject({ problem: expect.stringMatching(/no policy/) });
    await call(lab, 'iam', 'CreateUser', { UserName: 'bob' });
    await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'bob', PermissionsBoundary: ARN });
    expect(deletePolicyPlan(lab.state, ARN)).toMatchObject({ problem: expect.stringMatching(/permissions boundary of user bob/) });
  });

  it('detaches from one entity', () => {
    expect(detachCall({ kind: 'group', name: 'devs' }, ARN)).toEqual({ operation: 'DetachGroupPolicy', params: { GroupName: 'devs', PolicyArn: ARN } });
    expect(detachCall({ kind: 'role', name: 'app' }, ARN)).toEqual({ operation: 'DetachRolePolicy', params: { RoleName: 'app', PolicyArn: ARN } });
  });
});

describe('deleting through the console', () => {
  it('runs the plan as console actions, each echoed as its command line', async () => {
    const ws = new Workspace('sandbox', { account: createAccount({ createdAt: T0 }), actingAs: 'root', revision: 0 }, createMemoryStore(), fixedEnv(T0));
    const lab = { state: ws.account, env: fixedEnv(T0) };
    await busyPolicy(lab);
    const c = consoleFor(ws);
    const plan = deletePolicyPlan(ws.account, ARN);
    if (!Array.isArray(plan)) throw new Error(plan.problem);
    expect(await c.runCalls(plan)).toBe(true);
    expect(c.results.map((r) => `${r.ok} ${r.cli}`)).toEqual([
      `true aws iam detach-user-policy --user-name amy --policy-arn ${ARN}`,
      `true aws iam detach-group-policy --group-name devs --policy-arn ${ARN}`,
      `true aws iam detach-role-policy --role-name app --policy-arn ${ARN}`,
      `true aws iam delete-policy-version --policy-arn ${ARN} --version-id v1`,
      `true aws iam delete-policy-version --policy-arn ${ARN} --version-id v2`,
      `true aws iam delete-policy --policy-arn ${ARN}`,
    ]);
    expect(c.results.slice(3).map((r) => r.text)).toEqual(['Version v1 of Reports deleted.', 'Version v2 of Reports deleted.', 'Policy Reports deleted.']);
    expect(ws.account.policies[ARN]).toBeUndefined();
    expect(ws.account.events.at(-1)?.via).toBe('console');
  });
});
