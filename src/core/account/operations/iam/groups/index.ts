/** IAM operations: groups and membership. */
import type { OperationDef } from '../../../operation.ts';
import { AddUserToGroup } from './AddUserToGroup.ts';
import { CreateGroup } from './CreateGroup.ts';
import { DeleteGroup } from './DeleteGroup.ts';
import { GetGroup } from './GetGroup.ts';
import { ListGroups } from './ListGroups.ts';
import { ListGroupsForUser } from './ListGroupsForUser.ts';
import { RemoveUserFromGroup } from './RemoveUserFromGroup.ts';
import { UpdateGroup } from './UpdateGroup.ts';

export const groupsOperations = [
  CreateGroup,
  GetGroup,
  ListGroups,
  DeleteGroup,
  UpdateGroup,
  AddUserToGroup,
  RemoveUserFromGroup,
  ListGroupsForUser,
] as unknown as readonly OperationDef<never, unknown>[];
