/**
 * Security Status: the old IAM dashboard's checklist as a pure function of the account, plus a check
 * for long-lived access keys. Each item says whether it passes and, in a sentence, why.
 *
 * The items, precisely:
 * - `root-access-keys`: the root user has no access keys (active or inactive).
 * - `root-mfa`: an MFA device is enabled for the root user (MfaDevice.enabledFor === 'root').
 * - `individual-users`: at least one IAM user exists (people do not share the root user).
 * - `groups-for-permissions`: at least one user is a member of a group, and no user has permissions of
 *   its own — no managed policy attached directly and no inline policy. (A permissions boundary grants
 *   nothing, so it does not count.)
 * - `password-policy`: a custom account password policy is set.
 * - `access-key-age`: no ACTIVE access key, of the root user or of any user, was created more than 90
 *   days ago on the simulated clock. Inactive keys cannot sign calls, so they do not count.
 */
import type { AccountState } from './model.ts';

/** The ids of the checklist's items, in the dashboard's order. */
export type SecurityItemId = 'root-access-keys' | 'root-mfa' | 'individual-users' | 'groups-for-permissions' | 'password-policy' | 'access-key-age';

/** One item of the checklist. */
export interface SecurityItem {
  id: SecurityItemId;
  /** The item as the dashboard named it. */
  label: string;
  ok: boolean;
  /** One sentence: what was found. */
  detail: string;
}

/** Access keys older than this should be rotated. */
export const MAX_KEY_AGE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A list of names for a sentence: "a, b and 3 more". */
function someNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The checklist for the account at simulated time `nowMs`. */
export function securityStatus(state: AccountState, nowMs: number): SecurityItem[] {
  const users = Object.values(state.users);
  const rootKeys = state.root.accessKeys.length;

  const rootMfa = Object.values(state.mfaDevices).some((d) => d.enabledFor === 'root');

  let inGroups = 0;
  const direct: string[] = [];
  for (const u of users) {
    if (u.groups.length > 0) inGroups++;
    if (u.attachedPolicies.length > 0 || Object.keys(u.inlinePolicies).length > 0) direct.push(u.userName);
  }
  const groupCount = Object.keys(state.groups).length;
  let groupsDetail: string;
  if (direct.length > 0) groupsDetail = `${direct.length === 1 ? '1 user has policies of its own' : `${direct.length} users have policies of their own`}: ${someNames(direct)}.`;
  else if (inGroups === 0) groupsDetail = groupCount === 0 ? 'No groups exist yet.' : 'No user is a member of a group yet.';
  else groupsDetail = `${plural(inGroups, 'user gets', 'users get')} permissions through groups, and no user has policies of its own.`;

  const cutoff = nowMs - MAX_KEY_AGE_DAYS * DAY_MS;
  const oldKeys: string[] = [];
  const check = (owner: string, keys: AccountState['root']['accessKeys']): void => {
    for (const k of keys) if (k.status === 'Active' && Date.parse(k.createDate) < cutoff) oldKeys.push(`${owner} (${k.accessKeyId})`);
  };
  check('root', state.root.accessKeys);
  for (const u of users) check(u.userName, u.accessKeys);

  return [
    {
      id: 'root-access-keys',
      label: 'Delete your root access keys',
      ok: rootKeys === 0,
      detail: rootKeys === 0 ? 'The root user has no access keys.' : `The root user has ${plural(rootKeys, 'access key', 'access keys')}.`,
    },
    {
      id: 'root-mfa',
      label: 'Activate MFA on your root account',
      ok: rootMfa,
      detail: rootMfa ? 'An MFA device is enabled for the root user.' : 'No MFA device is enabled for the root user.',
    },
    {
      id: 'individual-users',
      label: 'Create individual IAM users',
      ok: users.length > 0,
      detail: users.length > 0 ? `The account has ${plural(users.length, 'IAM user', 'IAM users')}.` : 'The account has no IAM users; only the root user can sign in.',
    },
    {
      id: 'groups-for-permissions',
      label: 'Use groups to assign permissions',
      ok: inGroups > 0 && direct.length === 0,
      detail: groupsDetail,
    },
    {
      id: 'password-policy',
      label: 'Apply an IAM password policy',
      ok: state.passwordPolicy !== undefined,
      detail: state.passwordPolicy !== undefined ? 'A custom password policy is set.' : "No custom password policy is set; AWS's default policy applies.",
    },
    {
      id: 'access-key-age',
      label: `Rotate access keys older than ${MAX_KEY_AGE_DAYS} days`,
      ok: oldKeys.length === 0,
      detail:
        oldKeys.length === 0
          ? `No active access key is older than ${MAX_KEY_AGE_DAYS} days.`
          : `${plural(oldKeys.length, 'active access key is', 'active access keys are')} older than ${MAX_KEY_AGE_DAYS} days: ${someNames(oldKeys)}.`,
    },
  ];
}
