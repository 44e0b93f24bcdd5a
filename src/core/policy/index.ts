/** Policy parsing and validation: the public surface of src/core/policy. */
export { parsePolicy, formatPath } from './parse.ts';
export type { ParsedPolicy, PathSegment, JsonNode } from './parse.ts';
export { validatePolicy, validateParsed, sortFindings } from './validate.ts';
export type { ValidateOptions } from './validate.ts';
export { SIZE_QUOTAS, policySize } from './quotas.ts';
export type { SizeQuota } from './quotas.ts';
export { LineIndex } from './positions.ts';
export type { Finding, FindingType, JsonPath, PolicyKind, Position, Span } from './types.ts';
