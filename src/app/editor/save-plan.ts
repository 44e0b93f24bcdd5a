/**
 * Saving from the editor as console calls: a new customer-managed policy, a new default version of
 * one, or an inline policy on a user, group or role; then, for a managed policy, attaching it.
 * Pure: returns the calls; the editor runs each through workspace.call(..., 'console').
 */
import type { AccountState } from '../../core/account/model.ts';

/** What the learner chose in the save form. */
export interface SaveChoice {
  mode: 'create' | 'version' | 'inline';
  /** Policy name (create, inline). */
  name: string;
  /** Existing customer-managed policy ARN (version). */
  policyArn: string;
  /** `user/NAME`, `group/NAME`, `role/NAME` — inline target, or attach target ('' = do not attach). */
  target: string;
}

/** One planned API call. */
export interface PlannedCall {
  operation: string;
  params: Record<string, unknown>;
}

const INLINE_OPS: Record<string, [string, string]> = { user: ['PutUserPolicy', 'UserName'], group: ['PutGroupPolicy', 'GroupName'], role: ['PutRolePolicy', 'RoleName'] };
const ATTACH_OPS: Record<string, [string, string]> = { user: ['AttachUserPolicy', 'UserName'], group: ['AttachGroupPolicy', 'GroupName'], role: ['AttachRolePolicy', 'RoleName'] };

function splitTarget(target: string): [string, string] | undefined {
  const slash = target.indexOf('/');
  if (slash < 0) return undefined;
  return [target.slice(0, slash), target.slice(slash + 1)];
}

/** The calls for a choice, or a problem sentence. */
export function savePlan(choice: SaveChoice, document: string, accountId: string): PlannedCall[] | { problem: string } {
  const target = splitTarget(choice.target);
  const name = choice.name.trim();
  if (choice.mode === 'inline') {
    const op = target && INLINE_OPS[target[0]];
    if (!target || !op) return { problem: 'Choose the user, group or role to put the inline policy on.' };
    if (name === '') return { problem: 'Name the inline policy.' };
    return [{ operation: op[0], params: { [op[1]]: target[1], PolicyName: name, PolicyDocument: document } }];
  }
  const calls: PlannedCall[] = [];
  let arn: string;
  if (choice.mode === 'create') {
    if (name === '') return { problem: 'Name the policy.' };
    calls.push({ operation: 'CreatePolicy', params: { PolicyName: name, PolicyDocument: document } });
    arn = `arn:aws:iam::${accountId}:policy/${name}`;
  } else {
    if (choice.policyArn === '') return { problem: 'Choose the policy to add a version to.' };
    calls.push({ operation: 'CreatePolicyVersion', params: { PolicyArn: choice.policyArn, PolicyDocument: document, SetAsDefault: true } });
    arn = choice.policyArn;
  }
  const attach = target && ATTACH_OPS[target[0]];
  if (target && attach) calls.push({ operation: attach[0], params: { [attach[1]]: target[1], PolicyArn: arn } });
  return calls;
}

/** Customer-managed policies of the account (for "new version"), by name. */
export function customerPolicies(state: AccountState): { arn: string; name: string }[] {
  return Object.values(state.policies)
    .filter((p) => !p.awsManaged)
    .map((p) => ({ arn: p.arn, name: p.policyName }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Users, groups and roles as `kind/NAME` targets. */
export function principalTargets(state: AccountState): { value: string; label: string }[] {
  return [
    ...Object.values(state.users).map((u) => ({ value: `user/${u.userName}`, label: `user ${u.userName}` })),
    ...Object.values(state.groups).map((g) => ({ value: `group/${g.groupName}`, label: `group ${g.groupName}` })),
    ...Object.values(state.roles).map((r) => ({ value: `role/${r.roleName}`, label: `role ${r.roleName}` })),
  ];
}
