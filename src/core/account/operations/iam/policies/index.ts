/** IAM operations: managed policies and versions, attachments and inline policies of users, groups and roles. */
import type { OperationDef } from '../../../operation.ts';
import { CreatePolicy } from './managed/CreatePolicy.ts';
import { CreatePolicyVersion } from './managed/CreatePolicyVersion.ts';
import { DeletePolicy } from './managed/DeletePolicy.ts';
import { DeletePolicyVersion } from './managed/DeletePolicyVersion.ts';
import { GetPolicy } from './managed/GetPolicy.ts';
import { GetPolicyVersion } from './managed/GetPolicyVersion.ts';
import { ListPolicies } from './managed/ListPolicies.ts';
import { ListPolicyVersions } from './managed/ListPolicyVersions.ts';
import { SetDefaultPolicyVersion } from './managed/SetDefaultPolicyVersion.ts';
import { AttachGroupPolicy } from './attached/AttachGroupPolicy.ts';
import { AttachRolePolicy } from './attached/AttachRolePolicy.ts';
import { AttachUserPolicy } from './attached/AttachUserPolicy.ts';
import { DetachGroupPolicy } from './attached/DetachGroupPolicy.ts';
import { DetachRolePolicy } from './attached/DetachRolePolicy.ts';
import { DetachUserPolicy } from './attached/DetachUserPolicy.ts';
import { ListAttachedGroupPolicies } from './attached/ListAttachedGroupPolicies.ts';
import { ListAttachedRolePolicies } from './attached/ListAttachedRolePolicies.ts';
import { ListAttachedUserPolicies } from './attached/ListAttachedUserPolicies.ts';
import { DeleteGroupPolicy } from './inline/DeleteGroupPolicy.ts';
import { DeleteRolePolicy } from './inline/DeleteRolePolicy.ts';
import { DeleteUserPolicy } from './inline/DeleteUserPolicy.ts';
import { GetGroupPolicy } from './inline/GetGroupPolicy.ts';
import { GetRolePolicy } from './inline/GetRolePolicy.ts';
import { GetUserPolicy } from './inline/GetUserPolicy.ts';
import { ListGroupPolicies } from './inline/ListGroupPolicies.ts';
import { ListRolePolicies } from './inline/ListRolePolicies.ts';
import { ListUserPolicies } from './inline/ListUserPolicies.ts';
import { PutGroupPolicy } from './inline/PutGroupPolicy.ts';
import { PutRolePolicy } from './inline/PutRolePolicy.ts';
import { PutUserPolicy } from './inline/PutUserPolicy.ts';
import { ListEntitiesForPolicy } from './ListEntitiesForPolicy.ts';
import { GetAccountAuthorizationDetails } from './GetAccountAuthorizationDetails.ts';

export const policiesOperations = [
  CreatePolicy,
  CreatePolicyVersion,
  DeletePolicy,
  DeletePolicyVersion,
  GetPolicy,
  GetPolicyVersion,
  ListPolicies,
  ListPolicyVersions,
  SetDefaultPolicyVersion,
  AttachGroupPolicy,
  AttachRolePolicy,
  AttachUserPolicy,
  DetachGroupPolicy,
  DetachRolePolicy,
  DetachUserPolicy,
  ListAttachedGroupPolicies,
  ListAttachedRolePolicies,
  ListAttachedUserPolicies,
  DeleteGroupPolicy,
  DeleteRolePolicy,
  DeleteUserPolicy,
  GetGroupPolicy,
  GetRolePolicy,
  GetUserPolicy,
  ListGroupPolicies,
  ListRolePolicies,
  ListUserPolicies,
  PutGroupPolicy,
  PutRolePolicy,
  PutUserPolicy,
  ListEntitiesForPolicy,
  GetAccountAuthorizationDetails,
] as unknown as readonly OperationDef<never, unknown>[];
