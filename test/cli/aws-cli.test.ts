/** The aws command line end to end on a lab account: options, values, errors, paging, help, s3, Query API. */
import { describe, expect, it } from 'vitest';
import { newLab } from '../../src/core/account/testing.ts';
import { runCli } from '../../src/core/cli/index.ts';
import type { RunCliOptions } from '../../src/core/cli/run.ts';

function lab(files: Record<string, string> = {}): RunCliOptions & { files: Record<string, string | Uint8Array>; run: (line: string, extra?: Partial<RunCliOptions>) => ReturnType<typeof runCli> } {
  const l = newLab();
  const store: Record<string, string | Uint8Array> = { ...files };
  const options: RunCliOptions = {
    ...l,
    readFile: (p) => {
      const v = store[p];
      if (v === undefined) throw new Error(`[Errno 2] No such file or directory: '${p}'`);
      return typeof v === 'string' ? v : new TextDecoder().decode(v);
    },
    writeFile: (p, c) => {
      store[p] = c;
    },
  };
  return { ...options, files: store, run: (line, extra = {}) => runCli(line, { ...options, ...extra }) };
}

const USAGE_HEAD = '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

describe('usage errors exit 252 with the AWS CLI v2 text', () => {
  it.each([
    ['aws iam create-user', 'aws: error: the following arguments are required: --user-name\n'],
    ['aws iam create-user --user-name', 'aws: error: argument --user-name: expected one argument\n'],
    ['aws iam create-user --user-name bob --foo 1', 'Unknown options: --foo, 1\n'],
    ['aws', 'aws: error: the following arguments are required: command\n'],
    ['aws iam', 'aws: error: the following arguments are required: operation\n'],
    ['aws iam create-user --p /x/ --user-name bob', 'aws: error: ambiguous option: --p could match --path, --permissions-boundary\n'],
  ])('%s', async (line, tail) => {
    const r = await lab().run(line);
    expect(r).toEqual({ stdout: '', stderr: USAGE_HEAD + tail, exitCode: 252 });
  });

  it('suggests close operation names', async () => {
    const r = await lab().run('aws iam list-user');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain("aws: error: argument operation: Invalid choice, valid choices are:\n\n");
    expect(r.stderr).toContain("Invalid choice: 'list-user', maybe you meant:\n\n  * list-users");
    const s = await lab().run('aws ec2 describe-instances');
    expect(s.stderr).toContain('argument command: Invalid choice');
  });

  it.each([
    ['aws iam create-user --user-name bob --tags Key', "\nError parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nKey\n   ^\n"],
    ['aws iam put-user-policy --user-name bob --policy-name p --policy-document file://missing.json', "\nError parsing parameter '--policy-document': Unable to load paramfile file://missing.json: [Errno 2] No such file or directory: 'missing.json'\n"],
    [`aws iam create-user --user-name bob --tags '[{"Key": 1'`, "\nError parsing parameter '--tags': Invalid JSON: Expecting ',' delimiter: line 1 column 11 (char 10)\nJSON received: [{\"Key\": 1\n"],
    ['aws iam list-users --max-items x', "\nError parsing parameter '--max-items': invalid literal for int() with base 10: 'x'\n"],
    ['aws iam create-user --user-name ""', '\nParameter validation failed:\nInvalid length for parameter UserName, value: 0, valid min length: 1\n'],
    ['aws iam create-user --user-name b --tags Key=a,Valu=b', '\nParameter validation failed:\nMissing required parameter in Tags[0]: "Value"\nUnknown parameter in Tags[0]: "Valu", must be one of: Key, Value\n'],
    [`aws iam create-user --cli-input-json '{"UserName": "b", "Nope": 1}'`, '\nParameter validation failed:\nUnknown parameter in input: "Nope", must be one of: Path, UserName, PermissionsBoundary, Tags\n'],
  ])('%s', async (line, stderr) => {
    const r = await lab().run(line);
    expect(r).toEqual({ stdout: '', stderr, exitCode: 252 });
  });

  it('rejects a bad --query before calling', async () => {
    const l = lab();
    const r = await l.run("aws iam create-user --user-name bob --query 'User.['");
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/^\nBad value for --query User\.\[: /);
    expect(l.state.users).toEqual({});
  });
});

