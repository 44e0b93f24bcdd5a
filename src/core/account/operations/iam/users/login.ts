/** Console passwords: salted hashes, the password policy check, and the LoginProfile response shape. */
import { passwordPolicyViolation, type ApiError } from '../../../errors.ts';
import { saltedHash } from '../../../hash.ts';
import type { AccountState, LoginProfile, User } from '../../../model.ts';
import type { ParamSpec } from '../../../params.ts';
import { checkPassword, reuseMessage, violationMessage } from '../../../password-policy.ts';

/** How many earlier password hashes are kept (the largest PasswordReusePrevention is 24). */
export const KEPT_PASSWORD_HASHES = 24;

/** A password parameter: printable Latin-1, tab and line breaks, 1–128 characters, never logged. */
export function passwordParam(name: string, required: boolean, doc: string): ParamSpec {
  return { name, type: 'string', required, min: 1, max: 128, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+', secret: true, doc };
}

/** PasswordPolicyViolation when the password breaks the account's policy (or AWS's default one). */
export function policyViolation(state: AccountState, password: string): ApiError | undefined {
  const context: { accountName?: string; email?: string } = { email: state.root.email };
  if (state.alias !== undefined) context.accountName = state.alias;
  const violations = checkPassword(state.passwordPolicy, password, context);
  return violations.length > 0 ? passwordPolicyViolation(violationMessage(violations)) : undefined;
}

/**
 * PasswordPolicyViolation when the reuse prevention rule forbids `password` for this profile: it may not
 * equal the current password or any of the earlier ones the rule remembers.
 */
export async function reuseViolation(state: AccountState, profile: LoginProfile, password: string): Promise<ApiError | undefined> {
  const n = state.passwordPolicy?.PasswordReusePrevention;
  if (n === undefined) return undefined;
  const hash = await saltedHash(password, profile.salt);
  const remembered = [profile.passwordHash, ...profile.previousHashes].slice(0, n);
  return remembered.includes(hash) ? passwordPolicyViolation(reuseMessage(n)) : undefined;
}

/** Set a new password on a profile: the old hash goes to the history, newest first. */
export async function setPassword(profile: LoginProfile, password: string, nowIso: string): Promise<void> {
  const hash = await saltedHash(password, profile.salt);
  profile.previousHashes = [profile.passwordHash, ...profile.previousHashes].slice(0, KEPT_PASSWORD_HASHES);
  profile.passwordHash = hash;
  profile.passwordLastChanged = nowIso;
}

/** The `LoginProfile` structure of IAM's responses. */
export function loginProfileJson(user: User, profile: LoginProfile): Record<string, unknown> {
  return { UserName: user.userName, CreateDate: profile.createDate, PasswordResetRequired: profile.passwordResetRequired };
}

/** NoSuchEntity's message when a user has no console password. */
export function noLoginProfileMessage(userName: string): string {
  return `Login Profile for User ${userName} cannot be found.`;
}
