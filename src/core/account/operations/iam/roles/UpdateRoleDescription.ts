/** UpdateRoleDescription: set a role's description and return the role. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { DESCRIPTION_PARAM, noRoleMessage, roleArnFor, roleJson, roleNameParam } from './role-ref.ts';

export interface UpdateRoleDescriptionParams {
  RoleName: string;
  Description: string;
}

export const UpdateRoleDescription = defineOperation<UpdateRoleDescriptionParams, { Role: Record<string, unknown> }>({
  service: 'iam',
  name: 'UpdateRoleDescription',
  summary: 'Modifies the description of a role.',
  params: [roleNameParam('The role to update.'), { ...DESCRIPTION_PARAM, required: true }],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    role.description = p.Description;
    return { Role: roleJson(role, { details: true }) };
  },
});
