/** IAM operations: users, their tags and boundaries, and their console passwords (login profiles). */
import type { OperationDef } from '../../../operation.ts';
import { ChangePassword } from './ChangePassword.ts';
import { CreateLoginProfile } from './CreateLoginProfile.ts';
import { CreateUser } from './CreateUser.ts';
import { DeleteLoginProfile } from './DeleteLoginProfile.ts';
import { DeleteUser } from './DeleteUser.ts';
import { DeleteUserPermissionsBoundary } from './DeleteUserPermissionsBoundary.ts';
import { GetLoginProfile } from './GetLoginProfile.ts';
import { GetUser } from './GetUser.ts';
import { ListUsers } from './ListUsers.ts';
import { ListUserTags } from './ListUserTags.ts';
import { PutUserPermissionsBoundary } from './PutUserPermissionsBoundary.ts';
import { TagUser } from './TagUser.ts';
import { UntagUser } from './UntagUser.ts';
import { UpdateLoginProfile } from './UpdateLoginProfile.ts';
import { UpdateUser } from './UpdateUser.ts';

export const usersOperations = [
  CreateUser,
  GetUser,
  ListUsers,
  UpdateUser,
  DeleteUser,
  TagUser,
  UntagUser,
  ListUserTags,
  PutUserPermissionsBoundary,
  DeleteUserPermissionsBoundary,
  CreateLoginProfile,
  GetLoginProfile,
  UpdateLoginProfile,
  DeleteLoginProfile,
  ChangePassword,
] as unknown as readonly OperationDef<never, unknown>[];
