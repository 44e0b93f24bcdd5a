/**
 * Who is calling: resolve "root", "user/NAME" or an access key id to a principal, check the key, and
 * gather the policies that apply to that principal for the engine.
 */
import type { PolicyInput, PolicySet } from '../engine/types.ts';
import type { Env } from './env.ts';
import { nowMs } from './env.ts';
import { expiredToken, invalidClientTokenId, noSuchUser, type ApiError } from './errors.ts';
import type { AccessKey, AccountState, Role, SessionCredentials, User } from './model.ts';

/** How a call says who makes it (`--as` on the command line, the account panel in the app). */
export type CallAs =
  | { kind: 'root' }
  | { kind: 'user'; userName: string }
  | { kind: 'accessKey'; accessKeyId: string }
  | { kind: 'anonymous' };

/** The principal a call runs as, resolved and checked. */
export interface CallerPrincipal {
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'Anonymous';
  arn: string;
  accountId: string;
  /** aws:userid: the account id for root, AIDA… for users, AROA…:session for roles. */
  userId: string;
  userName?: string;
  user?: User;
  session?: SessionCredentials;
  role?: Role;
  /** The access key that signed the call, if one did. */
  accessKeyId?: string;
  accessKey?: AccessKey;
  /** Signed in with MFA (console with MFA, or a session created with MFA). */
  mfaAuthenticated: boolean;
}

/** Find a user by name (names are unique ignoring case). */
export function findUser(state: AccountState, userName: string): User | undefined {
  return state.users[userName.toLowerCase()];
}

/** Find a role by name. */
export function findRole(state: AccountState, roleName: string): Role | undefined {
  return state.roles[roleName.toLowerCase()];
}

function rootPrincipal(state: AccountState): CallerPrincipal {
  return { type: 'Root', arn: state.root.arn, accountId: state.accountId, userId: state.accountId, mfaAuthenticated: false };
}

function userPrincipal(state: AccountState, user: User): CallerPrincipal {
  return { type: 'IAMUser', arn: user.arn, accountId: state.accountId, userId: user.userId, userName: user.userName, user, mfaAuthenticated: false };
}

/** Resolve and check the caller. Unknown, deleted or inactive keys fail as AWS fails them. */
export function resolveCaller(state: AccountState, as: CallAs, env: Env): CallerPrincipal | ApiError {
  switch (as.kind) {
    case 'root':
      return rootPrincipal(state);
    case 'anonymous':
      return { type: 'Anonymous', arn: '*', accountId: '', userId: 'anonymous', mfaAuthenticated: false };
    case 'user': {
      const user = findUser(state, as.userName);
      return user ? userPrincipal(state, user) : noSuchUser(as.userName);
    }
    case 'accessKey': {
      const id = as.accessKeyId;
      const rootKey = state.root.accessKeys.find((k) => k.accessKeyId === id);
      if (rootKey) {
        return rootKey.status === 'Active' ? { ...rootPrincipal(state), accessKeyId: id, accessKey: rootKey } : invalidClientTokenId();
      }
      for (const user of Object.values(state.users)) {
        const key = user.accessKeys.find((k) => k.accessKeyId === id);
        if (key) return key.status === 'Active' ? { ...userPrincipal(state, user), accessKeyId: id, accessKey: key } : invalidClientTokenId();
      }
      const session = state.sessions.find((s) => s.accessKeyId === id);
      if (session) {
        if (Date.parse(session.expiration) <= nowMs(state, env)) return expiredToken();
        const role = findRole(state, session.roleName);
        if (!role) return invalidClientTokenId();
        return {
          type: 'AssumedRole',
          arn: session.arn,
          accountId: state.accountId,
          userId: `${role.roleId}:${session.sessionName}`,
          session,
          role,
          accessKeyId: id,
          mfaAuthenticated: session.mfaAuthenticated,
        };
      }
      return invalidClientTokenId();
    }
  }
}

/** The default version's document of a managed policy, by ARN. */
export function managedDocument(state: AccountState, arn: string): string | undefined {
  return state.policies[arn]?.versions.find((v) => v.isDefault)?.document;
}

function managedInputs(state: AccountState, arns: readonly string[], owner: string): PolicyInput[] {
  const out: PolicyInput[] = [];
  for (const arn of arns) {
    const doc = managedDocument(state, arn);
    if (doc !== undefined) out.push({ name: `${state.policies[arn]?.policyName ?? arn} (attached to ${owner})`, document: doc });
  }
  return out;
}

function inlineInputs(inline: Record<string, string>, owner: string): PolicyInput[] {
  return Object.entries(inline).map(([name, doc]) => ({ name: `${name} (inline, ${owner})`, document: doc }));
}

/** The identity-side policies of a principal: identity (user + groups, or role), boundary, session. */
export function principalPolicies(state: AccountState, caller: CallerPrincipal): PolicySet {
  if (caller.type === 'IAMUser' && caller.user) {
    const user = caller.user;
    const identity = [...inlineInputs(user.inlinePolicies, `user ${user.userName}`), ...managedInputs(state, user.attachedPolicies, `user ${user.userName}`)];
    for (const groupName of user.groups) {
      const group = state.groups[groupName.toLowerCase()];
      if (!group) continue;
      identity.push(...inlineInputs(group.inlinePolicies, `group ${group.groupName}`), ...managedInputs(state, group.attachedPolicies, `group ${group.groupName}`));
    }
    const set: PolicySet = { identity };
    if (user.permissionsBoundary) set.boundary = managedInputs(state, [user.permissionsBoundary], `user ${user.userName} as boundary`);
    return set;
  }
  if (caller.type === 'AssumedRole' && caller.role) {
    const role = caller.role;
    const set: PolicySet = {
      identity: [...inlineInputs(role.inlinePolicies, `role ${role.roleName}`), ...managedInputs(state, role.attachedPolicies, `role ${role.roleName}`)],
    };
    if (role.permissionsBoundary) set.boundary = managedInputs(state, [role.permissionsBoundary], `role ${role.roleName} as boundary`);
    if (caller.session?.sessionPolicy) set.session = [{ name: 'session policy', document: caller.session.sessionPolicy }];
    return set;
  }
  return {};
}

/** A principal named by reference (`root`, `user/NAME`, `user/PATH/NAME`, `role/NAME`) with its policies. */
export interface NamedPrincipal {
  arn: string;
  policies: PolicySet;
}

/**
 * Resolve a principal by reference, as lessons, the access analysis and the editor name them. A role
 * acts as a session of that role named `sessionName`. Undefined when there is no such principal.
 */
export function namedPrincipal(state: AccountState, ref: string, sessionName: string): NamedPrincipal | undefined {
  if (ref === 'root') return { arn: state.root.arn, policies: {} };
  const [kind, ...rest] = ref.split('/');
  const name = rest.pop() ?? '';
  if (kind === 'user') {
    const user = findUser(state, name);
    return user ? { arn: user.arn, policies: principalPolicies(state, userPrincipal(state, user)) } : undefined;
  }
  if (kind === 'role') {
    const role = findRole(state, name);
    if (!role) return undefined;
    const arn = `arn:aws:sts::${state.accountId}:assumed-role/${role.roleName}/${sessionName}`;
    const caller: CallerPrincipal = { type: 'AssumedRole', arn, accountId: state.accountId, userId: `${role.roleId}:${sessionName}`, role, mfaAuthenticated: false };
    return { arn, policies: principalPolicies(state, caller) };
  }
  return undefined;
}
