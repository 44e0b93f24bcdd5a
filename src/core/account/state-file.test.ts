import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/index.ts';
import { STATE_VERSION } from './model.ts';
import { parseStateFile, serializeState } from './state-file.ts';
import { newLab } from './testing.ts';

async function busyLab() {
  const lab = newLab();
  const files = { 'p.json': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}', 'b.txt': 'body' };
  const options = { ...lab, readFile: (p: string) => files[p as keyof typeof files] };
  for (const line of [
    'aws iam create-user --user-name bob --tags Key=k,Value=v',
    'aws iam create-login-profile --user-name bob --password Passw0rd!Passw0rd',
    'aws iam create-access-key --user-name bob',
    'aws iam create-group --group-name devs',
    'aws iam add-user-to-group --user-name bob --group-name devs',
    'aws iam create-policy --policy-name p --policy-document file://p.json',
    'aws iam put-user-policy --user-name bob --policy-name inline --policy-document file://p.json',
    'aws iam update-account-password-policy --minimum-password-length 12',
    'aws iam create-virtual-mfa-device --virtual-mfa-device-name m --outfile x --bootstrap-method Base32StringSeed',
    'aws s3api create-bucket --bucket lab-bucket',
    'aws s3api put-object --bucket lab-bucket --key k --body b.txt',
  ]) {
    const r = await runCli(line, { ...options, writeFile: () => undefined });
    expect(r.stderr, line).toBe('');
  }
  return lab;
}

describe('state file', () => {
  it('round-trips a busy account exactly', async () => {
    const lab = await busyLab();
    const text = serializeState(lab.state);
    expect(JSON.parse(text)).toMatchObject({ format: 'iam-lab-state', version: STATE_VERSION });
    const back = parseStateFile(text);
    expect(back).toEqual({ ok: true, state: lab.state });
    if (back.ok) expect(serializeState(back.state)).toBe(text);
  });

  const DELETE = Symbol('delete');
  /** Set (or delete) the value at a path inside a JSON object. */
  function setPath(root: unknown, path: readonly (string | number)[], value: unknown): void {
    let node = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === DELETE) delete node[last];
    else node[last] = value;
  }

  it.each([
    [['users', 'bob', 'accessKeys', 0, 'status'], 'Enabled', 'account.users.bob.accessKeys[0].status: expected "Active" or "Inactive"'],
    [['users', 'bob', 'arn'], DELETE, 'account.users.bob.arn: missing'],
    [['users', 'bob', 'createDate'], 'yesterday', 'account.users.bob.createDate: expected an ISO 8601 date'],
    [['accountId'], '12', 'account.accountId: expected a 12-digit account id'],
    [['users', 'alice'], 'COPY_BOB', 'account.users.alice.userName: does not match its key "alice"'],
    [['passwordPolicy', 'RequireSymbols'], 'no', 'account.passwordPolicy.RequireSymbols: expected true or false'],
    [['buckets', 'lab-bucket', 'objects', 'k', 'size'], -1, 'account.buckets["lab-bucket"].objects.k.size: expected a whole number of 0 or more'],
    [['events', 0, 'via'], 'telepathy', 'account.events[0].via: expected "console" or "cli" or "api" or "sdk"'],
    [['groups'], [], 'account.groups: expected an object'],
  ] as const)('names the corrupt field: %j', async (path, value, message) => {
    const lab = await busyLab();
    const data = JSON.parse(serializeState(lab.state)) as { account: { users: Record<string, unknown> } };
    setPath(data.account, path, value === 'COPY_BOB' ? data.account.users.bob : value);
    expect(parseStateFile(JSON.stringify(data))).toEqual({ ok: false, message });
  });

  it('refuses other files, and files from a newer IAM Lab', () => {
    const lab = newLab();
    expect(parseStateFile('{not json')).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
    expect(parseStateFile('{"format":"other","version":1,"account":{}}')).toEqual({ ok: false, message: 'format: expected "iam-lab-state"' });
    const newer = JSON.stringify({ format: 'iam-lab-state', version: STATE_VERSION + 1, account: lab.state });
    expect(parseStateFile(newer)).toEqual({ ok: false, message: `written by a newer IAM Lab (version ${STATE_VERSION + 1}); this one reads state files up to version ${STATE_VERSION}` });
  });

  it('keeps fields it does not know', () => {
    const lab = newLab();
    const data = JSON.parse(serializeState(lab.state)) as { account: Record<string, unknown> };
    data.account.futureThing = { x: 1 };
    const back = parseStateFile(JSON.stringify(data));
    expect(back.ok && (back.state as unknown as Record<string, unknown>).futureThing).toEqual({ x: 1 });
  });
});
