/** How an API operation is defined: its parameters, what it is authorized against, and what it does. */
import type { RequestContext } from '../engine/types.ts';
import type { Env } from './env.ts';
import type { ApiError } from './errors.ts';
import type { AccountState } from './model.ts';
import type { ParamSpec } from './params.ts';
import type { CallerPrincipal } from './principals.ts';

/** The services the simulated account offers. */
export type ServiceName = 'iam' | 'sts' | 's3';

/** What a running operation can see. */
export interface OpContext {
  state: AccountState;
  env: Env;
  caller: CallerPrincipal;
  /** Simulated time in epoch ms, fixed for the whole call. */
  now: number;
  /** `2024-01-31T12:00:00+00:00`, the same instant. */
  nowIso: string;
  region: string;
  via: 'console' | 'cli' | 'api' | 'sdk';
}

/** An operation's result: its output, or an API error value. */
export type OpOutcome<R> = R | ApiError | Promise<R | ApiError>;

/** One API operation (one file each under operations/). */
export interface OperationDef<P = Record<string, unknown>, R = unknown> {
  service: ServiceName;
  /** API name, e.g. `CreateUser`. */
  name: string;
  /** AWS CLI name when it is not the kebab-case of `name` (e.g. `create-virtual-mfa-device`). */
  cliName?: string;
  /** One line for `help`. */
  summary: string;
  params: readonly ParamSpec[];
  /** The IAM action authorized, default `${service}:${name}`; undefined result skips authorization. */
  action?: string;
  /** Not authorized by the runner: never (sts:GetCallerIdentity) or by the operation itself, in its own order (S3). */
  noAuthorization?: boolean;
  /** Refused unless made from the console (root MFA, as AWS does). */
  consoleOnly?: boolean;
  /** The ARN the call is authorized against (`*` for account-wide actions); also recorded in the event history. */
  resource(ctx: OpContext, params: P): string;
  /** The resource's own policy (bucket policy, role trust policy), when it has one. */
  resourcePolicy?(ctx: OpContext, params: P): string | undefined;
  /** Extra condition keys this call carries (e.g. s3:prefix, iam:PassedToService). */
  context?(ctx: OpContext, params: P): RequestContext;
  run(ctx: OpContext, params: P): OpOutcome<R>;
}

/** Define an operation with its parameter and result types checked. */
export function defineOperation<P, R>(op: OperationDef<P, R>): OperationDef<P, R> {
  return op;
}

/** kebab-case CLI name of an API name: `CreateVirtualMFADevice` → `create-virtual-mfa-device`. */
export function kebabName(apiName: string): string {
  return apiName
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
