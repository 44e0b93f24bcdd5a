/**
 * The Account settings password-policy form: filled from the policy in force, turned back into the
 * parameters of UpdateAccountPasswordPolicy — which REPLACES the whole policy, so the form always sends
 * every setting.
 */
import type { PasswordPolicy } from '../../core/account/model.ts';
import { AWS_DEFAULT_MINIMUM_LENGTH } from '../../core/account/password-policy.ts';

/** The form's fields. */
export interface PolicyForm {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expire: boolean;
  maxAgeDays: number;
  hardExpiry: boolean;
  allowChange: boolean;
  preventReuse: boolean;
  reuseCount: number;
}

/** The form for the current policy; with none set, AWS's console starts from its own suggestions. */
export function formOf(policy: PasswordPolicy | undefined): PolicyForm {
  if (!policy) {
    return { minimumLength: AWS_DEFAULT_MINIMUM_LENGTH, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true, expire: false, maxAgeDays: 90, hardExpiry: false, allowChange: true, preventReuse: false, reuseCount: 5 };
  }
  return {
    minimumLength: policy.MinimumPasswordLength,
    requireUppercase: policy.RequireUppercaseCharacters,
    requireLowercase: policy.RequireLowercaseCharacters,
    requireNumbers: policy.RequireNumbers,
    requireSymbols: policy.RequireSymbols,
    expire: policy.MaxPasswordAge !== undefined,
    maxAgeDays: policy.MaxPasswordAge ?? 90,
    hardExpiry: policy.HardExpiry,
    allowChange: policy.AllowUsersToChangePassword,
    preventReuse: policy.PasswordReusePrevention !== undefined,
    reuseCount: policy.PasswordReusePrevention ?? 5,
  };
}

/** UpdateAccountPasswordPolicy's parameters: every setting, since the call replaces the policy. */
export function policyParams(f: PolicyForm): Record<string, unknown> {
  const params: Record<string, unknown> = {
    MinimumPasswordLength: f.minimumLength,
    RequireSymbols: f.requireSymbols,
    RequireNumbers: f.requireNumbers,
    RequireUppercaseCharacters: f.requireUppercase,
    RequireLowercaseCharacters: f.requireLowercase,
    AllowUsersToChangePassword: f.allowChange,
  };
  if (f.expire) {
    params.MaxPasswordAge = f.maxAgeDays;
    params.HardExpiry = f.hardExpiry;
  } else params.HardExpiry = false;
  if (f.preventReuse) params.PasswordReusePrevention = f.reuseCount;
  return params;
}
