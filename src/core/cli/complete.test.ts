import { describe, expect, it } from 'vitest';
import { call, newLab } from '../account/testing.ts';
import { applyCompletion, commonPrefix, complete } from './complete.ts';
import { runCli } from './run.ts';

async function lab() {
  const l = newLab();
  const { state, env } = l;
  await call(l, 'iam', 'CreateUser', { UserName: 'alice' });
  await call(l, 'iam', 'CreateUser', { UserName: 'alex' });
  await call(l, 'iam', 'CreateUser', { UserName: 'deploy-bot' });
  await call(l, 'iam', 'CreateGroup', { GroupName: 'Analysts' });
  await call(l, 'iam', 'CreateAccessKey', { UserName: 'deploy-bot' });
  await call(l, 'iam', 'PutUserPolicy', { UserName: 'alice', PolicyName: 'read-only', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}' });
  await call(l, 's3', 'CreateBucket', { Bucket: 'reports' });
  return { state, env };
}

/** Complete with the cursor at the end of the line. */
async function at(line: string) {
  const { state } = await lab();
  return complete(line, line.length, state);
}

describe('complete', () => {
  it('offers aws and the terminal words on an empty line', async () => {
    expect((await at('')).candidates).toEqual(['aws', 'clear', 'help']);
    expect((await at('cl')).candidates).toEqual(['clear']);
  });

  it('completes services and operations by their command-line names', async () => {
    expect((await at('aws s')).candidates).toEqual(['s3', 's3api', 'sts']);
    const ops = await at('aws iam create-');
    expect(ops.replaceFrom).toBe('aws iam '.length);
    expect(ops.candidates).toContain('create-user');
    expect(ops.candidates).toContain('create-login-profile');
    expect(ops.candidates).toContain('create-virtual-mfa-device');
    expect(ops.candidates.every((c) => c.startsWith('create-'))).toBe(true);
    expect((await at('aws sts get-c')).candidates).toEqual(['get-caller-identity']);
    expect((await at('aws s3 l')).candidates).toEqual(['ls']);
    expect((await at('aws nosuch x')).candidates).toEqual([]);
  });

  it('completes the options of the operation, leaving out those already given', async () => {
    const r = await at('aws iam create-login-profile --');
    expect(r.candidates).toContain('--user-name');
    expect(r.candidates).toContain('--password');
    expect(r.candidates).toContain('--password-reset-required');
    expect(r.candidates).toContain('--output');
    expect(r.candidates).not.toContain('--no-password-reset-required');
    const again = await at('aws iam create-login-profile --user-name alice --pass');
    expect(again.candidates).toEqual(['--password', '--password-reset-required']);
    const used = await at('aws iam create-login-profile --user-name alice --u');
    expect(used.candidates).toEqual([]);
  });

  it('completes user names after --user-name, but not a name being created', async () => {
    expect((await at('aws iam create-login-profile --user-name al')).candidates).toEqual(['alex', 'alice']);
    expect((await at('aws iam create-access-key --user-name d')).candidates).toEqual(['deploy-bot']);
    expect((await at('aws iam create-user --user-name a')).candidates).toEqual([]);
    const eq = await at('aws iam get-user --user-name=ali');
    expect(eq).toEqual({ replaceFrom: 'aws iam get-user --user-name='.length, candidates: ['alice'] });
  });

  it('completes groups, policy ARNs, buckets, access keys and inline policies from the account', async () => {
    const { state } = await lab();
    const c = (line: string) => complete(line, line.length, state).candidates;
    expect(c('aws iam add-user-to-group --group-name A')).toEqual(['Analysts']);
    expect(c('aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/Read')).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(c('aws s3api get-bucket-policy --bucket r')).toEqual(['reports']);
    const key = state.users['deploy-bot']?.accessKeys[0]?.accessKeyId as string;
    expect(c('aws iam update-access-key --user-name deploy-bot --access-key-id ')).toEqual([key]);
    expect(c('aws iam update-access-key --user-name alice --access-key-id ')).toEqual([]);
    expect(c('aws iam get-user-policy --user-name alice --policy-name ')).toEqual(['read-only']);
    expect(c('aws s3 ls s3://r')).toEqual(['s3://reports/']);
  });

  it('completes enum values and global option values', async () => {
    expect((await at('aws iam update-access-key --status ')).candidates).toEqual(['Active', 'Inactive']);
    expect((await at('aws iam list-users --output t')).candidates).toEqual(['table', 'text']);
    expect((await at('aws --output j')).candidates).toEqual(['json']);
    expect((await at('aws --output json i')).candidates).toEqual(['iam']);
  });

  it('completes at the cursor, not at the end of the line', async () => {
    const { state } = await lab();
    const line = 'aws iam li --output json';
    const r = complete(line, 'aws iam li'.length, state);
    expect(r.replaceFrom).toBe('aws iam '.length);
    expect(r.candidates).toContain('list-users');
    expect(r.candidates.every((x) => x.startsWith('li'))).toBe(true);
  });

  it('every offered operation and option is one the command line accepts', async () => {
    const { state, env } = await lab();
    for (const service of ['iam', 'sts', 's3api']) {
      for (const op of complete(`aws ${service} `, `aws ${service} `.length, state).candidates.filter((o) => o !== 'help')) {
        const r = await runCli(`aws ${service} ${op} help`, { state, env });
        expect(r.exitCode, `${service} ${op}`).toBe(0);
      }
    }
  });
});

describe('applyCompletion', () => {
  it('completes a single candidate with a space after it', () => {
    expect(applyCompletion('aws iam list-u', 14, { replaceFrom: 8, candidates: ['list-users'] })).toEqual({ line: 'aws iam list-users ', cursor: 19, listed: [] });
  });

  it('extends to the common prefix and lists several', () => {
    const r = applyCompletion('aws iam create-lo', 17, { replaceFrom: 8, candidates: ['create-login-profile', 'create-long-thing'] });
    expect(r).toEqual({ line: 'aws iam create-lo', cursor: 17, listed: ['create-login-profile', 'create-long-thing'] });
    const s = applyCompletion('aws s', 5, { replaceFrom: 4, candidates: ['s3', 's3api'] });
    expect(s.line).toBe('aws s3');
    expect(s.listed).toEqual(['s3', 's3api']);
  });

  it('keeps the rest of the line, adds no space after a path, and quotes what a shell would split', () => {
    expect(applyCompletion('aws iam li --output json', 10, { replaceFrom: 8, candidates: ['list-users'] })).toEqual({ line: 'aws iam list-users --output json', cursor: 19, listed: [] });
    expect(applyCompletion('aws s3 ls s3://r', 16, { replaceFrom: 10, candidates: ['s3://reports/'] }).line).toBe('aws s3 ls s3://reports/');
    expect(applyCompletion('x ', 2, { replaceFrom: 2, candidates: ['a b'] }).line).toBe("x 'a b' ");
    expect(applyCompletion('x', 1, { replaceFrom: 0, candidates: [] })).toEqual({ line: 'x', cursor: 1, listed: [] });
  });

  it('commonPrefix', () => {
    expect(commonPrefix(['abc', 'abd', 'ab'])).toBe('ab');
    expect(commonPrefix([])).toBe('');
  });
});
