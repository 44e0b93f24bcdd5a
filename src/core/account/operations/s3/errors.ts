/** S3's error codes and messages, as the S3 API reference's error list and the service word them. */
import { ApiError } from '../../errors.ts';

export const noSuchBucket = (): ApiError => new ApiError('NoSuchBucket', 'The specified bucket does not exist', 404);
export const noSuchKey = (): ApiError => new ApiError('NoSuchKey', 'The specified key does not exist.', 404);
export const noSuchBucketPolicy = (): ApiError => new ApiError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
export const bucketNotEmpty = (): ApiError => new ApiError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409);
export const bucketAlreadyOwnedByYou = (): ApiError =>
  new ApiError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409);
export const invalidBucketName = (): ApiError => new ApiError('InvalidBucketName', 'The specified bucket is not valid.', 400);
export const tooManyBuckets = (): ApiError => new ApiError('TooManyBuckets', 'You have attempted to create more buckets than allowed', 400);
export const keyTooLong = (): ApiError => new ApiError('KeyTooLongError', 'Your key is too long', 400);
export const malformedBucketPolicy = (message: string): ApiError => new ApiError('MalformedPolicy', message, 400);
export const policyTooLarge = (): ApiError => new ApiError('PolicyTooLarge', 'Policy exceeds the maximum allowed document size.', 400);
export const invalidArgument = (message: string): ApiError => new ApiError('InvalidArgument', message, 400);
export const invalidRequest = (message: string): ApiError => new ApiError('InvalidRequest', message, 400);
export const illegalLocationConstraint = (constraint: string): ApiError =>
  new ApiError('IllegalLocationConstraintException', `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
export const invalidLocationConstraint = (): ApiError => new ApiError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400);

/**
 * A HEAD request's error: a HEAD response has no body, so the CLI only sees the status and prints
 * `An error occurred (404) when calling the HeadObject operation: Not Found`.
 */
export function headError(error: ApiError): ApiError {
  const reason: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' };
  return new ApiError(String(error.status), reason[error.status] ?? 'Error', error.status);
}
