/** IAM operations: roles. */
import type { OperationDef } from '../../../operation.ts';
import { CreateRole } from './CreateRole.ts';
import { DeleteRole } from './DeleteRole.ts';
import { DeleteRolePermissionsBoundary } from './DeleteRolePermissionsBoundary.ts';
import { GetRole } from './GetRole.ts';
import { ListRoles } from './ListRoles.ts';
import { ListRoleTags } from './ListRoleTags.ts';
import { PutRolePermissionsBoundary } from './PutRolePermissionsBoundary.ts';
import { TagRole } from './TagRole.ts';
import { UntagRole } from './UntagRole.ts';
import { UpdateAssumeRolePolicy } from './UpdateAssumeRolePolicy.ts';
import { UpdateRole } from './UpdateRole.ts';
import { UpdateRoleDescription } from './UpdateRoleDescription.ts';

export const rolesOperations = [
  CreateRole,
  GetRole,
  ListRoles,
  DeleteRole,
  UpdateRole,
  UpdateRoleDescription,
  UpdateAssumeRolePolicy,
  TagRole,
  UntagRole,
  ListRoleTags,
  PutRolePermissionsBoundary,
  DeleteRolePermissionsBoundary,
] as unknown as readonly OperationDef<never, unknown>[];