describe('values', () => {
  it('reads lists as repeated words, shorthand or JSON, and booleans as flags', async () => {
    const l = lab({ 'tags.json': '[{"Key": "a", "Value": "1"}]' });
    await l.run('aws iam create-user --user-name one --tags Key=team,Value=blue Key=env,Value=dev');
    await l.run('aws iam create-user --user-name two --tags file://tags.json');
    const r = await l.run('aws iam list-user-tags --user-name one --query Tags[].Key --output text');
    expect(r.stdout).toBe('team\tenv\n');
    expect(l.state.users.two?.tags).toEqual([{ Key: 'a', Value: '1' }]);
    await l.run('aws iam update-account-password-policy --minimum-password-length 10 --require-symbols --no-require-numbers');
    expect(l.state.passwordPolicy).toMatchObject({ MinimumPasswordLength: 10, RequireSymbols: true, RequireNumbers: false });
  });

  it('takes --opt=value, --cli-input-json with the command line winning, and prints a skeleton', async () => {
    const l = lab();
    const r = await l.run(`aws iam create-user --cli-input-json '{"UserName": "fromjson", "Path": "/a/"}' --path=/b/`);
    expect(r.exitCode).toBe(0);
    expect(l.state.users.fromjson?.path).toBe('/b/');
    const s = await l.run('aws iam create-user --generate-cli-skeleton');
    expect(JSON.parse(s.stdout)).toEqual({ Path: '', UserName: '', PermissionsBoundary: '', Tags: [{ Key: '', Value: '' }] });
  });

  it('prints nothing for an empty response, and `null` for a query that finds nothing', async () => {
    const l = lab();
    await l.run('aws iam create-user --user-name bob');
    expect(await l.run('aws iam delete-user --user-name bob')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await l.run('aws iam list-users --query Users[0].UserName')).stdout).toBe('null\n');
  });
});

describe('service errors exit 254', () => {
  it('prints the AWS error line on stderr', async () => {
    const r = await lab().run('aws iam get-user --user-name nobody');
    expect(r).toEqual({ stdout: '', stderr: '\nAn error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.\n', exitCode: 254 });
  });

  it('authorizes as the caller', async () => {
    const l = lab();
    await l.run('aws iam create-user --user-name alice');
    const r = await l.run('aws iam list-users', { as: { kind: 'user', userName: 'alice' } });
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toContain('An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:ListUsers');
  });
});

describe('paging', () => {
  it('merges every page, and --max-items / --starting-token resume where it stopped', async () => {
    const l = lab();
    for (const n of ['a', 'b', 'c', 'd', 'e']) await l.run(`aws iam create-user --user-name ${n}`);
    const all = await l.run('aws iam list-users --page-size 2 --query Users[].UserName --output text');
    expect(all.stdout).toBe('a\tb\tc\td\te\n');
    const first = JSON.parse((await l.run('aws iam list-users --max-items 3')).stdout) as { Users: { UserName: string }[]; NextToken: string };
    expect(first.Users.map((u) => u.UserName)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(first)).toEqual(['Users', 'NextToken']);
    const rest = JSON.parse((await l.run(`aws iam list-users --page-size 2 --starting-token ${first.NextToken}`)).stdout) as { Users: { UserName: string }[]; NextToken?: string };
    expect(rest.Users.map((u) => u.UserName)).toEqual(['d', 'e']);
    expect(rest.NextToken).toBeUndefined();
    const raw = JSON.parse((await l.run('aws iam list-users --no-paginate --page-size 2')).stdout) as Record<string, unknown>;
    expect(raw).toHaveProperty('IsTruncated', false);
  });
});

describe('output formats', () => {
  it('prints text by the AWS rules', async () => {
    const l = lab();
    await l.run('aws iam create-user --user-name bob --tags Key=k,Value=v');
    const r = await l.run('aws iam get-user --user-name bob --output text');
    const u = l.state.users.bob;
    expect(r.stdout).toBe(`USER\t${u?.arn}\t${u?.createDate}\t/\t${u?.userId}\tbob\nTAGS\tk\tv\n`);
  });

  it('draws tables with the operation name as title', async () => {
    const l = lab();
    await l.run('aws iam create-group --group-name Admins');
    const r = await l.run('aws iam list-groups --query Groups[].[GroupName,Path] --output table');
    expect(r.stdout).toBe(['-----------------', '|  ListGroups   |', '+---------+-----+', '|  Admins |  /  |', '+---------+-----+', ''].join('\n'));
  });
});

describe('help', () => {
  it('lists services, operations and every parameter of an operation', async () => {
    const l = lab();
    expect((await l.run('aws help')).stdout).toContain('o iam');
    const iam = await l.run('aws iam help');
    expect(iam.stdout).toContain('o create-user');
    const op = await l.run('aws iam create-user help');
    expect(op.exitCode).toBe(0);
    expect(op.stdout).toContain('--user-name (string) [required]');
    expect(op.stdout).toContain('[--path <value>]');
    expect(op.stdout).toContain('Key=string,Value=string ...');
    const flags = await l.run('aws iam update-account-password-policy help');
    expect(flags.stdout).toContain('[--require-symbols | --no-require-symbols]');
  });
});

