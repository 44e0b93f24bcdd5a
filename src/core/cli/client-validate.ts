/**
 * The checks the AWS CLI's SDK (botocore) makes before sending a request: required members, unknown
 * members, value types and minimum lengths/values — not maximums, patterns or enums, which the service
 * checks (`invoke` does, with AWS's ValidationError). Messages follow botocore's
 * ("Parameter validation failed:\nMissing required parameter in input: \"UserName\"").
 */
import type { ParamSpec } from '../account/params.ts';

/** Problems found, in botocore's wording; empty when the request may be sent. */
export function clientSideProblems(specs: readonly ParamSpec[], params: Record<string, unknown>): string[] {
  const out: string[] = [];
  checkStructure(specs, params, '', out);
  return out;
}

const PY_TYPE: Record<string, string> = {
  string: "<class 'str'>",
  number: "<class 'int'>",
  float: "<class 'float'>",
  boolean: "<class 'bool'>",
  list: "<class 'list'>",
  object: "<class 'dict'>",
  null: "<class 'NoneType'>",
};

const VALID_TYPES: Record<ParamSpec['type'], string> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  boolean: "<class 'bool'>",
  timestamp: "<class 'datetime.datetime'>, <class 'str'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  list: "<class 'list'>, <class 'tuple'>",
  map: "<class 'dict'>",
  structure: "<class 'dict'>",
};

function pyTypeOf(v: unknown): string {
  if (v === null) return PY_TYPE.null as string;
  if (Array.isArray(v)) return PY_TYPE.list as string;
  if (typeof v === 'number') return (Number.isInteger(v) ? PY_TYPE.number : PY_TYPE.float) as string;
  return PY_TYPE[typeof v] ?? `<class '${typeof v}'>`;
}

/** Python's repr of a JSON value, as botocore prints it. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  return String(v);
}

function where(path: string): string {
  return path === '' ? 'input' : path;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function checkStructure(members: readonly ParamSpec[], value: Record<string, unknown>, path: string, out: string[]): void {
  for (const m of members) {
    if (m.required && (value[m.name] === undefined || value[m.name] === null)) {
      out.push(`Missing required parameter in ${where(path)}: "${m.name}"`);
    }
  }
  for (const [k, v] of Object.entries(value)) {
    const m = members.find((s) => s.name === k);
    if (!m) {
      out.push(`Unknown parameter in ${where(path)}: "${k}", must be one of: ${members.map((s) => s.name).join(', ')}`);
      continue;
    }
    if (v === undefined) continue;
    checkValue(m, v, join(path, k), out);
  }
}

function typeError(spec: ParamSpec, v: unknown, path: string, out: string[]): void {
  out.push(`Invalid type for parameter ${path}, value: ${pyRepr(v)}, type: ${pyTypeOf(v)}, valid types: ${VALID_TYPES[spec.type]}`);
}

function checkValue(spec: ParamSpec, v: unknown, path: string, out: string[]): void {
  switch (spec.type) {
    case 'string':
    case 'timestamp':
    case 'blob':
      if (typeof v !== 'string') return typeError(spec, v, path, out);
      if (spec.min !== undefined && v.length < spec.min) out.push(`Invalid length for parameter ${path}, value: ${v.length}, valid min length: ${spec.min}`);
      return;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) return typeError(spec, v, path, out);
      if (spec.min !== undefined && v < spec.min) out.push(`Invalid value for parameter ${path}, value: ${v}, valid min value: ${spec.min}`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') typeError(spec, v, path, out);
      return;
    case 'list':
      if (!Array.isArray(v)) return typeError(spec, v, path, out);
      if (spec.min !== undefined && v.length < spec.min) out.push(`Invalid length for parameter ${path}, value: ${v.length}, valid min length: ${spec.min}`);
      if (spec.member) v.forEach((item, i) => checkValue(spec.member as ParamSpec, item, `${path}[${i}]`, out));
      return;
    case 'map':
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return typeError(spec, v, path, out);
      if (spec.member) for (const [k, item] of Object.entries(v)) checkValue(spec.member, item, `${path}.${k}`, out);
      return;
    case 'structure':
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return typeError(spec, v, path, out);
      checkStructure(spec.members ?? [], v as Record<string, unknown>, path, out);
      return;
  }
}
