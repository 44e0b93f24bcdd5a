import { describe, expect, it } from 'vitest';
import { call, codeOf, newLab } from '../../core/account/testing.ts';
import { TEMPLATES } from '../editor/templates.ts';
import { breadcrumbs, navItems } from './nav.ts';
import {
  blockingCount,
  createdPolicyArn,
  createPolicyParams,
  documentFindings,
  editPlan,
  editStartText,
  emptyPolicyForm,
  formProblems,
  saveBlockers,
  startingTemplates,
  versionsToReplace,
} from './policy-form.ts';

const ARN = 'arn:aws:iam::111122223333:policy/Reports';
const doc = (action: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('Create policy form', () => {
  it('is a page of the Policies section', () => {
    expect(breadcrumbs({ page: 'create-policy' }).map((b) => b.label)).toEqual(['IAM', 'Policies', 'Create policy']);
    expect(navItems({ page: 'create-policy' }, false).filter((i) => i.current).map((i) => i.label)).toEqual(['Policies']);
  });

  it('starts from the editor templates, which the validator accepts', () => {
    const form = emptyPolicyForm();
    expect(startingTemplates().length).toBeGreaterThan(0);
    expect(startingTemplates().every((t) => TEMPLATES.includes(t))).toBe(true);
    expect(form.document).toBe(startingTemplates()[0]?.text);
    for (const t of startingTemplates()) expect(blockingCount(documentFindings(t.text)), t.id).toBe(0);
  });

  it('refuses to save while the JSON is broken or the name is bad, and says why', () => {
    const form = { ...emptyPolicyForm(), name: 'Reports' };
    expect(saveBlockers(form, documentFindings(form.document))).toEqual([]);
    const broken = { ...form, document: '{"Version": "2012-10-17", "Statement": [ {"Effect": "Allow", }' };
    const findings = documentFindings(broken.document);
    expect(blockingCount(findings)).toBeGreaterThan(0);
    expect(saveBlockers(broken, findings).at(-1)).toMatch(/^Fix the policy's (error|\d+ errors) first\.$/);
    expect(formProblems({ ...form, name: 'has space' })).toEqual(['A policy name may contain only letters, digits and + = , . @ _ -']);
    expect(formProblems({ ...form, name: ' ' })).toEqual(['Enter a policy name.']);
    expect(formProblems({ ...form, path: 'billing' })).toHaveLength(1);
    expect(formProblems({ ...form, path: '/billing/' })).toEqual([]);
    expect(formProblems({ ...form, description: 'x'.repeat(1001) })).toHaveLength(1);
    // A warning alone does not block saving.
    const wide = doc('*');
    expect(documentFindings(wide).length).toBeGreaterThan(0);
    expect(saveBlockers(form, documentFindings(wide))).toEqual([]);
  });

  it('makes CreatePolicy parameters the API accepts, at the ARN it predicts', async () => {
    const lab = newLab();
    const form = { name: ' Billing ', description: ' Reads bills ', path: '/finance/', document: doc('s3:GetObject') };
    const params = createPolicyParams(form);
    expect(params).toEqual({ PolicyName: 'Billing', PolicyDocument: form.document, Description: 'Reads bills', Path: '/finance/' });
    expect(createPolicyParams({ ...form, description: '', path: '' })).toEqual({ PolicyName: 'Billing', PolicyDocument: form.document });
    expect(codeOf(await call(lab, 'iam', 'CreatePolicy', params))).toBe('OK');
    const arn = createdPolicyArn(lab.state.accountId, form);
    expect(lab.state.policies[arn]?.description).toBe('Reads bills');
    expect(createdPolicyArn('111122223333', { ...form, path: '' })).toBe('arn:aws:iam::111122223333:policy/Billing');
  });
});

describe('Edit policy', () => {
  it('creates a default version, and with five versions deletes the chosen one first', async () => {
    const lab = newLab();
    await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'Reports', PolicyDocument: doc('s3:GetObject') });
    expect(JSON.parse(editStartText(lab.state, ARN))).toMatchObject({ Statement: [{ Action: 's3:GetObject' }] });
    expect(versionsToReplace(lab.state, ARN)).toEqual([]);
    const first = editPlan(lab.state, ARN, doc('s3:ListBucket'), '');
    expect(first).toEqual([{ operation: 'CreatePolicyVersion', params: { PolicyArn: ARN, PolicyDocument: doc('s3:ListBucket'), SetAsDefault: true } }]);
    for (let i = 0; i < 4; i++) await call(lab, 'iam', 'CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc(`s3:Get${i}`), SetAsDefault: i === 1 });
    expect(versionsToReplace(lab.state, ARN)).toEqual(['v1', 'v2', 'v4', 'v5']);
    expect(editPlan(lab.state, ARN, doc('s3:PutObject'), '')).toMatchObject({ problem: expect.stringMatching(/choose the version to delete/) });
    expect(editPlan(lab.state, ARN, doc('s3:PutObject'), 'v3')).toMatchObject({ problem: expect.any(String) });
    const plan = editPlan(lab.state, ARN, doc('s3:PutObject'), 'v2');
    if (!Array.isArray(plan)) throw new Error(plan.problem);
    expect(plan.map((p) => p.operation)).toEqual(['DeletePolicyVersion', 'CreatePolicyVersion']);
    for (const p of plan) expect(codeOf(await call(lab, 'iam', p.operation, p.params))).toBe('OK');
    expect(lab.state.policies[ARN]?.versions.map((v) => `${v.versionId}${v.isDefault ? '*' : ''}`)).toEqual(['v1', 'v3', 'v4', 'v5', 'v6*']);
    expect(editPlan(lab.state, 'arn:aws:iam::aws:policy/ReadOnlyAccess', doc('s3:*'), '')).toMatchObject({ problem: expect.stringMatching(/AWS managed/) });
  });
});
