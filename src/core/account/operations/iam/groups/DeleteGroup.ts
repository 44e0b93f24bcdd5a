/** DeleteGroup: only an empty group with no policies can be deleted, as in AWS. */
import { deleteConflict } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findGroup, GROUP_NAME_PARAM, groupArnFor, groupNotFound, membersOf } from './shared.ts';

export interface DeleteGroupParams {
  GroupName: string;
}

export const DeleteGroup = defineOperation<DeleteGroupParams, undefined>({
  service: 'iam',
  name: 'DeleteGroup',
  summary: 'Deletes the specified IAM group. It must have no users, attached policies or inline policies.',
  params: [GROUP_NAME_PARAM],
  resource: (ctx, p) => groupArnFor(ctx.state, p.GroupName),
  run(ctx, p) {
    const { state } = ctx;
    const group = findGroup(state, p.GroupName);
    if (!group) return groupNotFound(p.GroupName);
    if (membersOf(state, group).length > 0) return deleteConflict('Cannot delete entity, must remove users from group first.');
    if (group.attachedPolicies.length > 0) return deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(group.inlinePolicies).length > 0) return deleteConflict('Cannot delete entity, must delete policies first.');
    delete state.groups[group.groupName.toLowerCase()];
    return undefined;
  },
});
