/**
 * UpdateAccountPasswordPolicy: set the account's password policy. It REPLACES the whole policy, as AWS
 * does: every field left out goes back to its default (so calling it with nothing sets the weakest policy,
 * weaker than AWS's default when no policy is set).
 */
import { defineOperation } from '../../../operation.ts';
import { policyFromInput, POLICY_RANGES, type PasswordPolicyInput } from '../../../password-policy.ts';

export const UpdateAccountPasswordPolicy = defineOperation<PasswordPolicyInput, undefined>({
  service: 'iam',
  name: 'UpdateAccountPasswordPolicy',
  summary: 'Updates the password policy settings for the account; omitted settings return to their defaults.',
  params: [
    { name: 'MinimumPasswordLength', type: 'integer', ...POLICY_RANGES.MinimumPasswordLength, doc: 'Minimum number of characters (default 6).' },
    { name: 'RequireSymbols', type: 'boolean', doc: "Require at least one of ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '." },
    { name: 'RequireNumbers', type: 'boolean', doc: 'Require at least one digit (0-9).' },
    { name: 'RequireUppercaseCharacters', type: 'boolean', doc: 'Require at least one uppercase letter (A-Z).' },
    { name: 'RequireLowercaseCharacters', type: 'boolean', doc: 'Require at least one lowercase letter (a-z).' },
    { name: 'AllowUsersToChangePassword', type: 'boolean', doc: 'Let every IAM user change its own password.' },
    { name: 'MaxPasswordAge', type: 'integer', ...POLICY_RANGES.MaxPasswordAge, doc: 'Days a password stays valid (default: never expires).' },
    { name: 'PasswordReusePrevention', type: 'integer', ...POLICY_RANGES.PasswordReusePrevention, doc: 'How many previous passwords cannot be reused.' },
    { name: 'HardExpiry', type: 'boolean', doc: 'Whether users whose password expired need an administrator to reset it.' },
  ],
  resource: () => '*',
  run(ctx, p) {
    ctx.state.passwordPolicy = policyFromInput(p);
    return undefined;
  },
});
