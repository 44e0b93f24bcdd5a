/** PutRolePermissionsBoundary: set (or replace) the managed policy that bounds a role's permissions. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface PutRolePermissionsBoundaryParams {
  RoleName: string;
  PermissionsBoundary: string;
}

export const PutRolePermissionsBoundary = defineOperation<PutRolePermissionsBoundaryParams, undefined>({
  service: 'iam',
  name: 'PutRolePermissionsBoundary',
  summary: "Adds or updates the policy that is specified as the IAM role's permissions boundary.",
  params: [
    roleNameParam('The role to set the boundary on.'),
    { name: 'PermissionsBoundary', type: 'string', required: true, min: 20, max: 2048, doc: 'ARN of the managed policy to use as the boundary.' },
  ],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  context: (_ctx, p) => ({ 'iam:PermissionsBoundary': p.PermissionsBoundary }),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    if (!ctx.state.policies[p.PermissionsBoundary]) return noSuchEntity(`Scope ARN: ${p.PermissionsBoundary} does not exist or is not attachable.`);
    role.permissionsBoundary = p.PermissionsBoundary;
    return undefined;
  },
});
