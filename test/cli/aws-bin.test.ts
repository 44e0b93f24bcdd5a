/** `iam-lab aws` end to end: through bin/main.ts in-process, and once through the bin/iam-lab.mjs launcher. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './harness.ts';

const { dir } = scratch('iam-lab-aws-');

describe('iam-lab aws', () => {
  it('creates the state file, keeps the account between calls, and acts as other principals', async () => {
    const state = join(dir, 'session.json');
    const created = await run('aws', '--state', state, 'iam', 'create-user', '--user-name', 'alice');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ User: { UserName: 'alice', Path: '/' } });
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ format: 'iam-lab-state', version: 1 });

    const key = await run('aws', '--state', state, 'iam', 'create-access-key', '--user-name', 'alice', '--query', 'AccessKey.AccessKeyId', '--output', 'text');
    const keyId = key.out.trim();
    expect(keyId).toMatch(/^AKIA[A-Z0-9]{16}$/);

    const denied = await run('aws', '--state', state, '--as', 'user/alice', 'iam', 'list-users');
    expect(denied.code).toBe(254);
    expect(denied.err).toMatch(/^\nAn error occurred \(AccessDenied\) when calling the ListUsers operation: User: arn:aws:iam::\d{12}:user\/alice is not authorized/);

    const who = await run('aws', '--state', state, '--as', keyId, 'sts', 'get-caller-identity');
    expect(who.code).toBe(0);
    expect(JSON.parse(who.out)).toMatchObject({ Arn: expect.stringMatching(/:user\/alice$/) });
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { account: { users: { alice: { accessKeys: { lastUsed?: unknown }[] } } } };
    expect(saved.account.users.alice.accessKeys[0]?.lastUsed).toMatchObject({ serviceName: 'sts' });

    await run('aws', '--state', state, 'iam', 'update-access-key', '--user-name', 'alice', '--access-key-id', keyId, '--status', 'Inactive');
    const inactive = await run('aws', '--state', state, '--as', keyId, 'sts', 'get-caller-identity');
    expect(inactive).toMatchObject({ code: 254, err: '\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n' });
  });

  it('reads file:// relative to the current directory (spawned in another directory)', async () => {
    const state = join(dir, 'files.json');
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'iam-lab.mjs');
    writeFileSync(join(dir, 'policy.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}');
    await run('aws', '--state', state, 'iam', 'create-user', '--user-name', 'bob');
    const exec = (...args: string[]) =>
      promisify(execFile)(process.execPath, [bin, 'aws', '--state', 'files.json', ...args], { cwd: dir }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    const put = await exec('iam', 'put-user-policy', '--user-name', 'bob', '--policy-name', 'p', '--policy-document', 'file://policy.json');
    expect(put).toMatchObject({ stdout: '', stderr: '' });
    const missing = await exec('iam', 'put-user-policy', '--user-name', 'bob', '--policy-name', 'p', '--policy-document', 'file://nope.json');
    expect(missing).toMatchObject({ code: 252, stderr: "\nError parsing parameter '--policy-document': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'\n" });
  }, 30_000);

  it('writes only when the account changed, and never leaves temp files', async () => {
    const state = join(dir, 'quiet.json');
    await run('aws', '--state', state, 'iam', 'create-user', '--user-name', 'carol');
    const before = readFileSync(state, 'utf8');
    const mtime = statSync(state).mtimeMs;
    const usage = await run('aws', '--state', state, 'iam', 'create-user');
    expect(usage.code).toBe(252);
    const help = await run('aws', '--state', state, 'iam', 'help');
    expect(help.code).toBe(0);
    expect(readFileSync(state, 'utf8')).toBe(before);
    expect(statSync(state).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A usage error with no file creates none.
    await run('aws', '--state', join(dir, 'never.json'), 'iam', 'create-user');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it.each([
    ['{"format":"iam-lab-state","version":1,"account":{"version":1}}', 'account.accountId: missing'],
    ['{"format":"iam-lab-state","version":7,"account":{}}', 'written by a newer IAM Lab (version 7)'],
    ['not json', 'not valid JSON'],
  ])('refuses a bad state file and leaves it untouched (%#)', async (content, message) => {
    const state = join(dir, 'bad.json');
    writeFileSync(state, content);
    const r = await run('aws', '--state', state, 'iam', 'create-user', '--user-name', 'x');
    expect(r.code).toBe(252);
    expect(r.err).toContain(`iam-lab aws: ${state}: ${message}`);
    expect(readFileSync(state, 'utf8')).toBe(content);
  });

  it.each([
    [['iam', 'list-users'], '--state STATE.json is required'],
    [['--state', join(dir, 'x.json'), '--as', 'bob', 'iam', 'list-users'], '--as bob: expected root, user/NAME'],
  ])('usage errors of its own exit 252 (%#)', async (args, message) => {
    const r = await run('aws', ...args);
    expect(r.code).toBe(252);
    expect(r.err).toContain(message);
  });

  it('accepts user/PATH/NAME and checks the path', async () => {
    const state = join(dir, 'paths.json');
    await run('aws', '--state', state, 'iam', 'create-user', '--user-name', 'dana', '--path', '/eng/');
    expect((await run('aws', '--state', state, '--as', 'user/eng/dana', 'sts', 'get-caller-identity')).code).toBe(0);
    const wrong = await run('aws', '--state', state, '--as', 'user/ops/dana', 'sts', 'get-caller-identity');
    expect(wrong.code).toBe(252);
    expect(wrong.err).toContain('has the path /eng/, not /ops/');
  });

  it('runs through the bin/iam-lab.mjs launcher', async () => {
    const state = join(dir, 'spawned.json');
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'iam-lab.mjs');
    const r = await promisify(execFile)(process.execPath, [bin, 'aws', '--state', state, 'iam', 'create-group', '--group-name', 'Admins', '--output', 'text']);
    expect(r.stdout).toMatch(/^GROUP\tarn:aws:iam::\d{12}:group\/Admins\t\S+\tAGPA[A-Z0-9]{17}\tAdmins\t\/\n$/);
    const failed = await promisify(execFile)(process.execPath, [bin, 'aws', '--state', state, 'iam', 'get-group', '--group-name', 'Nope']).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 254 });
  }, 30_000);
});
