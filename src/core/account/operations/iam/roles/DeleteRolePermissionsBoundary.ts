/** DeleteRolePermissionsBoundary: remove a role's permissions boundary (its policies then apply alone). */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface DeleteRolePermissionsBoundaryParams {
  RoleName: string;
}

export const DeleteRolePermissionsBoundary = defineOperation<DeleteRolePermissionsBoundaryParams, undefined>({
  service: 'iam',
  name: 'DeleteRolePermissionsBoundary',
  summary: 'Deletes the permissions boundary for the specified IAM role.',
  params: [roleNameParam('The role whose boundary to remove.')],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    delete role.permissionsBoundary;
    return undefined;
  },
});
