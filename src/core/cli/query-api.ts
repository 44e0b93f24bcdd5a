/**
 * The raw API form: an AWS Query request (`Action=CreateUser&UserName=bob&Version=2010-05-08`, or the
 * same after `https://iam.amazonaws.com/?`) decoded into parameters by the operation's specs — lists as
 * `Name.member.N`, structures as `Name.Member`, maps as `Name.entry.N.key/value` — run through `invoke`
 * (recorded as made `via: 'api'`) and answered with AWS's XML.
 */
import { ApiError } from '../account/errors.ts';
import { invoke } from '../account/invoke.ts';
import type { ServiceName } from '../account/operation.ts';
import type { ParamSpec } from '../account/params.ts';
import { findOperation } from '../account/registry.ts';
import type { CliOutcome } from './outcome.ts';
import type { RunCliOptions } from './run.ts';
import { errorXml, responseXml } from './xml.ts';

const QUERY_SERVICES: Record<string, { version: string; namespace: string; host: string }> = {
  iam: { version: '2010-05-08', namespace: 'https://iam.amazonaws.com/doc/2010-05-08/', host: 'iam.amazonaws.com' },
  sts: { version: '2011-06-15', namespace: 'https://sts.amazonaws.com/doc/2011-06-15/', host: 'sts.amazonaws.com' },
};

const REQUEST = /^(?:(?:GET|POST)\s+)?(?:https?:\/\/([^/?\s]+)\/?\?)?(Action=[^\s]*)$/i;

/** Whether a line is a Query API request rather than an `aws` command. */
export function isQueryRequest(line: string): boolean {
  return REQUEST.test(line.trim());
}

/** Decode `a=1&b=2` (with `+` as a space); undefined when an escape is malformed. */
export function decodeQuery(query: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      out.set(decodeURIComponent(rawKey.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      return undefined;
    }
  }
  return out;
}

type Flat = Map<string, string>;

function hasPrefix(flat: Flat, prefix: string): boolean {
  for (const k of flat.keys()) if (k === prefix || k.startsWith(`${prefix}.`)) return true;
  return false;
}

function readValue(spec: ParamSpec, key: string, flat: Flat): unknown {
  switch (spec.type) {
    case 'list': {
      const items: unknown[] = [];
      for (let n = 1; hasPrefix(flat, `${key}.member.${n}`); n++) items.push(readValue(spec.member ?? { name: 'member', type: 'string' }, `${key}.member.${n}`, flat));
      // `Name=` with no members stands for an empty list, as AWS reads it.
      if (items.length === 0 && !flat.has(key)) return undefined;
      return items;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      let any = false;
      for (let n = 1; flat.has(`${key}.entry.${n}.key`); n++) {
        any = true;
        out[flat.get(`${key}.entry.${n}.key`) as string] = readValue(spec.member ?? { name: 'value', type: 'string' }, `${key}.entry.${n}.value`, flat);
      }
      return any ? out : undefined;
    }
    case 'structure': {
      if (!hasPrefix(flat, key)) return undefined;
      const out: Record<string, unknown> = {};
      for (const m of spec.members ?? []) {
        const v = readValue(m, `${key}.${m.name}`, flat);
        if (v !== undefined) out[m.name] = v;
      }
      return out;
    }
    case 'integer': {
      const v = flat.get(key);
      if (v === undefined) return undefined;
      return /^-?\d+$/.test(v) ? Number.parseInt(v, 10) : v;
    }
    case 'boolean': {
      const v = flat.get(key);
      if (v === undefined) return undefined;
      return v === 'true' ? true : v === 'false' ? false : v;
    }
    default:
      return flat.get(key);
  }
}

/** Parameters of an operation from a decoded query string. */
export function queryParams(specs: readonly ParamSpec[], flat: Flat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const v = readValue(spec, spec.name, flat);
    if (v !== undefined) out[spec.name] = v;
  }
  return out;
}

function requestIdOf(eventId: string | undefined): string {
  const hex = (eventId ?? '').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Run a Query API request; the XML body on stdout (exit 0, or 254 with the error XML). */
export async function runQueryApi(request: string, options: RunCliOptions): Promise<CliOutcome> {
  const m = REQUEST.exec(request.trim()) as RegExpExecArray;
  const host = m[1]?.toLowerCase();
  const flat = decodeQuery(m[2] as string);
  const fallbackNs = QUERY_SERVICES.iam?.namespace as string;
  const error = (e: ApiError, ns: string, eventId?: string): CliOutcome => ({ stdout: errorXml(ns, e.code, e.message, e.status, requestIdOf(eventId)), stderr: '', exitCode: 254, httpStatus: e.status });
  if (!flat) return error(new ApiError('MalformedQueryString', 'The query string is malformed (a bad % escape).', 400), fallbackNs);
  const action = flat.get('Action') ?? '';
  const version = flat.get('Version');
  let service: ServiceName | undefined;
  if (host !== undefined) service = (Object.keys(QUERY_SERVICES) as ServiceName[]).find((s) => QUERY_SERVICES[s]?.host === host || host.startsWith(`${s}.`));
  else if (version !== undefined) service = (Object.keys(QUERY_SERVICES) as ServiceName[]).find((s) => QUERY_SERVICES[s]?.version === version);
  else service = findOperation('iam', action) ? 'iam' : findOperation('sts', action) ? 'sts' : 'iam';
  const info = service ? QUERY_SERVICES[service] : undefined;
  if (!service || !info) {
    const what = host !== undefined ? `the host ${host}` : `Version ${version ?? ''}`;
    return error(new ApiError('InvalidAction', `${what} is not a Query API service of this lab (iam.amazonaws.com 2010-05-08, sts.amazonaws.com 2011-06-15).`, 400), fallbackNs);
  }
  if (version === undefined) return error(new ApiError('MissingParameter', 'The request must contain the parameter Version.', 400), info.namespace);
  if (version !== info.version) return error(new ApiError('InvalidParameterValue', `Version ${version} is not valid for ${info.host}; use ${info.version}.`, 400), info.namespace);
  const op = findOperation(service, action);
  const params = op ? queryParams(op.params, flat) : {};
  const result = await invoke(options.state, { service, operation: action, params, as: options.as ?? { kind: 'root' }, via: 'api', region: options.region ?? 'us-east-1' }, options.env);
  const eventId = op ? options.state.events[options.state.events.length - 1]?.eventId : undefined;
  if (!result.ok) return error(result.error, info.namespace, eventId);
  return { stdout: responseXml(action, info.namespace, result.value, requestIdOf(eventId)), stderr: '', exitCode: 0, httpStatus: 200 };
}
