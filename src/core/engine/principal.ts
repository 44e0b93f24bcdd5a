/**
 * Who is calling: what the engine learns from the principal's ARN, and how a Principal / NotPrincipal
 * element of a resource-based policy matches it.
 */

/** The kinds of caller AWS distinguishes in aws:PrincipalType. */
export type PrincipalType = 'Account' | 'User' | 'AssumedRole' | 'Role' | 'FederatedUser' | 'Anonymous' | 'Service';

/** Facts about the caller taken from its ARN. */
export interface PrincipalInfo {
  arn: string;
  type: PrincipalType;
  /** 12-digit account id, empty for anonymous and service principals. */
  account: string;
  /** The user's name (users only). */
  userName?: string;
  /** For role sessions: the role's ARN as `arn:aws:iam::ACCOUNT:role/NAME`. */
  roleArn?: string;
  /** For role sessions: the session name. */
  sessionName?: string;
  /** For federated users: the federated user's name. */
  federatedName?: string;
  partition: string;
}

/** Read the caller's ARN. Unrecognised strings are treated as service principals or anonymous. */
export function describePrincipal(principal: string): PrincipalInfo {
  if (principal === '*' || principal === '' || principal.toLowerCase() === 'anonymous') {
    return { arn: '*', type: 'Anonymous', account: '', partition: 'aws' };
  }
  const m = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/.exec(principal);
  if (!m) {
    if (/^\d{12}$/.test(principal)) {
      return { arn: `arn:aws:iam::${principal}:root`, type: 'Account', account: principal, partition: 'aws' };
    }
    return { arn: principal, type: 'Service', account: '', partition: 'aws' };
  }
  const partition = m[1] as string;
  const service = m[2] as string;
  const account = m[3] as string;
  const rest = m[4] as string;
  const base = { arn: principal, account, partition };
  if (service === 'iam' && rest === 'root') return { ...base, type: 'Account' };
  if (service === 'iam' && rest.startsWith('user/')) {
    return { ...base, type: 'User', userName: rest.slice(rest.lastIndexOf('/') + 1) };
  }
  if (service === 'iam' && rest.startsWith('role/')) {
    const name = rest.slice(rest.lastIndexOf('/') + 1);
    return { ...base, type: 'Role', roleArn: `arn:${partition}:iam::${account}:role/${name}` };
  }
  if (service === 'sts' && rest.startsWith('assumed-role/')) {
    const [, role = '', ...session] = rest.split('/');
    return {
      ...base,
      type: 'AssumedRole',
      roleArn: `arn:${partition}:iam::${account}:role/${role}`,
      sessionName: session.join('/'),
    };
  }
  if (service === 'sts' && rest.startsWith('federated-user/')) {
    return { ...base, type: 'FederatedUser', federatedName: rest.slice('federated-user/'.length) };
  }
  return { ...base, type: 'Service' };
}

/**
 * How a principal entry names the caller:
 * - `everyone`: `*` or `{"AWS": "*"}`;
 * - `account`: the caller's account (its id or `arn:aws:iam::ID:root`) — a delegation to the account;
 * - `role`: the role whose session is calling (limited by boundary and session policies);
 * - `direct`: the caller itself (user ARN, role session ARN, federated user, service).
 */
export type PrincipalMatch = 'everyone' | 'account' | 'role' | 'direct';

/** A compiled Principal / NotPrincipal element. */
export interface PrincipalSpec {
  everyone: boolean;
  /** Account ids named (by id or root ARN). */
  accounts: Set<string>;
  /** Other ARNs and names (users, roles, sessions, services, federated, canonical users), exact. */
  names: Set<string>;
}

/** Compile a Principal element value: `"*"` or an object of AWS / Service / Federated / CanonicalUser. */
export function compilePrincipal(raw: unknown): PrincipalSpec {
  const spec: PrincipalSpec = { everyone: false, accounts: new Set(), names: new Set() };
  if (raw === '*') {
    spec.everyone = true;
    return spec;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return spec;
  for (const [kind, value] of Object.entries(raw as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    for (const v of list) {
      if (typeof v !== 'string') continue;
      if (v === '*') {
        // `{"AWS": "*"}` is everyone; other kinds with "*" are treated the same way.
        spec.everyone = true;
      } else if (kind === 'AWS' && /^\d{12}$/.test(v)) {
        spec.accounts.add(v);
      } else if (kind === 'AWS' && /^arn:[^:]+:iam::\d{12}:root$/.test(v)) {
        spec.accounts.add(v.split(':')[4] as string);
      } else {
        spec.names.add(v);
      }
    }
  }
  return spec;
}

/** How the element names the caller, or undefined when it does not. */
export function matchPrincipal(spec: PrincipalSpec, who: PrincipalInfo): PrincipalMatch | undefined {
  if (who.type !== 'Anonymous') {
    if (spec.names.has(who.arn)) return who.type === 'Role' ? 'role' : 'direct';
    if (who.roleArn !== undefined && spec.names.has(who.roleArn)) return 'role';
    if (who.type === 'Account' && spec.accounts.has(who.account)) return 'direct';
    if (who.account !== '' && spec.accounts.has(who.account)) return 'account';
  }
  return spec.everyone ? 'everyone' : undefined;
}

/**
 * Is the caller exempt from a NotPrincipal element? AWS may check the account, then the role, then the
 * session (NotPrincipal reference page), so the caller is exempt only when every link of its chain is
 * listed: a user needs its ARN and its account; a role session its session ARN, its role ARN and its
 * account; the root user its account.
 */
export function exemptFromNotPrincipal(spec: PrincipalSpec, who: PrincipalInfo): boolean {
  if (who.type === 'Anonymous') return spec.everyone;
  if (who.type === 'Service') return spec.names.has(who.arn) || spec.everyone;
  if (spec.everyone) return true;
  if (!spec.accounts.has(who.account)) return false;
  if (who.type === 'Account') return true;
  if (who.roleArn !== undefined && who.type === 'AssumedRole' && !spec.names.has(who.roleArn)) return false;
  return spec.names.has(who.arn);
}
