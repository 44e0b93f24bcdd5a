/**
 * The one table of API operations, by service and name. Each area's operations live in their own
 * folder under operations/ and are listed by that folder's index.ts.
 */
import type { OperationDef, ServiceName } from './operation.ts';
import { iamOperations } from './operations/iam/index.ts';
import { s3Operations } from './operations/s3/index.ts';
import { stsOperations } from './operations/sts/index.ts';

// Each definition types its own parameters; the table only stores and hands them back.
type AnyOperation = OperationDef<never, unknown>;

const ALL: readonly AnyOperation[] = [...iamOperations, ...stsOperations, ...s3Operations] as readonly AnyOperation[];

const BY_KEY = new Map<string, AnyOperation>(ALL.map((op) => [`${op.service}:${op.name}`, op]));

/** Every operation of every service. */
export function allOperations(): readonly AnyOperation[] {
  return ALL;
}

/** The operations of one service. */
export function operationsOf(service: ServiceName): AnyOperation[] {
  return ALL.filter((op) => op.service === service);
}

/** Find an operation by its API name (`CreateUser`). */
export function findOperation(service: ServiceName, name: string): AnyOperation | undefined {
  return BY_KEY.get(`${service}:${name}`);
}
