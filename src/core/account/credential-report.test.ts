import { describe, expect, it } from 'vitest';
import { base64Utf8, buildCredentialReport, CREDENTIAL_REPORT_COLUMNS, parseCredentialReport } from './credential-report.ts';
import { createAccount } from './create.ts';
import type { User } from './model.ts';
import { policyFromInput } from './password-policy.ts';

const T0 = Date.parse('2026-01-15T10:00:00Z');

function user(name: string, extra: Partial<User> = {}): User {
  return {
    userName: name,
    userId: `AIDA${name.toUpperCase()}`,
    path: '/',
    arn: `arn:aws:iam::111122223333:user/${name}`,
    createDate: '2026-01-01T00:00:00+00:00',
    tags: [],
    accessKeys: [],
    groups: [],
    attachedPolicies: [],
    inlinePolicies: {},
    ...extra,
  };
}

describe('credential report', () => {
  it("has AWS's 22 columns in AWS's order", () => {
    const header = buildCredentialReport(createAccount({ createdAt: T0 })).split('\n')[0];
    expect(header).toBe(
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
        'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
        'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
        'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
    );
    expect(CREDENTIAL_REPORT_COLUMNS).toHaveLength(22);
  });

  it('prints the root row as AWS does: <root_account>, not_supported password fields', () => {
    const csv = buildCredentialReport(createAccount({ createdAt: T0 }));
    expect(csv.split('\n')[1]).toBe(
      '<root_account>,arn:aws:iam::111122223333:root,2026-01-15T10:00:00+00:00,not_supported,no_information,not_supported,not_supported,false,' +
        'false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
    );
  });

  it('shows root MFA, root keys and the last root sign-in', () => {
    const s = createAccount({ createdAt: T0 });
    s.root.passwordLastUsed = '2026-01-14T08:00:00+00:00';
    s.root.accessKeys.push({ accessKeyId: 'AKIAROOT', secretHash: '', status: 'Active', createDate: '2026-01-02T00:00:00+00:00', lastUsed: { date: '2026-01-10T00:00:00+00:00', serviceName: 's3', region: 'eu-west-1' } });
    s.mfaDevices.m = { serialNumber: 'm', kind: 'virtual', seed: '', enabledFor: 'root', createDate: '' };
    const [root] = parseCredentialReport(buildCredentialReport(s));
    expect(root).toMatchObject({
      password_last_used: '2026-01-14T08:00:00+00:00',
      mfa_active: 'true',
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2026-01-02T00:00:00+00:00',
      access_key_1_last_used_date: '2026-01-10T00:00:00+00:00',
      access_key_1_last_used_region: 'eu-west-1',
      access_key_1_last_used_service: 's3',
      access_key_2_active: 'false',
    });
  });

  it('a user without password or keys: false and N/A everywhere', () => {
    const s = createAccount({ createdAt: T0 });
    s.users.bob = user('bob');
    expect(buildCredentialReport(s).split('\n')[2]).toBe(
      'bob,arn:aws:iam::111122223333:user/bob,2026-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
    );
  });

  it('a user with a password never used, an inactive unused key and MFA; next rotation from MaxPasswordAge', () => {
    const s = createAccount({ createdAt: T0 });
    s.users.carol = user('carol', {
      loginProfile: { passwordHash: 'h', salt: 's', createDate: '2026-01-03T00:00:00+00:00', passwordResetRequired: false, passwordLastChanged: '2026-01-03T00:00:00+00:00', previousHashes: [] },
      accessKeys: [
        { accessKeyId: 'AKIA1', secretHash: '', status: 'Inactive', createDate: '2026-01-04T00:00:00+00:00' },
        { accessKeyId: 'AKIA2', secretHash: '', status: 'Active', createDate: '2026-01-05T00:00:00+00:00' },
      ],
    });
    s.mfaDevices.c = { serialNumber: 'c', kind: 'virtual', seed: '', enabledFor: 'carol', createDate: '' };
    const rows = parseCredentialReport(buildCredentialReport(s));
    expect(rows[1]).toMatchObject({
      password_enabled: 'true',
      password_last_used: 'no_information',
      password_last_changed: '2026-01-03T00:00:00+00:00',
      password_next_rotation: 'N/A',
      mfa_active: 'true',
      access_key_1_active: 'false',
      access_key_1_last_rotated: '2026-01-04T00:00:00+00:00',
      access_key_1_last_used_date: 'N/A',
      access_key_2_active: 'true',
      access_key_2_last_rotated: '2026-01-05T00:00:00+00:00',
    });
    s.passwordPolicy = policyFromInput({ MaxPasswordAge: 90 });
    expect(parseCredentialReport(buildCredentialReport(s))[1]!.password_next_rotation).toBe('2026-04-03T00:00:00+00:00');
  });

  it('lists users after root, sorted by name ignoring case', () => {
    const s = createAccount({ createdAt: T0 });
    for (const n of ['carol', 'Bob', 'alice']) s.users[n.toLowerCase()] = user(n);
    expect(parseCredentialReport(buildCredentialReport(s)).map((r) => r.user)).toEqual(['<root_account>', 'alice', 'Bob', 'carol']);
  });
});

describe('base64Utf8', () => {
  it.each(['', 'a', 'ab', 'abc', 'abcd', 'user,arn\n<root_account>', 'héllo ☃'])('agrees with the platform for %j', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(base64Utf8(text)).toBe(btoa(String.fromCharCode(...bytes)));
  });
});

describe('names with commas', () => {
  it('quotes the name and ARN cells and parses them back', () => {
    const s = createAccount({ createdAt: T0 });
    s.users['a,b'] = user('a,b');
    const csv = buildCredentialReport(s);
    expect(csv.split('\n')[2]!.startsWith('"a,b","arn:aws:iam::111122223333:user/a,b",')).toBe(true);
    expect(parseCredentialReport(csv)[1]).toMatchObject({ user: 'a,b', arn: 'arn:aws:iam::111122223333:user/a,b', password_enabled: 'false' });
  });
});