describe('aws s3', () => {
  it('makes a bucket, copies files both ways and lists with PRE lines', async () => {
    const l = lab({ 'notes.txt': 'hello world' });
    expect((await l.run('aws s3 mb s3://lab-bucket')).stdout).toBe('make_bucket: lab-bucket\n');
    expect((await l.run('aws s3 cp notes.txt s3://lab-bucket/docs/')).stdout).toBe('upload: notes.txt to s3://lab-bucket/docs/notes.txt\n');
    expect((await l.run('aws s3 cp s3://lab-bucket/docs/notes.txt s3://lab-bucket/copy.txt')).stdout).toBe('copy: s3://lab-bucket/docs/notes.txt to s3://lab-bucket/copy.txt\n');
    const ls = await l.run('aws s3 ls s3://lab-bucket');
    expect(ls.stdout).toBe(`${'PRE'.padStart(30)} docs/\n2026-01-15 10:00:00         11 copy.txt\n`);
    const rec = await l.run('aws s3 ls s3://lab-bucket --recursive --human-readable --summarize');
    expect(rec.stdout).toContain('  11 Bytes docs/notes.txt\n');
    expect(rec.stdout).toContain('\nTotal Objects: 2\n   Total Size: 22 Bytes\n');
    expect((await l.run('aws s3 cp s3://lab-bucket/copy.txt out.txt')).stdout).toBe('download: s3://lab-bucket/copy.txt to out.txt\n');
    expect(l.files['out.txt']).toBe('hello world');
    const streamed = await l.run('aws s3 cp s3://lab-bucket/copy.txt -');
    expect(streamed).toMatchObject({ stdout: 'hello world', exitCode: 0 });
    expect(l.files['-']).toBeUndefined();
    expect((await l.run('aws s3 cp s3://lab-bucket/missing.txt -')).exitCode).toBe(1);
    // Without files (the browser terminal), get-object still makes its call and says how to see the object.
    const noFiles = await l.run('aws s3api get-object --bucket lab-bucket --key copy.txt got.txt', { writeFile: undefined });
    expect(noFiles.exitCode).toBe(0);
    expect(JSON.parse(noFiles.stdout)).toMatchObject({ ContentLength: 11 });
    expect(noFiles.stderr).toContain('not saved as got.txt');
    expect(noFiles.stderr).toContain('aws s3 cp s3://lab-bucket/copy.txt -');
    expect(l.files['got.txt']).toBeUndefined();
    expect((await l.run('aws s3 ls')).stdout).toBe('2026-01-15 10:00:00 lab-bucket\n');
    expect((await l.run('aws s3 ls s3://lab-bucket/nothing-here')).exitCode).toBe(1);
  });

  it('reports a failed upload as the AWS CLI does (exit 1)', async () => {
    const r = await lab({ 'a.txt': 'x' }).run('aws s3 cp a.txt s3://no-such-bucket-here/a.txt');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^upload failed: a\.txt to s3:\/\/no-such-bucket-here\/a\.txt An error occurred \(NoSuchBucket\) when calling the PutObject operation: /);
  });

  it('s3api get-object writes the body to OUTFILE and prints the rest', async () => {
    const l = lab({ 'b.txt': 'body text' });
    await l.run('aws s3api create-bucket --bucket lab-bucket');
    await l.run('aws s3api put-object --bucket lab-bucket --key k.txt --body b.txt');
    const r = await l.run('aws s3api get-object --bucket lab-bucket --key k.txt out.txt');
    expect(r.exitCode).toBe(0);
    expect(l.files['out.txt']).toBe('body text');
    expect(JSON.parse(r.stdout)).not.toHaveProperty('Body');
    expect((await l.run('aws s3api get-object --bucket lab-bucket --key k.txt')).stderr).toContain('the following arguments are required: outfile');
  });
});

describe('Query API', () => {
  it('creates a user from a Query request and answers in XML', async () => {
    const l = lab();
    const r = await l.run('Action=CreateUser&UserName=bob&Path=%2Fa%26b%2F&Version=2010-05-08&Tags.member.1.Key=team&Tags.member.1.Value=a%2Bb');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^<CreateUserResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/">\n  <CreateUserResult>\n    <User>\n      <Path>\/a&amp;b\/<\/Path>\n      <UserName>bob<\/UserName>/);
    expect(r.stdout).toContain('<Tags>\n        <member>\n          <Key>team</Key>\n          <Value>a+b</Value>');
    expect(r.stdout).toMatch(/<ResponseMetadata>\n    <RequestId>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/RequestId>/);
    expect(l.state.events.at(-1)?.via).toBe('api');
  });

  it('answers errors with ErrorResponse XML', async () => {
    const l = lab();
    const r = await l.run('https://iam.amazonaws.com/?Action=GetUser&UserName=nobody&Version=2010-05-08');
    expect(r.exitCode).toBe(254);
    expect(r.stdout).toMatch(/^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/">\n  <Error>\n    <Type>Sender<\/Type>\n    <Code>NoSuchEntity<\/Code>\n    <Message>The user with name nobody cannot be found\.<\/Message>\n  <\/Error>\n  <RequestId>/);
    const bad = await l.run('Action=ListUsers&Version=2010-05-08&PathPrefix=%ZZ');
    expect(bad.stdout).toContain('<Code>MalformedQueryString</Code>');
  });
});
