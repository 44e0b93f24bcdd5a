/** UpdateRole: change a role's description or maximum session duration. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { DESCRIPTION_PARAM, MAX_SESSION_PARAM, noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface UpdateRoleParams {
  RoleName: string;
  Description?: string;
  MaxSessionDuration?: number;
}

export const UpdateRole = defineOperation<UpdateRoleParams, undefined>({
  service: 'iam',
  name: 'UpdateRole',
  summary: 'Updates the description or maximum session duration setting of a role.',
  params: [roleNameParam('The role to update.'), DESCRIPTION_PARAM, MAX_SESSION_PARAM],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    if (p.Description !== undefined) role.description = p.Description;
    if (p.MaxSessionDuration !== undefined) role.maxSessionDuration = p.MaxSessionDuration;
    return undefined;
  },
});
