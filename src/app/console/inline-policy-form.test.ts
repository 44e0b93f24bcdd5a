import { describe, expect, it } from 'vitest';
import { call, newLab } from '../../core/account/testing.ts';
import { checkPolicyForm, documentFindings, errorCount, inlineDocument, inlinePolicyNames, NEW_POLICY_TEMPLATE, policyNameProblems, putInlineCall, trustPolicyCall } from './inline-policy-form.ts';
import { accountTrustPolicy } from './roles-view.ts';

const GOOD = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}';

describe('inline policy form', () => {
  it('saves a new inline policy on a user, a group and a role with the right Put call, and reads it back pretty', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateUser', { UserName: 'Bob' });
    await call(lab, 'iam', 'CreateGroup', { GroupName: 'devs' });
    await call(lab, 'iam', 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: accountTrustPolicy(lab.state.accountId) });
    for (const owner of [{ kind: 'user', name: 'Bob' }, { kind: 'group', name: 'devs' }, { kind: 'role', name: 'app' }] as const) {
      const check = checkPolicyForm('ReadReports', GOOD, inlinePolicyNames(lab.state, owner), false);
      expect(check).toMatchObject({ errors: 0, problems: [], canSave: true });
      const put = putInlineCall(owner, ' ReadReports ', GOOD);
      const r = await call(lab, 'iam', put.operation, put.params, { kind: 'root' }, 'console');
      expect(r.ok).toBe(true);
      expect(inlinePolicyNames(lab.state, owner)).toEqual(['ReadReports']);
      const shown = inlineDocument(lab.state, owner, 'ReadReports')!;
      expect(shown).toContain('\n  "Statement"');
      expect(JSON.parse(shown)).toEqual(JSON.parse(GOOD));
    }
    expect(putInlineCall({ kind: 'group', name: 'devs' }, 'p', GOOD)).toEqual({ operation: 'PutGroupPolicy', params: { GroupName: 'devs', PolicyName: 'p', PolicyDocument: GOOD } });
    expect(inlineDocument(lab.state, { kind: 'user', name: 'bob' }, 'nope')).toBeUndefined();
    expect(inlinePolicyNames(lab.state, { kind: 'role', name: 'ghost' })).toEqual([]);
  });

  it('refuses to save a broken document and shows where it breaks', () => {
    const broken = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject" "Resource":"*"}]}';
    const check = checkPolicyForm('p', broken, [], false);
    expect(check.errors).toBeGreaterThan(0);
    expect(check.canSave).toBe(false);
    expect(check.findings[0]).toMatchObject({ findingType: 'ERROR', span: { start: { line: 1 } } });
    // An unknown effect is an error too, not only bad JSON.
    expect(errorCount(documentFindings(GOOD.replace('"Allow"', '"Permit"')))).toBeGreaterThan(0);
    expect(checkPolicyForm('p', '   ', [], false)).toMatchObject({ canSave: false, problems: ['Enter the policy document.'] });
  });

  it('checks the name of a new policy but keeps an edited one\'s', () => {
    expect(policyNameProblems('', [], false)).toEqual(['Enter a policy name.']);
    expect(policyNameProblems('bad name', [], false)).toHaveLength(1);
    expect(policyNameProblems('x'.repeat(129), [], false)).toHaveLength(1);
    expect(policyNameProblems('ReadReports', ['ReadReports'], false)).toEqual(['There is already an inline policy named ReadReports: edit that one instead.']);
    expect(policyNameProblems('ReadReports', ['ReadReports'], true)).toEqual([]);
    expect(checkPolicyForm('ReadReports', GOOD, ['ReadReports'], true).canSave).toBe(true);
  });

  it('starts from a template that parses but asks for actions', () => {
    const findings = documentFindings(NEW_POLICY_TEMPLATE);
    expect(() => JSON.parse(NEW_POLICY_TEMPLATE) as unknown).not.toThrow();
    expect(findings.length).toBeGreaterThan(0);
  });

  it('checks a trust policy as a trust policy and replaces it with UpdateAssumeRolePolicy', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: accountTrustPolicy(lab.state.accountId) });
    const ec2 = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
    expect(checkPolicyForm('', ec2, [], true, 'trust')).toMatchObject({ errors: 0, canSave: true });
    // The same document as an identity policy would be wrong: Principal does not belong there.
    expect(checkPolicyForm('', ec2, [], true, 'identity').errors).toBeGreaterThan(0);
    const upd = trustPolicyCall('app', ec2);
    expect((await call(lab, 'iam', upd.operation, upd.params, { kind: 'root' }, 'console')).ok).toBe(true);
    expect(lab.state.roles['app']?.assumeRolePolicyDocument).toBe(ec2);
  });
});
