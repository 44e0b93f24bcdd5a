/**
 * The console's inline-policy form (user, group or role) and the role's trust-policy editor as data: the
 * document a new policy starts from, the current document of an existing one, the validator's findings on
 * the text as typed, what keeps the form from saving, and the Put*Policy / UpdateAssumeRolePolicy call a
 * save makes. The document is sent as typed, so the command line echo shows exactly what was saved.
 */
import type { AccountState } from '../../core/account/model.ts';
import { validatePolicy } from '../../core/policy/validate.ts';
import type { Finding, PolicyKind } from '../../core/policy/types.ts';
import type { PlannedCall } from './create-user.ts';
import { prettyDocument } from './policies-view.ts';

/** Who holds an inline policy. */
export interface InlineOwner {
  kind: 'user' | 'group' | 'role';
  name: string;
}

/** What a new inline policy's text box starts with: a valid skeleton with one statement to fill in. */
export const NEW_POLICY_TEMPLATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [],
      "Resource": "*"
    }
  ]
}`;

const OWNER_PARAM = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;
const PUT_OPERATION = { user: 'PutUserPolicy', group: 'PutGroupPolicy', role: 'PutRolePolicy' } as const;

function holder(state: AccountState, owner: InlineOwner): { inlinePolicies: Record<string, string> } | undefined {
  const key = owner.name.toLowerCase();
  return owner.kind === 'user' ? state.users[key] : owner.kind === 'group' ? state.groups[key] : state.roles[key];
}

/** The owner's inline policies by name (empty when the owner does not exist). */
export function inlinePolicyNames(state: AccountState, owner: InlineOwner): string[] {
  return Object.keys(holder(state, owner)?.inlinePolicies ?? {}).sort();
}

/** One inline policy's document, pretty-printed (as stored when it is not valid JSON); undefined when absent. */
export function inlineDocument(state: AccountState, owner: InlineOwner, policyName: string): string | undefined {
  const text = holder(state, owner)?.inlinePolicies[policyName];
  return text === undefined ? undefined : prettyDocument(text);
}

/** The validator's findings on the text, as an identity policy or (the role editor) a trust policy. */
export function documentFindings(text: string, kind: Extract<PolicyKind, 'identity' | 'trust'> = 'identity'): Finding[] {
  return validatePolicy(text, { kind });
}

/** How many findings are errors (any one keeps the form from saving). */
export function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.findingType === 'ERROR').length;
}

/**
 * Problems with the policy's name, as sentences (empty when it is fine). A new policy may not take the
 * name of one the owner already has (saving would silently replace it); an edited one keeps its name.
 */
export function policyNameProblems(name: string, existing: readonly string[], editing: boolean): string[] {
  if (editing) return [];
  const n = name.trim();
  if (n === '') return ['Enter a policy name.'];
  if (!/^[\w+=,.@-]+$/.test(n)) return ['A policy name may contain only letters, digits and + = , . @ _ -'];
  if (n.length > 128) return ['A policy name can have at most 128 characters.'];
  if (existing.includes(n)) return [`There is already an inline policy named ${n}: edit that one instead.`];
  return [];
}

/** Everything the form shows below the text box, and whether Save is allowed. */
export interface FormCheck {
  findings: Finding[];
  errors: number;
  problems: string[];
  canSave: boolean;
}

/** Check the form as it is now. */
export function checkPolicyForm(name: string, text: string, existing: readonly string[], editing: boolean, kind: 'identity' | 'trust' = 'identity'): FormCheck {
  const findings = text.trim() === '' ? [] : documentFindings(text, kind);
  const problems = policyNameProblems(name, existing, editing);
  if (text.trim() === '') problems.push('Enter the policy document.');
  const errors = errorCount(findings);
  return { findings, errors, problems, canSave: problems.length === 0 && errors === 0 };
}

/** The call that saves an inline policy: PutUserPolicy, PutGroupPolicy or PutRolePolicy with the text as typed. */
export function putInlineCall(owner: InlineOwner, policyName: string, document: string): PlannedCall {
  return { operation: PUT_OPERATION[owner.kind], params: { [OWNER_PARAM[owner.kind]]: owner.name, PolicyName: policyName.trim(), PolicyDocument: document } };
}

/** The call that replaces a role's trust policy. */
export function trustPolicyCall(roleName: string, document: string): PlannedCall {
  return { operation: 'UpdateAssumeRolePolicy', params: { RoleName: roleName, PolicyDocument: document } };
}

/** What an identity page shows of its inline policies below the list: nothing, one policy's JSON, or the form. */
export type InlinePanel = { mode: 'closed' } | { mode: 'view' | 'edit'; policyName: string } | { mode: 'create' };
