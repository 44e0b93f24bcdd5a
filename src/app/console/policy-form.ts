/**
 * The console's policy forms as data: Create policy (name, optional description and path, the JSON
 * document with the validator's findings) and Edit policy (a new default version; when five versions
 * exist, the non-default one to delete first, as the IAM console asks).
 */
import type { AccountState } from '../../core/account/model.ts';
import { QUOTAS } from '../../core/account/quotas.ts';
import { validatePolicy } from '../../core/policy/validate.ts';
import type { Finding } from '../../core/policy/types.ts';
import type { PlannedCall } from '../editor/save-plan.ts';
import { TEMPLATES, type PolicyTemplate } from '../editor/templates.ts';
import { prettyDocument } from './policies-view.ts';

/** What the learner typed in Create policy. */
export interface PolicyFormInput {
  name: string;
  description: string;
  /** '' means the default path `/`. */
  path: string;
  document: string;
}

/** The editor's starting templates that fit a customer-managed policy (identity policies). */
export function startingTemplates(): PolicyTemplate[] {
  return TEMPLATES.filter((t) => t.kind === 'identity');
}

/** A fresh Create policy form, starting from the first template. */
export function emptyPolicyForm(): PolicyFormInput {
  return { name: '', description: '', path: '', document: startingTemplates()[0]?.text ?? '' };
}

/** The validator's findings on a managed policy's document (an identity policy). */
export function documentFindings(text: string): Finding[] {
  return validatePolicy(text, { kind: 'identity' });
}

/** How many findings block saving (ERROR findings: AWS would refuse the document, or it cannot work). */
export function blockingCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.findingType === 'ERROR').length;
}

const PATH = /^\/(?:[\u0021-\u007E]*\/)?$/;

/** Problems with the name, description and path, as short sentences (empty when they are fine). */
export function formProblems(input: PolicyFormInput): string[] {
  const out: string[] = [];
  const name = input.name.trim();
  if (name === '') out.push('Enter a policy name.');
  else if (!/^[\w+=,.@-]+$/.test(name)) out.push('A policy name may contain only letters, digits and + = , . @ _ -');
  else if (name.length > 128) out.push('A policy name can have at most 128 characters.');
  if (input.description.length > 1000) out.push('A description can have at most 1,000 characters.');
  const path = input.path.trim();
  if (path !== '' && (!PATH.test(path) || path.length > 512)) out.push('A path starts and ends with / (for example /billing/) and has at most 512 characters.');
  return out;
}

/** Why Save is refused, as short sentences: the form's problems, then the document's errors. */
export function saveBlockers(input: PolicyFormInput, findings: readonly Finding[]): string[] {
  const out = formProblems(input);
  const errors = blockingCount(findings);
  if (errors > 0) out.push(`Fix the policy's ${errors === 1 ? 'error' : `${errors} errors`} first.`);
  return out;
}

/** CreatePolicy's parameters for the form (Description and Path only when given). */
export function createPolicyParams(input: PolicyFormInput): Record<string, unknown> {
  const params: Record<string, unknown> = { PolicyName: input.name.trim(), PolicyDocument: input.document };
  const description = input.description.trim();
  if (description !== '') params.Description = description;
  const path = input.path.trim();
  if (path !== '' && path !== '/') params.Path = path;
  return params;
}

/** The ARN CreatePolicy gives the form's policy. */
export function createdPolicyArn(accountId: string, input: PolicyFormInput): string {
  const path = input.path.trim() || '/';
  return `arn:aws:iam::${accountId}:policy${path}${input.name.trim()}`;
}

/** Where Edit policy starts: the default version's document, pretty-printed. */
export function editStartText(state: AccountState, arn: string): string {
  const p = state.policies[arn];
  const def = p?.versions.find((v) => v.isDefault);
  return def ? prettyDocument(def.document) : '';
}

/** The versions the learner may choose to delete when the policy already has the most versions AWS keeps ([] when no choice is needed). */
export function versionsToReplace(state: AccountState, arn: string): string[] {
  const p = state.policies[arn];
  if (!p || p.versions.length < QUOTAS.VersionsPerPolicyQuota) return [];
  return p.versions.filter((v) => !v.isDefault).map((v) => v.versionId);
}

/**
 * The calls that save an edit: CreatePolicyVersion with SetAsDefault, after DeletePolicyVersion of the
 * chosen version when the policy is full; or why it cannot be saved.
 */
export function editPlan(state: AccountState, arn: string, document: string, deleteVersion: string): PlannedCall[] | { problem: string } {
  const p = state.policies[arn];
  if (!p) return { problem: `There is no policy ${arn}.` };
  if (p.awsManaged) return { problem: 'AWS managed policies belong to AWS: no account can edit them.' };
  const create: PlannedCall = { operation: 'CreatePolicyVersion', params: { PolicyArn: arn, PolicyDocument: document, SetAsDefault: true } };
  const choices = versionsToReplace(state, arn);
  if (choices.length === 0) return [create];
  if (!choices.includes(deleteVersion)) return { problem: `A policy keeps at most ${QUOTAS.VersionsPerPolicyQuota} versions: choose the version to delete.` };
  return [{ operation: 'DeletePolicyVersion', params: { PolicyArn: arn, VersionId: deleteVersion } }, create];
}
