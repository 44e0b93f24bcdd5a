/** GetRole: a role with its trust policy, settings, boundary, tags and when it was last used. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { findRole } from '../../../principals.ts';
import { noRoleMessage, roleArnFor, roleJson, roleNameParam } from './role-ref.ts';

export interface GetRoleParams {
  RoleName: string;
}

export const GetRole = defineOperation<GetRoleParams, { Role: Record<string, unknown> }>({
  service: 'iam',
  name: 'GetRole',
  summary: "Retrieves information about the specified role, including the role's trust policy.",
  params: [roleNameParam('The role to describe.')],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    return { Role: roleJson(role, { details: true }) };
  },
});
