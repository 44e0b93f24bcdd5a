/** DeleteRole: only a role with no policies left (attached or inline) can be deleted; its sessions end. */
import { deleteConflict, noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface DeleteRoleParams {
  RoleName: string;
}

export const DeleteRole = defineOperation<DeleteRoleParams, undefined>({
  service: 'iam',
  name: 'DeleteRole',
  summary: 'Deletes the specified role. Its managed policies must be detached and inline policies deleted first.',
  params: [roleNameParam('The role to delete.')],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const { state } = ctx;
    const role = findRole(state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    if (role.attachedPolicies.length > 0) return deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(role.inlinePolicies).length > 0) return deleteConflict('Cannot delete entity, must delete policies first.');
    delete state.roles[role.roleName.toLowerCase()];
    // Sessions of a deleted role no longer authenticate (principals.ts finds no role for them).
    return undefined;
  },
});
