/** AccessDenied wording as AWS words it, per deciding stage (IAM User Guide: troubleshoot access denied). */
import { describe, expect, it } from 'vitest';
import { call, newLab } from './testing.ts';

const ACCOUNT = '111122223333';
const doc = (effect: 'Allow' | 'Deny', action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: action, Resource: '*' }] });
const head = `User: arn:aws:iam::${ACCOUNT}:user/dev is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/`;

async function devLab() {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'dev' });
  await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Boundary', PolicyDocument: doc('Allow', 's3:*') });
  return lab;
}
const asDev = { kind: 'user', userName: 'dev' } as const;

describe('AccessDenied messages', () => {
  it('names the missing identity-based allow', async () => {
    const lab = await devLab();
    const r = await call(lab, 'iam', 'ListUsers', {}, asDev);
    expect(r).toMatchObject({ ok: false, error: { code: 'AccessDenied', message: `${head} because no identity-based policy allows the iam:ListUsers action` } });
  });

  it('names the permissions boundary when it is what denies', async () => {
    const lab = await devLab();
    await call(lab, 'iam', 'PutUserPolicy', { UserName: 'dev', PolicyName: 'all', PolicyDocument: doc('Allow', '*') });
    await call(lab, 'iam', 'PutUserPermissionsBoundary', { UserName: 'dev', PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/Boundary` });
    const r = await call(lab, 'iam', 'ListUsers', {}, asDev);
    expect(r).toMatchObject({ ok: false, error: { message: `${head} because no permissions boundary allows the iam:ListUsers action` } });
  });

  it('names an explicit deny and where it is', async () => {
    const lab = await devLab();
    await call(lab, 'iam', 'PutUserPolicy', { UserName: 'dev', PolicyName: 'all', PolicyDocument: doc('Allow', '*') });
    await call(lab, 'iam', 'PutUserPolicy', { UserName: 'dev', PolicyName: 'no', PolicyDocument: doc('Deny', 'iam:List*') });
    const r = await call(lab, 'iam', 'ListUsers', {}, asDev);
    expect(r).toMatchObject({ ok: false, error: { message: `${head} with an explicit deny in an identity-based policy` } });
  });
});
