/**
 * AWS API errors as values. An operation returns an ApiError instead of throwing; the runner records it
 * and the command line prints it as AWS CLI does.
 */

/** An error as AWS returns it: a code, an HTTP status and a message. */
export class ApiError {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly status: number,
  ) {}
}

/** True for an ApiError value. */
export function isApiError(v: unknown): v is ApiError {
  return v instanceof ApiError;
}

export const noSuchEntity = (message: string): ApiError => new ApiError('NoSuchEntity', message, 404);
/** `The user with name alice cannot be found.` */
export const noSuchUser = (userName: string): ApiError => noSuchEntity(`The user with name ${userName} cannot be found.`);
export const entityAlreadyExists = (message: string): ApiError => new ApiError('EntityAlreadyExists', message, 409);
export const limitExceeded = (message: string): ApiError => new ApiError('LimitExceeded', message, 409);
export const deleteConflict = (message: string): ApiError => new ApiError('DeleteConflict', message, 409);
export const malformedPolicy = (message: string): ApiError => new ApiError('MalformedPolicyDocument', message, 400);
export const invalidInput = (message: string): ApiError => new ApiError('InvalidInput', message, 400);
export const passwordPolicyViolation = (message: string): ApiError => new ApiError('PasswordPolicyViolation', message, 400);
export const invalidAuthenticationCode = (message: string): ApiError => new ApiError('InvalidAuthenticationCode', message, 403);
export const accessDenied = (message: string): ApiError => new ApiError('AccessDenied', message, 403);
export const invalidClientTokenId = (): ApiError =>
  new ApiError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
export const expiredToken = (): ApiError => new ApiError('ExpiredToken', 'The security token included in the request is expired', 403);

/** One failed constraint, phrased as AWS's validation messages phrase it. */
export interface ConstraintFailure {
  value: unknown;
  /** The parameter's name in camelCase, as AWS writes it (`userName`). */
  member: string;
  constraint: string;
}

/** `1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: ...` */
export function validationError(failures: readonly ConstraintFailure[]): ApiError {
  const n = failures.length;
  const parts = failures.map((f) => `Value ${showValue(f.value)} at '${f.member}' failed to satisfy constraint: ${f.constraint}`);
  return new ApiError('ValidationError', `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`, 400);
}

function showValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return `'${v}'`;
  return `'${JSON.stringify(v)}'`;
}
