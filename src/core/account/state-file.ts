/**
 * The account as a file (`iam-lab aws --state FILE`): versioned JSON,
 * `{"format":"iam-lab-state","version":1,"account":{...}}`. Reading checks every known field of the
 * account and names the first bad one (`account.users.bob.accessKeys[0].status: expected "Active" or
 * "Inactive"`); a file from a newer IAM Lab is refused, never guessed at. Fields this build does not know
 * (added by a later minor change) are kept as they are.
 */
import { STATE_VERSION, type AccountState } from './model.ts';

/** The `format` marker of a state file. */
export const STATE_FORMAT = 'iam-lab-state';

/** The file's text for an account (2-space JSON, ending with a newline). */
export function serializeState(state: AccountState): string {
  return `${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, account: state }, null, 2)}\n`;
}

/** The account in a state file, or why it cannot be read. */
export type ParseStateResult = { ok: true; state: AccountState } | { ok: false; message: string };

/** Read a state file's text. Never throws. */
export function parseStateFile(text: string): ParseStateResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(data)) return { ok: false, message: 'expected a JSON object with "format", "version" and "account"' };
  if (data.format !== STATE_FORMAT) return { ok: false, message: `format: expected "${STATE_FORMAT}"` };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'version: expected a whole number of 1 or more' };
  if (version > STATE_VERSION) {
    return { ok: false, message: `written by a newer IAM Lab (version ${version}); this one reads state files up to version ${STATE_VERSION}` };
  }
  const problem = accountProblem(data.account, 'account', version);
  return problem === undefined ? { ok: true, state: data.account as AccountState } : { ok: false, message: problem };
}

/**
 * Why a value is not a valid account of this build (naming the first bad field under `path`), or
 * undefined. Stored accounts (IndexedDB, files) are checked with it before use.
 */
export function accountProblem(value: unknown, path = 'account', version: number = STATE_VERSION): string | undefined {
  const problem = ACCOUNT(path, value);
  if (problem !== undefined) return problem;
  if ((value as AccountState).version !== version) return `${path}.version: expected ${version}`;
  return undefined;
}

// A check returns a message naming the path of the first problem, or undefined.
type Check = (path: string, v: unknown) => string | undefined;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const expect = (path: string, what: string): string => `${path}: expected ${what}`;

const str: Check = (p, v) => (typeof v === 'string' ? undefined : expect(p, 'a string'));
const bool: Check = (p, v) => (typeof v === 'boolean' ? undefined : expect(p, 'true or false'));
const int: Check = (p, v) => (typeof v === 'number' && Number.isInteger(v) ? undefined : expect(p, 'a whole number'));
const nat: Check = (p, v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : expect(p, 'a whole number of 0 or more'));
const any: Check = () => undefined;
const isoDate: Check = (p, v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? undefined : expect(p, 'an ISO 8601 date'));

function oneOf(...values: string[]): Check {
  return (p, v) => (typeof v === 'string' && values.includes(v) ? undefined : expect(p, values.map((x) => `"${x}"`).join(' or ')));
}

function list(item: Check): Check {
  return (p, v) => {
    if (!Array.isArray(v)) return expect(p, 'an array');
    for (let i = 0; i < v.length; i++) {
      const problem = item(`${p}[${i}]`, v[i]);
      if (problem) return problem;
    }
    return undefined;
  };
}

