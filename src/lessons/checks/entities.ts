/** Checks over the account's entities: root, users, groups, roles, the password policy. */
import { DAY_MS } from '../../core/account/env.ts';
import type { AccountState } from '../../core/account/model.ts';
import { findRole, findUser } from '../../core/account/principals.ts';
import { authorize } from '../../core/engine/authorize.ts';
import { compare, describeComparison } from '../compare.ts';
import type { GroupCheck, PasswordPolicyCheck, RoleCheck, RootCheck, UserCheck } from '../types.ts';
import { defineCheck } from './check.ts';

/** A policy named in a lesson: a name (`AdministratorAccess`) or an ARN. */
function sameManagedPolicy(state: AccountState, arn: string, wanted: string): boolean {
  return arn === wanted || state.policies[arn]?.policyName === wanted;
}

function mfaEnabledFor(state: AccountState, who: string): boolean {
  return Object.values(state.mfaDevices).some((d) => d.enabledFor !== undefined && d.enabledFor.toLowerCase() === who.toLowerCase());
}

export const rootCheck = defineCheck<RootCheck>({
  kind: 'root',
  evaluate(check, { state }) {
    const keys = state.root.accessKeys.length;
    if (check.accessKeys !== undefined && !compare(keys, check.accessKeys)) {
      return `The root user has ${keys} access key${keys === 1 ? '' : 's'}; it should have ${describeComparison(check.accessKeys)}.`;
    }
    if (check.mfa !== undefined && mfaEnabledFor(state, 'root') !== check.mfa) {
      return check.mfa ? 'The root user has no MFA device enabled yet.' : 'The root user should not have an MFA device here.';
    }
    return undefined;
  },
});

export const userCheck = defineCheck<UserCheck>({
  kind: 'user',
  evaluate(check, { state, nowMs }) {
    const user = findUser(state, check.name);
    if (check.exists === false) return user ? `The user ${check.name} still exists.` : undefined;
    if (!user) return `There is no user named ${check.name} yet.`;
    if (check.console !== undefined && (user.loginProfile !== undefined) !== check.console) {
      return check.console ? `${user.userName} cannot sign in to the console yet (no password).` : `${user.userName} should not have a console password.`;
    }
    if (check.passwordResetRequired !== undefined && (user.loginProfile?.passwordResetRequired ?? false) !== check.passwordResetRequired) {
      return check.passwordResetRequired ? `${user.userName} is not asked to choose a new password at first sign-in.` : `${user.userName} is still asked to reset the password.`;
    }
    const keys = user.accessKeys.length;
    if (check.accessKeys !== undefined && !compare(keys, check.accessKeys)) return `${user.userName} has ${keys} access key${keys === 1 ? '' : 's'}; expected ${describeComparison(check.accessKeys)}.`;
    const active = user.accessKeys.filter((k) => k.status === 'Active');
    if (check.activeAccessKeys !== undefined && !compare(active.length, check.activeAccessKeys)) {
      return `${user.userName} has ${active.length} active access key${active.length === 1 ? '' : 's'}; expected ${describeComparison(check.activeAccessKeys)}.`;
    }
    if (check.activeKeysYoungerThanDays !== undefined) {
      const old = active.find((k) => nowMs - Date.parse(k.createDate) >= check.activeKeysYoungerThanDays! * DAY_MS);
      if (old) return `${user.userName} still has an active key older than ${check.activeKeysYoungerThanDays} days.`;
    }
    if (check.keyDeleted !== undefined && user.accessKeys.some((k) => k.accessKeyId === check.keyDeleted)) {
      return `The key ${check.keyDeleted} still exists (deactivating it is not enough).`;
    }
    for (const g of check.inGroups ?? []) {
      if (!user.groups.some((x) => x.toLowerCase() === g.toLowerCase())) return `${user.userName} is not in the group ${g} yet.`;
    }
    const direct = user.attachedPolicies.length + Object.keys(user.inlinePolicies).length;
    if (check.directPolicies !== undefined && !compare(direct, check.directPolicies)) {
      return `${user.userName} has ${direct} polic${direct === 1 ? 'y' : 'ies'} attached directly; expected ${describeComparison(check.directPolicies)}.`;
    }
    for (const p of check.attached ?? []) {
      if (!user.attachedPolicies.some((arn) => sameManagedPolicy(state, arn, p))) return `${p} is not attached to ${user.userName}.`;
    }
    if (check.mfa !== undefined && mfaEnabledFor(state, user.userName) !== check.mfa) {
      return check.mfa ? `${user.userName} has no MFA device enabled.` : `${user.userName} should not have MFA here.`;
    }
    return undefined;
  },
});

