/**
 * Parameter specifications of API operations, as AWS's service models describe them, and their
 * validation into AWS's ValidationError messages. The command line reads the same specs to parse flags.
 */
import { validationError, type ApiError, type ConstraintFailure } from './errors.ts';

/** The wire types of AWS service models. */
export type ParamType = 'string' | 'integer' | 'boolean' | 'timestamp' | 'blob' | 'list' | 'map' | 'structure';

/** One parameter (or list element / structure member) of an operation. */
export interface ParamSpec {
  /** PascalCase name, as in the API (`UserName`). */
  name: string;
  type: ParamType;
  required?: boolean;
  /** Length bounds for strings and lists; value bounds for integers. */
  min?: number;
  max?: number;
  /** The pattern AWS documents, as a regular expression source (checked against the whole value). */
  pattern?: string;
  enum?: readonly string[];
  /** Element spec of a list, value spec of a map. */
  member?: ParamSpec;
  /** Members of a structure. */
  members?: readonly ParamSpec[];
  /** One line for `help`. */
  doc?: string;
  /** Never written to the event history (passwords, secrets, codes). */
  secret?: boolean;
}

/** Patterns shared by many IAM operations (IAM API reference). */
export const PATTERNS = {
  /** User, group and role names; policy names; login names. */
  name: '[\\w+=,.@-]+',
  /** Paths: `/` or `/segment/.../`. */
  path: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
  /** ARNs of policies. */
  arn: '.*',
  /** Access key ids. */
  accessKeyId: '[\\w]+',
  /** Policy documents: printable characters, tab and line breaks. */
  policyDocument: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
  /** Serial numbers of MFA devices. */
  serial: '[\\w+=/:,.@-]+',
  /** Six-digit authentication codes. */
  authCode: '[\\d]+',
} as const;

/** `userName` from `UserName`: AWS names members in camelCase in its messages. */
export function memberName(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const patternCache = new Map<string, RegExp>();
function wholeMatch(pattern: string, value: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) patternCache.set(pattern, (re = new RegExp(`^(?:${pattern})$`, 'u')));
  return re.test(value);
}

function checkOne(spec: ParamSpec, value: unknown, member: string, out: ConstraintFailure[]): void {
  if (value === undefined || value === null) {
    if (spec.required) out.push({ value: null, member, constraint: 'Member must not be null' });
    return;
  }
  switch (spec.type) {
    case 'string':
    case 'timestamp':
    case 'blob': {
      if (typeof value !== 'string') {
        out.push({ value, member, constraint: 'Member must be a string' });
        return;
      }
      if (spec.min !== undefined && value.length < spec.min) {
        out.push({ value, member, constraint: `Member must have length greater than or equal to ${spec.min}` });
      }
      if (spec.max !== undefined && value.length > spec.max) {
        out.push({ value, member, constraint: `Member must have length less than or equal to ${spec.max}` });
      }
      if (spec.pattern !== undefined && value.length > 0 && !wholeMatch(spec.pattern, value)) {
        out.push({ value, member, constraint: `Member must satisfy regular expression pattern: ${spec.pattern}` });
      }
      if (spec.enum !== undefined && !spec.enum.includes(value)) {
        out.push({ value, member, constraint: `Member must satisfy enum value set: [${spec.enum.join(', ')}]` });
      }
      return;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        out.push({ value, member, constraint: 'Member must be an integer' });
        return;
      }
      if (spec.min !== undefined && value < spec.min) out.push({ value, member, constraint: `Member must have value greater than or equal to ${spec.min}` });
      if (spec.max !== undefined && value > spec.max) out.push({ value, member, constraint: `Member must have value less than or equal to ${spec.max}` });
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') out.push({ value, member, constraint: 'Member must be a boolean' });
      return;
    case 'list': {
      if (!Array.isArray(value)) {
        out.push({ value, member, constraint: 'Member must be a list' });
        return;
      }
      if (spec.min !== undefined && value.length < spec.min) out.push({ value, member, constraint: `Member must have length greater than or equal to ${spec.min}` });
      if (spec.max !== undefined && value.length > spec.max) out.push({ value, member, constraint: `Member must have length less than or equal to ${spec.max}` });
      if (spec.member) value.forEach((v, i) => checkOne(spec.member as ParamSpec, v, `${member}.${i + 1}.member`, out));
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        out.push({ value, member, constraint: 'Member must be a map' });
        return;
      }
      if (spec.member) for (const [k, v] of Object.entries(value)) checkOne(spec.member, v, `${member}.${k}`, out);
      return;
    }
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        out.push({ value, member, constraint: 'Member must be a structure' });
        return;
      }
      for (const m of spec.members ?? []) checkOne(m, (value as Record<string, unknown>)[m.name], `${member}.${memberName(m.name)}`, out);
      return;
    }
  }
}

/** Check parameters against their specs; an ApiError (ValidationError) when any fails. */
export function validateParams(specs: readonly ParamSpec[], params: Record<string, unknown>): ApiError | undefined {
  const failures: ConstraintFailure[] = [];
  for (const spec of specs) checkOne(spec, params[spec.name], memberName(spec.name), failures);
  return failures.length > 0 ? validationError(failures) : undefined;
}

/** The parameters with secret ones removed, for the event history. */
export function redactParams(specs: readonly ParamSpec[], params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const v = params[spec.name];
    if (v !== undefined && !spec.secret) out[spec.name] = v;
  }
  return out;
}
