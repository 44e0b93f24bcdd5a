import { describe, expect, it } from 'vitest';
import { checkPassword, classesOf, passwordExpiryMs, policyFromInput, policyJson, PASSWORD_SYMBOLS, violationMessage } from './password-policy.ts';

describe('policyFromInput (UpdateAccountPasswordPolicy replaces the whole policy)', () => {
  it('fills every omitted field with its default', () => {
    expect(policyFromInput({})).toEqual({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: false,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      HardExpiry: false,
    });
  });

  it('keeps what was given and nothing of an earlier policy', () => {
    const p = policyFromInput({ MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 90, PasswordReusePrevention: 5 });
    expect(p).toMatchObject({ MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: false, MaxPasswordAge: 90, PasswordReusePrevention: 5 });
  });

  it('says ExpirePasswords exactly when MaxPasswordAge is set', () => {
    expect(policyJson(policyFromInput({})).ExpirePasswords).toBe(false);
    expect(policyJson(policyFromInput({ MaxPasswordAge: 30 }))).toMatchObject({ ExpirePasswords: true, MaxPasswordAge: 30, HardExpiry: false });
    expect('MaxPasswordAge' in policyJson(policyFromInput({}))).toBe(false);
  });
});

describe('classesOf', () => {
  it('counts every IAM symbol as a symbol and nothing else', () => {
    for (const s of PASSWORD_SYMBOLS) expect([...classesOf(s)]).toEqual(['symbol']);
    expect([...classesOf('~`"<>?/ ')]).toEqual([]);
    expect([...classesOf('aZ9')].sort()).toEqual(['lowercase', 'number', 'uppercase']);
  });
});

describe('checkPassword with a custom policy', () => {
  const strict = policyFromInput({ MinimumPasswordLength: 10, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true });
  const cases: [string, string[]][] = [
    ['Abcdef12!x', []],
    ['Ab1!', ['Password should have a minimum length of 10']],
    ['abcdefgh1!', ['Password should have at least one uppercase letter']],
    ['ABCDEFGH1!', ['Password should have at least one lowercase letter']],
    ['Abcdefghi!', ['Password should have at least one number']],
    ['Abcdefghi1', ['Password should have at least one symbol']],
    ['abc', ['Password should have a minimum length of 10', 'Password should have at least one uppercase letter', 'Password should have at least one number', 'Password should have at least one symbol']],
  ];
  it.each(cases)('%s', (password, expected) => {
    expect(checkPassword(strict, password)).toEqual(expected);
  });

  it('lets anything of six characters through the empty (default) policy', () => {
    expect(checkPassword(policyFromInput({}), 'aaaaaa')).toEqual([]);
    expect(checkPassword(policyFromInput({}), 'aaaaa')).toEqual(['Password should have a minimum length of 6']);
  });
});

describe("checkPassword with no policy: AWS's default (8+ characters, 3 of 4 classes)", () => {
  const cases: [string, string[]][] = [
    ['Abcdefg1', []],
    ['abcdefg1!', []],
    ['Abc1!', ['Password should have a minimum length of 8']],
    ['abcdefg1', ['Password should meet 1 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one symbol']],
    ['abcdefgh', ['Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol']],
  ];
  it.each(cases)('%s', (password, expected) => {
    expect(checkPassword(undefined, password)).toEqual(expected);
  });

  it('refuses the account email as a password', () => {
    expect(checkPassword(undefined, 'Owner@Example.com', { email: 'owner@example.com' })).toEqual(['Password should not be identical to your AWS account name or email address']);
  });

  it('joins several violations into one message', () => {
    expect(violationMessage(['a', 'b'])).toBe('a, b');
  });
});

describe('passwordExpiryMs', () => {
  it('is MaxPasswordAge days after the last change, or never', () => {
    expect(passwordExpiryMs(undefined, 0)).toBeUndefined();
    expect(passwordExpiryMs(policyFromInput({}), 0)).toBeUndefined();
    expect(passwordExpiryMs(policyFromInput({ MaxPasswordAge: 2 }), 1000)).toBe(1000 + 2 * 86_400_000);
  });
});