export const groupCheck = defineCheck<GroupCheck>({
  kind: 'group',
  evaluate(check, { state }) {
    const group = state.groups[check.name.toLowerCase()];
    if (check.exists === false) return group ? `The group ${check.name} still exists.` : undefined;
    if (!group) return `There is no group named ${check.name} yet.`;
    for (const p of check.attached ?? []) {
      if (!group.attachedPolicies.some((arn) => sameManagedPolicy(state, arn, p))) return `${p} is not attached to the group ${group.groupName}.`;
    }
    for (const m of check.members ?? []) {
      const user = findUser(state, m);
      if (!user || !user.groups.some((g) => g.toLowerCase() === group.groupName.toLowerCase())) return `${m} is not a member of ${group.groupName} yet.`;
    }
    return undefined;
  },
});

export const roleCheck = defineCheck<RoleCheck>({
  kind: 'role',
  evaluate(check, { state }) {
    const role = findRole(state, check.name);
    if (check.exists === false) return role ? `The role ${check.name} still exists.` : undefined;
    if (!role) return `There is no role named ${check.name} yet.`;
    for (const p of check.attached ?? []) {
      if (!role.attachedPolicies.some((arn) => sameManagedPolicy(state, arn, p))) return `${p} is not attached to the role ${role.roleName}.`;
    }
    if (check.trusts !== undefined) {
      const principal = /^\d{12}$/.test(check.trusts) ? `arn:aws:iam::${check.trusts}:root` : check.trusts;
      const d = authorize(
        { principal, action: 'sts:AssumeRole', resource: role.arn, resourceAccount: state.accountId },
        { resource: [{ document: role.assumeRolePolicyDocument }] },
        { explain: false },
      );
      // The trust policy must name this principal (or its account); identity permissions are checked elsewhere.
      const trusted = d.decision === 'Allow' || (d.decision === 'ImplicitDeny' && d.stage === 'identity');
      if (!trusted) return `The trust policy of ${role.roleName} does not let ${check.trusts} assume it.`;
    }
    return undefined;
  },
});

/** AWS's fields of GetAccountPasswordPolicy, computed from the stored policy. */
function policyFields(state: AccountState): Record<string, number | boolean> | undefined {
  const p = state.passwordPolicy;
  if (!p) return undefined;
  const out: Record<string, number | boolean> = { ...p, ExpirePasswords: p.MaxPasswordAge !== undefined };
  return out;
}

export const passwordPolicyCheck = defineCheck<PasswordPolicyCheck>({
  kind: 'password-policy',
  evaluate(check, { state }) {
    const fields = policyFields(state);
    if (check.exists === false) return fields ? 'A custom password policy is still set.' : undefined;
    if (!fields) return 'No password policy is set for the account yet.';
    for (const [name, want] of Object.entries(check.fields ?? {})) {
      const have = fields[name];
      if (typeof want === 'boolean') {
        if ((have ?? false) !== want) return `The password policy's ${name} is ${String(have ?? false)}; it should be ${String(want)}.`;
      } else if (typeof have !== 'number' || !compare(have, want)) {
        return `The password policy's ${name} is ${have === undefined ? 'not set' : String(have)}; it should be ${describeComparison(want)}.`;
      }
    }
    return undefined;
  },
});
