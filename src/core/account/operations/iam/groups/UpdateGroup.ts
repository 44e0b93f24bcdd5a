/** UpdateGroup: renames a group or moves it to another path; its members and policies follow it. */
import { entityAlreadyExists } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { iamArn } from '../../../shapes.ts';
import { findGroup, GROUP_NAME_PARAM, groupArnFor, groupNotFound, membersOf } from './shared.ts';

export interface UpdateGroupParams {
  GroupName: string;
  NewPath?: string;
  NewGroupName?: string;
}

export const UpdateGroup = defineOperation<UpdateGroupParams, undefined>({
  service: 'iam',
  name: 'UpdateGroup',
  summary: 'Updates the name and/or the path of the specified IAM group.',
  params: [
    GROUP_NAME_PARAM,
    { name: 'NewPath', type: 'string', min: 1, max: 512, pattern: PATTERNS.path, doc: 'The new path for the group.' },
    { name: 'NewGroupName', type: 'string', min: 1, max: 128, pattern: PATTERNS.name, doc: 'The new name for the group.' },
  ],
  resource: (ctx, p) => groupArnFor(ctx.state, p.GroupName),
  run(ctx, p) {
    const { state } = ctx;
    const group = findGroup(state, p.GroupName);
    if (!group) return groupNotFound(p.GroupName);
    const newName = p.NewGroupName ?? group.groupName;
    const other = findGroup(state, newName);
    if (other && other !== group) return entityAlreadyExists(`Group with name ${newName} already exists.`);
    const oldLower = group.groupName.toLowerCase();
    for (const u of membersOf(state, group)) u.groups = u.groups.map((n) => (n.toLowerCase() === oldLower ? newName : n));
    delete state.groups[oldLower];
    group.groupName = newName;
    group.path = p.NewPath ?? group.path;
    group.arn = iamArn(state, 'group', group.path, newName);
    state.groups[newName.toLowerCase()] = group;
    return undefined;
  },
});
