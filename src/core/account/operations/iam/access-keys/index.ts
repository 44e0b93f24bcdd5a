/** IAM operations: access keys (the root user's own when root calls without a user name). */
import type { OperationDef } from '../../../operation.ts';
import { CreateAccessKey } from './CreateAccessKey.ts';
import { DeleteAccessKey } from './DeleteAccessKey.ts';
import { GetAccessKeyLastUsed } from './GetAccessKeyLastUsed.ts';
import { ListAccessKeys } from './ListAccessKeys.ts';
import { UpdateAccessKey } from './UpdateAccessKey.ts';

export const accessKeysOperations = [CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey, GetAccessKeyLastUsed] as unknown as readonly OperationDef<
  never,
  unknown
>[];
