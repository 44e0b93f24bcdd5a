/** UpdateAssumeRolePolicy: replace a role's trust policy. */
import { noSuchEntity } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { POLICY_DOCUMENT_PARAM } from '../../../policy-documents.ts';
import { findRole } from '../../../principals.ts';
import { checkTrustPolicy, noRoleMessage, roleArnFor, roleNameParam } from './role-ref.ts';

export interface UpdateAssumeRolePolicyParams {
  RoleName: string;
  PolicyDocument: string;
}

export const UpdateAssumeRolePolicy = defineOperation<UpdateAssumeRolePolicyParams, undefined>({
  service: 'iam',
  name: 'UpdateAssumeRolePolicy',
  summary: 'Updates the policy that grants an IAM entity permission to assume a role (its trust policy).',
  params: [roleNameParam('The role whose trust policy to replace.'), { ...POLICY_DOCUMENT_PARAM, doc: 'The new trust policy (file://trust.json on the command line).' }],
  resource: (ctx, p) => roleArnFor(ctx, p.RoleName),
  run(ctx, p) {
    const role = findRole(ctx.state, p.RoleName);
    if (!role) return noSuchEntity(noRoleMessage(p.RoleName));
    const bad = checkTrustPolicy(p.PolicyDocument);
    if (bad) return bad;
    role.assumeRolePolicyDocument = p.PolicyDocument;
    return undefined;
  },
});
