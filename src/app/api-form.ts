/**
 * The raw Query API form: pick an operation, fill its parameters (from the same specs the CLI reads),
 * and get the form-encoded body AWS expects — `Action=CreateUser&Version=2010-05-08&UserName=bob`, lists
 * as `Name.member.N`, tags as `Tags.member.N.Key/Value` — plus the HTTP request around it, the
 * equivalent `aws` command line, and the XML answer laid out for reading.
 */
import type { ServiceName } from '../core/account/operation.ts';
import type { ParamSpec } from '../core/account/params.ts';
import { findOperation, operationsOf } from '../core/account/registry.ts';
import { cliEcho } from '../core/cli/echo.ts';
import type { CliOutcome } from '../core/cli/outcome.ts';
import { decodeQuery, queryParams } from '../core/cli/query-api.ts';

/** The Query API endpoints the lab simulates. */
export const API_ENDPOINTS: Record<'iam' | 'sts', { host: string; version: string }> = {
  iam: { host: 'iam.amazonaws.com', version: '2010-05-08' },
  sts: { host: 'sts.amazonaws.com', version: '2011-06-15' },
};

/** A service with a Query API. */
export type QueryService = keyof typeof API_ENDPOINTS;

/** One operation in the picker. */
export interface ApiOperationChoice {
  /** `iam:CreateUser`. */
  value: string;
  service: QueryService;
  name: string;
  summary: string;
}

