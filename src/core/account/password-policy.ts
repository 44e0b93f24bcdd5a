/**
 * The account password policy as pure rules: defaults of UpdateAccountPasswordPolicy, AWS's own default
 * policy when none is set, and checking a password against either. The policy applies to IAM users'
 * console passwords only: never to the root user, never to access keys.
 */
import type { PasswordPolicy } from './model.ts';

/** The characters IAM counts as symbols (IAM User Guide: setting an account password policy). */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

/** Ranges of UpdateAccountPasswordPolicy's integer parameters (IAM API reference). */
export const POLICY_RANGES = {
  MinimumPasswordLength: { min: 6, max: 128 },
  MaxPasswordAge: { min: 1, max: 1095 },
  PasswordReusePrevention: { min: 1, max: 24 },
} as const;

/** What UpdateAccountPasswordPolicy may be given; every field optional. */
export type PasswordPolicyInput = Partial<PasswordPolicy>;

/**
 * The policy UpdateAccountPasswordPolicy stores: it REPLACES the whole policy, so a field left out
 * returns to its default (length 6, every requirement off, no expiry, no reuse prevention).
 */
export function policyFromInput(input: PasswordPolicyInput): PasswordPolicy {
  const policy: PasswordPolicy = {
    MinimumPasswordLength: input.MinimumPasswordLength ?? 6,
    RequireSymbols: input.RequireSymbols ?? false,
    RequireNumbers: input.RequireNumbers ?? false,
    RequireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
    RequireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
    AllowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
    HardExpiry: input.HardExpiry ?? false,
  };
  if (input.MaxPasswordAge !== undefined) policy.MaxPasswordAge = input.MaxPasswordAge;
  if (input.PasswordReusePrevention !== undefined) policy.PasswordReusePrevention = input.PasswordReusePrevention;
  return policy;
}

/** The `PasswordPolicy` structure GetAccountPasswordPolicy returns (with ExpirePasswords added). */
export function policyJson(policy: PasswordPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {
    MinimumPasswordLength: policy.MinimumPasswordLength,
    RequireSymbols: policy.RequireSymbols,
    RequireNumbers: policy.RequireNumbers,
    RequireUppercaseCharacters: policy.RequireUppercaseCharacters,
    RequireLowercaseCharacters: policy.RequireLowercaseCharacters,
    AllowUsersToChangePassword: policy.AllowUsersToChangePassword,
    ExpirePasswords: policy.MaxPasswordAge !== undefined,
  };
  if (policy.MaxPasswordAge !== undefined) out.MaxPasswordAge = policy.MaxPasswordAge;
  if (policy.PasswordReusePrevention !== undefined) out.PasswordReusePrevention = policy.PasswordReusePrevention;
  if (policy.HardExpiry || policy.MaxPasswordAge !== undefined) out.HardExpiry = policy.HardExpiry;
  return out;
}

/** The four character classes a password can contain. */
export type CharacterClass = 'uppercase' | 'lowercase' | 'number' | 'symbol';

const CLASS_RULE: Record<CharacterClass, string> = {
  uppercase: 'Password should have at least one uppercase letter',
  lowercase: 'Password should have at least one lowercase letter',
  number: 'Password should have at least one number',
  symbol: 'Password should have at least one symbol',
};

/** The character classes present in a password (letters A–Z / a–z, digits, IAM's symbols). */
export function classesOf(password: string): Set<CharacterClass> {
  const found = new Set<CharacterClass>();
  for (const ch of password) {
    if (ch >= 'A' && ch <= 'Z') found.add('uppercase');
    else if (ch >= 'a' && ch <= 'z') found.add('lowercase');
    else if (ch >= '0' && ch <= '9') found.add('number');
    else if (PASSWORD_SYMBOLS.includes(ch)) found.add('symbol');
  }
  return found;
}

/** Facts about the account a password must not equal under AWS's default policy. */
export interface PasswordContext {
  accountName?: string;
  email?: string;
}

/** AWS's default policy, in force while no custom policy is set: 8+ characters, 3 of the 4 classes. */
export const AWS_DEFAULT_MINIMUM_LENGTH = 8;

/**
 * The rules a password breaks, each phrased as IAM phrases it; empty when it complies.
 * `policy` undefined means no custom policy: AWS's default policy applies.
 */
export function checkPassword(policy: PasswordPolicy | undefined, password: string, context: PasswordContext = {}): string[] {
  const out: string[] = [];
  const classes = classesOf(password);
  if (!policy) {
    if (password.length < AWS_DEFAULT_MINIMUM_LENGTH) out.push(`Password should have a minimum length of ${AWS_DEFAULT_MINIMUM_LENGTH}`);
    const missing = (['uppercase', 'lowercase', 'number', 'symbol'] as const).filter((c) => !classes.has(c));
    const needed = missing.length - 1; // three of the four classes
    if (needed > 0) {
      out.push(`Password should meet ${needed} more of the following requirements: ${missing.map((c) => CLASS_RULE[c]).join(', ')}`);
    }
    const lower = password.toLowerCase();
    if ((context.accountName && lower === context.accountName.toLowerCase()) || (context.email && lower === context.email.toLowerCase())) {
      out.push('Password should not be identical to your AWS account name or email address');
    }
    return out;
  }
  if (password.length < policy.MinimumPasswordLength) out.push(`Password should have a minimum length of ${policy.MinimumPasswordLength}`);
  if (policy.RequireUppercaseCharacters && !classes.has('uppercase')) out.push(CLASS_RULE.uppercase);
  if (policy.RequireLowercaseCharacters && !classes.has('lowercase')) out.push(CLASS_RULE.lowercase);
  if (policy.RequireNumbers && !classes.has('number')) out.push(CLASS_RULE.number);
  if (policy.RequireSymbols && !classes.has('symbol')) out.push(CLASS_RULE.symbol);
  return out;
}

/** The message PasswordPolicyViolation carries for a list of broken rules. */
export function violationMessage(violations: readonly string[]): string {
  return violations.join(', ');
}

/** The message for a password that the reuse prevention rule refuses. */
export function reuseMessage(count: number): string {
  return `Password should not be one of your last ${count} passwords`;
}

/** When a password set at `lastChangedMs` must be changed, or undefined when passwords never expire. */
export function passwordExpiryMs(policy: PasswordPolicy | undefined, lastChangedMs: number): number | undefined {
  if (!policy || policy.MaxPasswordAge === undefined) return undefined;
  return lastChangedMs + policy.MaxPasswordAge * 24 * 60 * 60 * 1000;
}
