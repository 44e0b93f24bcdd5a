/** IAM operations: users. */
import type { OperationDef } from '../../../operation.ts';
import { CreateUser } from './CreateUser.ts';
import { DeleteUser } from './DeleteUser.ts';
import { GetUser } from './GetUser.ts';
import { ListUsers } from './ListUsers.ts';

export const usersOperations = [CreateUser, GetUser, ListUsers, DeleteUser] as unknown as readonly OperationDef<never, unknown>[];
