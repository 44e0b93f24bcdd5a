/**
 * The IAM credential report as a pure function of the account: AWS's CSV columns in AWS's order, the
 * root user's row first as `<root_account>`, then every user. Values follow AWS's conventions: `true` /
 * `false`, ISO 8601 dates, `N/A` where a credential is absent or unused, `no_information` for a password
 * never used, and `not_supported` for the root user's password fields.
 */
import type { AccessKey, AccountState, User } from './model.ts';
import { isoTime } from './env.ts';
import { passwordExpiryMs } from './password-policy.ts';

/** The report's columns, in AWS's order (IAM User Guide: getting credential reports). */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

/** The name AWS gives the root user's row. */
export const ROOT_ROW_NAME = '<root_account>';

const NA = 'N/A';

/** The five columns of one access key slot. */
function keyCells(key: AccessKey | undefined): string[] {
  if (!key) return ['false', NA, NA, NA, NA];
  const used = key.lastUsed;
  return [key.status === 'Active' ? 'true' : 'false', key.createDate, used?.date ?? NA, used?.region ?? NA, used?.serviceName ?? NA];
}

/** Signing certificates are not simulated: both slots are always empty. */
const CERT_CELLS = ['false', NA, 'false', NA];

/** Who has an MFA device enabled: `root` and user names (as MfaDevice.enabledFor writes them). */
function mfaHolders(state: AccountState): Set<string> {
  const out = new Set<string>();
  for (const device of Object.values(state.mfaDevices)) if (device.enabledFor !== undefined) out.add(device.enabledFor);
  return out;
}

function rootRow(state: AccountState, mfa: Set<string>): string[] {
  const keys = state.root.accessKeys;
  return [
    ROOT_ROW_NAME,
    state.root.arn,
    state.root.createDate,
    'not_supported',
    state.root.passwordLastUsed ?? 'no_information',
    'not_supported',
    'not_supported',
    mfa.has('root') ? 'true' : 'false',
    ...keyCells(keys[0]),
    ...keyCells(keys[1]),
    ...CERT_CELLS,
  ];
}

function userRow(state: AccountState, user: User, mfa: Set<string>): string[] {
  const profile = user.loginProfile;
  let nextRotation = NA;
  if (profile) {
    const expiry = passwordExpiryMs(state.passwordPolicy, Date.parse(profile.passwordLastChanged));
    if (expiry !== undefined) nextRotation = isoTime(expiry);
  }
  return [
    user.userName,
    user.arn,
    user.createDate,
    profile ? 'true' : 'false',
    profile ? (profile.passwordLastUsed ?? 'no_information') : NA,
    profile ? profile.passwordLastChanged : NA,
    nextRotation,
    mfa.has(user.userName) ? 'true' : 'false',
    ...keyCells(user.accessKeys[0]),
    ...keyCells(user.accessKeys[1]),
    ...CERT_CELLS,
  ];
}

/** A CSV cell: quoted only when it holds a comma, a quote or a line break (names never do). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The report's rows (header excluded): root first, then users sorted by name. */
export function credentialReportRows(state: AccountState): string[][] {
  const mfa = mfaHolders(state);
  const users = Object.values(state.users);
  const keyed = users.map((u) => [u.userName.toLowerCase(), u] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [rootRow(state, mfa), ...keyed.map(([, u]) => userRow(state, u, mfa))];
}

/** The whole report as CSV text, lines separated by `\n`, as GetCredentialReport's Content decodes. */
export function buildCredentialReport(state: AccountState): string {
  const lines = [CREDENTIAL_REPORT_COLUMNS.join(',')];
  for (const row of credentialReportRows(state)) {
    // Only the name and the ARN can hold a comma (names allow `,`); the rest are dates, flags and N/A.
    row[0] = cell(row[0] ?? '');
    row[1] = cell(row[1] ?? '');
    lines.push(row.join(','));
  }
  return lines.join('\n');
}

/** Split one CSV line into cells, honouring double-quoted cells. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parse a report back into records by column (tests, the UI, lesson checks). */
export function parseCredentialReport(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.split('\n');
  const columns = splitCsvLine(header ?? '');
  return rows
    .filter((r) => r.length > 0)
    .map((r) => {
      const cells = splitCsvLine(r);
      const rec: Record<string, string> = {};
      columns.forEach((c, i) => (rec[c] = cells[i] ?? ''));
      return rec;
    });
}

const B64 = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/**
 * Base64 of text's UTF-8 bytes, written into a byte array and decoded once: linear and fast on a
 * megabyte report, the same in Node and browsers (no Buffer; btoa would need a binary string first).
 */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = B64[(v >> 18) & 63] ?? PAD;
    out[o++] = B64[(v >> 12) & 63] ?? PAD;
    out[o++] = B64[(v >> 6) & 63] ?? PAD;
    out[o++] = B64[v & 63] ?? PAD;
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = ((bytes[i] ?? 0) << 16) | (two ? (bytes[i + 1] ?? 0) << 8 : 0);
    out[o++] = B64[(v >> 18) & 63] ?? PAD;
    out[o++] = B64[(v >> 12) & 63] ?? PAD;
    out[o++] = two ? (B64[(v >> 6) & 63] ?? PAD) : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder('latin1').decode(out);
}
