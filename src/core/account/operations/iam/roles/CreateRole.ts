/** CreateRole: a new role with a trust policy saying who may assume it, and no permissions yet. */
import type { RequestContext } from '../../../../engine/types.ts';
import { entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from '../../../errors.ts';
import { newUniqueId } from '../../../ids.ts';
import type { Role, Tag } from '../../../model.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { findRole } from '../../../principals.ts';
import { quotaMessage, QUOTAS } from '../../../quotas.ts';
import { count, iamArn, PATH_PARAM, TAGS_PARAM } from '../../../shapes.ts';
import { duplicateKey } from '../users/TagUser.ts';
import { checkTrustPolicy, DESCRIPTION_PARAM, MAX_SESSION_PARAM, roleJson } from './role-ref.ts';

export interface CreateRoleParams {
  Path?: string;
  RoleName: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

export const CreateRole = defineOperation<CreateRoleParams, { Role: Record<string, unknown> }>({
  service: 'iam',
  name: 'CreateRole',
  summary: 'Creates a new role for your AWS account, with a trust policy that says who may assume it.',
  params: [
    PATH_PARAM,
    { name: 'RoleName', type: 'string', required: true, min: 1, max: 64, pattern: PATTERNS.name, doc: 'The name of the role to create.' },
    { name: 'AssumeRolePolicyDocument', type: 'string', required: true, min: 1, max: 131072, pattern: PATTERNS.policyDocument, doc: 'The trust policy (file://trust.json on the command line).' },
    DESCRIPTION_PARAM,
    MAX_SESSION_PARAM,
    { name: 'PermissionsBoundary', type: 'string', min: 20, max: 2048, doc: 'ARN of the managed policy that sets the permissions boundary.' },
    TAGS_PARAM,
  ],
  resource: (ctx, p) => iamArn(ctx.state, 'role', p.Path ?? '/', p.RoleName),
  context: (_ctx, p): RequestContext => (p.PermissionsBoundary !== undefined ? { 'iam:PermissionsBoundary': p.PermissionsBoundary } : {}),
  run(ctx, p) {
    const { state } = ctx;
    if (findRole(state, p.RoleName)) return entityAlreadyExists(`Role with name ${p.RoleName} already exists.`);
    const bad = checkTrustPolicy(p.AssumeRolePolicyDocument);
    if (bad) return bad;
    if (count(state.roles) >= QUOTAS.RolesPerAccount) return limitExceeded(quotaMessage('RolesPerAccount'));
    if (p.PermissionsBoundary !== undefined && !state.policies[p.PermissionsBoundary]) {
      return noSuchEntity(`Scope ARN: ${p.PermissionsBoundary} does not exist or is not attachable.`);
    }
    if (p.Tags && duplicateKey(p.Tags) !== undefined) return invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    const path = p.Path ?? '/';
    const role: Role = {
      roleName: p.RoleName,
      roleId: newUniqueId(state, 'AROA'),
      path,
      arn: iamArn(state, 'role', path, p.RoleName),
      createDate: ctx.nowIso,
      maxSessionDuration: p.MaxSessionDuration ?? 3600,
      assumeRolePolicyDocument: p.AssumeRolePolicyDocument,
      attachedPolicies: [],
      inlinePolicies: {},
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    };
    if (p.Description !== undefined) role.description = p.Description;
    if (p.PermissionsBoundary !== undefined) role.permissionsBoundary = p.PermissionsBoundary;
    state.roles[p.RoleName.toLowerCase()] = role;
    const out = roleJson(role);
    if (role.permissionsBoundary) out.PermissionsBoundary = { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: role.permissionsBoundary };
    if (role.tags.length > 0) out.Tags = role.tags.map((t) => ({ ...t }));
    return { Role: out };
  },
});
