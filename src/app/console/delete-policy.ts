/**
 * Deleting a customer-managed policy from the console, as the IAM console does it: detach it from every
 * user, group and role, delete its non-default versions, then DeletePolicy (which takes the default
 * version with it). The planner is pure (state + ARN -> ordered calls); the page runs them with
 * ConsoleState.runCalls (each result and command line shown, stopping at the first failure).
 */
import type { AccountState } from '../../core/account/model.ts';
import type { PlannedCall } from '../editor/save-plan.ts';
import type { CleanupCall } from './delete-user.ts';
import { policyEntities, type PolicyEntity } from './policies-view.ts';

const DETACH: Record<PolicyEntity['kind'], [string, string]> = {
  user: ['DetachUserPolicy', 'UserName'],
  group: ['DetachGroupPolicy', 'GroupName'],
  role: ['DetachRolePolicy', 'RoleName'],
};

/** The call that detaches a policy from one entity it is attached to. */
export function detachCall(entity: Pick<PolicyEntity, 'kind' | 'name'>, policyArn: string): PlannedCall {
  const [operation, param] = DETACH[entity.kind];
  return { operation, params: { [param]: entity.name, PolicyArn: policyArn } };
}

/**
 * The calls that delete a policy, in order, each labelled with what it removes (shown in the delete
 * dialog); or why the console will not plan them: no such policy, an AWS-managed policy, or a policy
 * used as a permissions boundary (removing a boundary widens what its user or role may do, so the
 * learner decides that on the user's or role's page first).
 */
export function deletePolicyPlan(state: AccountState, arn: string): CleanupCall[] | { problem: string } {
  const policy = state.policies[arn];
  if (!policy) return { problem: `There is no policy ${arn}.` };
  if (policy.awsManaged) return { problem: 'AWS managed policies belong to AWS: no account can edit or delete them.' };
  const entities = policyEntities(state, arn);
  const boundaries = entities.filter((e) => e.use === 'boundary');
  if (boundaries.length > 0) {
    const names = boundaries.map((e) => `${e.kind} ${e.name}`).join(', ');
    return {
      problem: `${policy.policyName} is the permissions boundary of ${names}. Removing a boundary lets that identity do more, so remove it there first, then delete the policy.`,
    };
  }
  const defaultId = policy.versions.find((v) => v.isDefault)?.versionId ?? '';
  return [
    ...entities.map((e) => ({ ...detachCall(e, arn), label: `Attachment to ${e.kind} ${e.name}` })),
    ...policy.versions
      .filter((v) => !v.isDefault)
      .map((v) => ({ operation: 'DeletePolicyVersion', params: { PolicyArn: arn, VersionId: v.versionId }, label: `Version ${v.versionId}` })),
    { operation: 'DeletePolicy', params: { PolicyArn: arn }, label: `Policy ${policy.policyName} with its default version ${defaultId}` },
  ];
}