function keyPath(p: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${p}.${key}` : `${p}[${JSON.stringify(key)}]`;
}

function record(item: Check): Check {
  return (p, v) => {
    if (!isObject(v)) return expect(p, 'an object');
    for (const [k, x] of Object.entries(v)) {
      const problem = item(keyPath(p, k), x);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with these fields; a field whose name ends with `?` may be absent. Unknown fields are kept. */
function shape(fields: Record<string, Check>): Check {
  return (p, v) => {
    if (!isObject(v)) return expect(p, 'an object');
    for (const [name, check] of Object.entries(fields)) {
      const optional = name.endsWith('?');
      const key = optional ? name.slice(0, -1) : name;
      const x = v[key];
      if (x === undefined) {
        if (optional) continue;
        return `${keyPath(p, key)}: missing`;
      }
      const problem = check(keyPath(p, key), x);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** Records keyed by a field of their value must agree with it (users by lower-cased name...). */
function keyedBy(item: Check, field: string, lower: boolean): Check {
  const base = record(item);
  return (p, v) => {
    const problem = base(p, v);
    if (problem) return problem;
    for (const [k, x] of Object.entries(v as Record<string, Record<string, unknown>>)) {
      const value = String(x[field]);
      if ((lower ? value.toLowerCase() : value) !== k) return `${keyPath(p, k)}.${field}: does not match its key "${k}"`;
    }
    return undefined;
  };
}

const TAG = shape({ Key: str, Value: str });
const ACCESS_KEY = shape({
  accessKeyId: str,
  secretHash: str,
  status: oneOf('Active', 'Inactive'),
  createDate: isoDate,
  'lastUsed?': shape({ date: isoDate, serviceName: str, region: str }),
});
const LOGIN_PROFILE = shape({
  passwordHash: str,
  salt: str,
  createDate: isoDate,
  passwordResetRequired: bool,
  passwordLastChanged: isoDate,
  'passwordLastUsed?': isoDate,
  previousHashes: list(str),
});
const MFA_DEVICE = shape({
  serialNumber: str,
  kind: oneOf('virtual', 'hardware'),
  seed: str,
  'name?': str,
  'path?': str,
  'enabledFor?': str,
  'enableDate?': isoDate,
  createDate: isoDate,
  'lastAcceptedStep?': int,
  'tags?': list(TAG),
});
const HARDWARE_TOKEN = shape({ serialNumber: str, seed: str, 'lastAcceptedStep?': int });
const USER = shape({
  userName: str,
  userId: str,
  path: str,
  arn: str,
  createDate: isoDate,
  tags: list(TAG),
  'loginProfile?': LOGIN_PROFILE,
  accessKeys: list(ACCESS_KEY),
  groups: list(str),
  attachedPolicies: list(str),
  inlinePolicies: record(str),
  'permissionsBoundary?': str,
});
const GROUP = shape({ groupName: str, groupId: str, path: str, arn: str, createDate: isoDate, attachedPolicies: list(str), inlinePolicies: record(str) });
const ROLE = shape({
  roleName: str,
  roleId: str,
  path: str,
  arn: str,
  createDate: isoDate,
  'description?': str,
  maxSessionDuration: nat,
  assumeRolePolicyDocument: str,
  attachedPolicies: list(str),
  inlinePolicies: record(str),
  'permissionsBoundary?': str,
  tags: list(TAG),
  'lastUsed?': shape({ date: isoDate, region: str }),
});
const POLICY = shape({
  policyName: str,
  policyId: str,
  arn: str,
  path: str,
  'description?': str,
  awsManaged: bool,
  createDate: isoDate,
  updateDate: isoDate,
  versions: list(shape({ versionId: str, document: str, isDefault: bool, createDate: isoDate })),
  nextVersion: nat,
  tags: list(TAG),
});
const PASSWORD_POLICY = shape({
  MinimumPasswordLength: nat,
  RequireSymbols: bool,
  RequireNumbers: bool,
  RequireUppercaseCharacters: bool,
  RequireLowercaseCharacters: bool,
  AllowUsersToChangePassword: bool,
  'MaxPasswordAge?': nat,
  'PasswordReusePrevention?': nat,
  HardExpiry: bool,
});
const SESSION = shape({
  accessKeyId: str,
  secretHash: str,
  sessionTokenHash: str,
  expiration: isoDate,
  arn: str,
  roleName: str,
  sessionName: str,
  'sessionPolicy?': str,
  sourceArn: str,
  mfaAuthenticated: bool,
});
const S3_OBJECT = shape({ key: str, body: str, contentType: str, lastModified: isoDate, etag: str, size: nat });
const BUCKET = shape({ name: str, region: str, creationDate: isoDate, 'policy?': str, objects: keyedBy(S3_OBJECT, 'key', false) });
const EVENT = shape({
  eventId: str,
  eventTime: isoDate,
  eventSource: str,
  eventName: str,
  via: oneOf('console', 'cli', 'api', 'sdk'),
  identity: shape({ type: oneOf('Root', 'IAMUser', 'AssumedRole', 'Anonymous'), arn: str, accountId: str, 'userName?': str, 'accessKeyId?': str }),
  requestParameters: record(any),
  allowed: bool,
  'errorCode?': str,
  'errorMessage?': str,
  'resource?': str,
  sourceIpAddress: str,
  region: str,
});
const ACCOUNT_ID: Check = (p, v) => (typeof v === 'string' && /^\d{12}$/.test(v) ? undefined : expect(p, 'a 12-digit account id'));

const ACCOUNT = shape({
  version: int,
  accountId: ACCOUNT_ID,
  'alias?': str,
  clockOffsetMs: int,
  seq: nat,
  root: shape({ arn: str, createDate: isoDate, email: str, passwordHash: str, salt: str, 'passwordLastUsed?': isoDate, accessKeys: list(ACCESS_KEY) }),
  users: keyedBy(USER, 'userName', true),
  groups: keyedBy(GROUP, 'groupName', true),
  roles: keyedBy(ROLE, 'roleName', true),
  policies: keyedBy(POLICY, 'arn', false),
  mfaDevices: keyedBy(MFA_DEVICE, 'serialNumber', false),
  'hardwareTokens?': keyedBy(HARDWARE_TOKEN, 'serialNumber', false),
  'passwordPolicy?': PASSWORD_POLICY,
  'credentialReport?': shape({ generatedTime: isoDate, csv: str }),
  sessions: list(SESSION),
  buckets: keyedBy(BUCKET, 'name', false),
  events: list(EVENT),
});