/** Every IAM and STS operation, IAM first, each sorted by name. */
export function apiOperationChoices(): ApiOperationChoice[] {
  return (['iam', 'sts'] as const).flatMap((service) =>
    operationsOf(service)
      .map((op) => ({ value: `${service}:${op.name}`, service, name: op.name, summary: op.summary }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

/** How a parameter is typed into the form. */
export type ApiFieldKind = 'text' | 'longtext' | 'number' | 'boolean' | 'choice' | 'list' | 'tags';

/** One field of the form. */
export interface ApiField {
  /** The API parameter (`UserName`); also the field's key in the values. */
  param: string;
  kind: ApiFieldKind;
  required: boolean;
  /** For `choice`. */
  choices?: readonly string[];
  doc?: string;
  /** How to type a list or tags, for the field's description. */
  help?: string;
  /** A password or code: shown as a password field. */
  secret?: boolean;
}

/** The fields of an operation, and the parameters only the raw body can carry (nested structures, maps). */
export interface ApiForm {
  fields: ApiField[];
  rawOnly: string[];
}

function isTags(spec: ParamSpec): boolean {
  const names = spec.member?.members?.map((m) => m.name).join(',');
  return spec.type === 'list' && spec.member?.type === 'structure' && names === 'Key,Value';
}

function fieldOf(spec: ParamSpec): ApiField | undefined {
  const base = { param: spec.name, required: spec.required === true, ...(spec.doc ? { doc: spec.doc } : {}), ...(spec.secret ? { secret: true } : {}) };
  switch (spec.type) {
    case 'string':
    case 'timestamp':
      if (spec.enum) return { ...base, kind: 'choice', choices: spec.enum };
      return { ...base, kind: /Document$|^Policy$/.test(spec.name) ? 'longtext' : 'text' };
    case 'blob':
      return { ...base, kind: 'longtext' };
    case 'integer':
      return { ...base, kind: 'number' };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'list':
      if (isTags(spec)) return { ...base, kind: 'tags', help: `One tag a line, as Key=Value; sent as ${spec.name}.member.N.Key and ${spec.name}.member.N.Value.` };
      if (spec.member === undefined || spec.member.type === 'string') return { ...base, kind: 'list', help: `One value a line; sent as ${spec.name}.member.1, ${spec.name}.member.2, …` };
      return undefined;
    default:
      return undefined;
  }
}

/** The form of one operation (`iam:CreateUser`); undefined for an unknown one. */
export function apiForm(value: string): ApiForm | undefined {
  const [service, name] = value.split(':') as [string, string | undefined];
  const op = name !== undefined && service in API_ENDPOINTS ? findOperation(service as ServiceName, name) : undefined;
  if (!op) return undefined;
  const fields: ApiField[] = [];
  const rawOnly: string[] = [];
  for (const spec of op.params) {
    const field = fieldOf(spec);
    if (field) fields.push(field);
    else rawOnly.push(spec.name);
  }
  return { fields, rawOnly };
}

/** What was typed into the fields: text, or `''`/`'true'`/`'false'` for booleans. */
export type ApiValues = Record<string, string>;

function enc(text: string): string {
  return encodeURIComponent(text);
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The form-encoded body for an operation and the values typed: Action and Version first, then each
 * filled parameter in the operation's order. Empty fields are left out.
 */
export function buildQueryBody(value: string, values: ApiValues): string {
  const [service, name] = value.split(':') as [QueryService, string];
  const endpoint = API_ENDPOINTS[service] ?? API_ENDPOINTS.iam;
  const pairs: [string, string][] = [
    ['Action', name],
    ['Version', endpoint.version],
  ];
  for (const field of apiForm(value)?.fields ?? []) {
    const raw = values[field.param] ?? '';
    if (field.kind === 'list') {
      lines(raw).forEach((item, i) => pairs.push([`${field.param}.member.${i + 1}`, item]));
    } else if (field.kind === 'tags') {
      lines(raw).forEach((line, i) => {
        const eq = line.indexOf('=');
        pairs.push([`${field.param}.member.${i + 1}.Key`, eq < 0 ? line : line.slice(0, eq).trim()]);
        pairs.push([`${field.param}.member.${i + 1}.Value`, eq < 0 ? '' : line.slice(eq + 1).trim()]);
      });
    } else if (field.kind === 'longtext') {
      if (raw.trim() !== '') pairs.push([field.param, raw]);
    } else if (raw.trim() !== '') pairs.push([field.param, raw.trim()]);
  }
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/**
 * Read a body back into the form: the operation its Action names and the values of the fields it fills,
 * so editing the raw body keeps the form in step. Undefined when the Action is not an operation of the lab.
 */
export function formFromBody(body: string): { operation: string; values: ApiValues } | undefined {
  const flat = decodeQuery(body.trim());
  const action = flat?.get('Action');
  if (!flat || action === undefined) return undefined;
  const operation = `${serviceOfBody(body)}:${action}`;
  const form = apiForm(operation);
  if (!form) return undefined;
  const values: ApiValues = {};
  for (const field of form.fields) {
    const p = field.param;
    if (field.kind === 'list' || field.kind === 'tags') {
      const out: string[] = [];
      for (let n = 1; ; n++) {
        const item = field.kind === 'list' ? flat.get(`${p}.member.${n}`) : flat.get(`${p}.member.${n}.Key`);
        if (item === undefined) break;
        out.push(field.kind === 'list' ? item : `${item}=${flat.get(`${p}.member.${n}.Value`) ?? ''}`);
      }
      if (out.length > 0) values[p] = out.join('\n');
    } else {
      const v = flat.get(p);
      if (v !== undefined) values[p] = v;
    }
  }
  return { operation, values };
}

/** The service a body is for: by its Version (STS's 2011-06-15), else IAM. */
export function serviceOfBody(body: string): QueryService {
  const version = decodeQuery(body.trim())?.get('Version');
  return version === API_ENDPOINTS.sts.version ? 'sts' : 'iam';
}

/** The HTTP request as it would travel (simulated: it never leaves the page). */
export function httpRequestText(body: string): string {
  const host = API_ENDPOINTS[serviceOfBody(body)].host;
  const length = new TextEncoder().encode(body.trim()).length;
  return `POST / HTTP/1.1\nHost: ${host}\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\nContent-Length: ${length}\n\n${body.trim()}`;
}

/** The `aws` command line making the same call as a body, or undefined when its Action is unknown. */
export function cliEquivalent(body: string): string | undefined {
  const flat = decodeQuery(body.trim());
  const action = flat?.get('Action');
  if (!flat || action === undefined) return undefined;
  const service = serviceOfBody(body);
  const op = findOperation(service, action);
  if (!op) return undefined;
  return cliEcho(service, action, queryParams(op.params, flat));
}

const REASONS: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error' };

/** `HTTP/1.1 403 Forbidden`, from the outcome of a request. */
export function statusLine(outcome: CliOutcome): string {
  const status = outcome.httpStatus ?? (outcome.exitCode === 0 ? 200 : 400);
  return `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd();
}

/** The error code of an error response (`AccessDenied`), or undefined for a success. */
export function errorCodeOf(xml: string): string | undefined {
  return /<ErrorResponse[\s\S]*?<Code>([^<]*)<\/Code>/.exec(xml)?.[1];
}

/**
 * Lay out XML one element a line, indented two spaces a level; text stays inside its element. Assumes
 * well-formed XML without mixed content (as AWS's responses are); comments and declarations are kept.
 */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s+</g, '><').trim().match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      out.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<?') || t.startsWith('<!') || t.endsWith('/>')) {
      out.push(`${pad}${t}`);
    } else if (t.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        out.push(`${pad}${t}${text}${close}`);
        i += 2;
      } else if (text?.startsWith('</')) {
        out.push(`${pad}${t}${text}`);
        i += 1;
      } else {
        out.push(`${pad}${t}`);
        depth++;
      }
    } else out.push(`${pad}${t.trim()}`);
  }
  return `${out.join('\n')}\n`;
}
