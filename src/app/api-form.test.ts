import { describe, expect, it } from 'vitest';
import { newLab } from '../core/account/testing.ts';
import { runCli, runQueryApi } from '../core/cli/index.ts';
import { apiForm, apiOperationChoices, buildQueryBody, formFromBody, cliEquivalent, errorCodeOf, httpRequestText, prettyXml, serviceOfBody, statusLine } from './api-form.ts';

describe('apiOperationChoices and apiForm', () => {
  it('offers IAM and STS operations with fields from their specs', () => {
    const choices = apiOperationChoices();
    expect(choices.map((c) => c.value)).toContain('iam:CreateUser');
    expect(choices.map((c) => c.value)).toContain('sts:AssumeRole');
    expect(choices.some((c) => c.service !== 'iam' && c.service !== 'sts')).toBe(false);
    const create = apiForm('iam:CreateUser');
    expect(create?.fields.map((f) => [f.param, f.kind, f.required])).toEqual([
      ['Path', 'text', false],
      ['UserName', 'text', true],
      ['PermissionsBoundary', 'text', false],
      ['Tags', 'tags', false],
    ]);
    expect(apiForm('iam:UpdateAccessKey')?.fields.find((f) => f.param === 'Status')).toMatchObject({ kind: 'choice', choices: ['Active', 'Inactive'] });
    expect(apiForm('iam:CreateLoginProfile')?.fields.find((f) => f.param === 'Password')).toMatchObject({ secret: true });
    expect(apiForm('iam:SimulatePrincipalPolicy')?.rawOnly).toEqual(['ContextEntries']);
    expect(apiForm('iam:NoSuchThing')).toBeUndefined();
    expect(apiForm('s3:CreateBucket')).toBeUndefined();
  });
});

describe('buildQueryBody', () => {
  it('writes Action, Version and the filled parameters, lists as Name.member.N', () => {
    expect(buildQueryBody('iam:CreateUser', { UserName: 'bob', Path: '', Tags: 'team=data\n\ncost center = 42 & more' })).toBe(
      'Action=CreateUser&Version=2010-05-08&UserName=bob&Tags.member.1.Key=team&Tags.member.1.Value=data&Tags.member.2.Key=cost%20center&Tags.member.2.Value=42%20%26%20more',
    );
    expect(buildQueryBody('iam:SimulatePrincipalPolicy', { PolicySourceArn: 'arn:aws:iam::111122223333:user/bob', ActionNames: 's3:GetObject\niam:ListUsers' })).toBe(
      'Action=SimulatePrincipalPolicy&Version=2010-05-08&PolicySourceArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Auser%2Fbob&ActionNames.member.1=s3%3AGetObject&ActionNames.member.2=iam%3AListUsers',
    );
    expect(buildQueryBody('iam:CreateLoginProfile', { UserName: 'alice', Password: 'P w!', PasswordResetRequired: 'true' })).toBe(
      'Action=CreateLoginProfile&Version=2010-05-08&UserName=alice&Password=P%20w!&PasswordResetRequired=true',
    );
    expect(buildQueryBody('sts:GetCallerIdentity', {})).toBe('Action=GetCallerIdentity&Version=2011-06-15');
  });

  it('builds bodies the simulated endpoint runs as the CLI would', async () => {
    const a = newLab();
    const b = newLab();
    const body = buildQueryBody('iam:CreateUser', { UserName: 'bob', Tags: 'team=data' });
    const api = await runQueryApi(body, a);
    expect(api.exitCode).toBe(0);
    const cli = await runCli(cliEquivalent(body) as string, b);
    expect(cli.exitCode).toBe(0);
    expect(a.state.users.bob?.tags).toEqual([{ Key: 'team', Value: 'data' }]);
    expect(a.state.users.bob).toEqual(b.state.users.bob);
  });
});

describe('formFromBody', () => {
  it('reads an edited body back into the picker and the fields', () => {
    const values = { UserName: 'bob', Path: '/team/', Tags: 'team=data\ncost=42' };
    const body = buildQueryBody('iam:CreateUser', values);
    expect(formFromBody(body)).toEqual({ operation: 'iam:CreateUser', values });
    expect(buildQueryBody('iam:CreateUser', formFromBody(body)!.values)).toBe(body);
    expect(formFromBody('Action=SimulatePrincipalPolicy&Version=2010-05-08&ActionNames.member.1=s3%3AGetObject&ActionNames.member.2=iam%3AListUsers')).toEqual({
      operation: 'iam:SimulatePrincipalPolicy',
      values: { ActionNames: 's3:GetObject\niam:ListUsers' },
    });
    expect(formFromBody('Action=AssumeRole&Version=2011-06-15&RoleSessionName=s')).toEqual({ operation: 'sts:AssumeRole', values: { RoleSessionName: 's' } });
    expect(formFromBody('Action=Nope&Version=2010-05-08')).toBeUndefined();
    expect(formFromBody('UserName=bob')).toBeUndefined();
  });
});

describe('the request around the body', () => {
  it('names the host by the version, and the CLI line by the parameters', () => {
    const body = 'Action=CreateLoginProfile&Version=2010-05-08&UserName=alice&Password=First-Login-2026&PasswordResetRequired=true';
    expect(serviceOfBody(body)).toBe('iam');
    expect(httpRequestText(body)).toBe(`POST / HTTP/1.1\nHost: iam.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\nContent-Length: ${body.length}\n\n${body}`);
    expect(cliEquivalent(body)).toBe('aws iam create-login-profile --user-name alice --password First-Login-2026 --password-reset-required');
    expect(httpRequestText('Action=GetCallerIdentity&Version=2011-06-15')).toContain('Host: sts.amazonaws.com');
    expect(cliEquivalent('Action=GetCallerIdentity&Version=2011-06-15')).toBe('aws sts get-caller-identity');
    expect(cliEquivalent('Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fteam%2F')).toBe('aws iam list-users --path-prefix /team/');
    expect(cliEquivalent('Action=Nope&Version=2010-05-08')).toBeUndefined();
    expect(cliEquivalent('Action=%ZZ')).toBeUndefined();
  });

  it('reads the status and error code of a response', async () => {
    const lab = newLab();
    const ok = await runQueryApi('Action=ListUsers&Version=2010-05-08', lab);
    expect(statusLine(ok)).toBe('HTTP/1.1 200 OK');
    expect(errorCodeOf(ok.stdout)).toBeUndefined();
    const missing = await runQueryApi('Action=GetUser&UserName=ghost&Version=2010-05-08', lab);
    expect(statusLine(missing)).toBe('HTTP/1.1 404 Not Found');
    expect(errorCodeOf(missing.stdout)).toBe('NoSuchEntity');
  });
});

describe('prettyXml', () => {
  it('indents one element a line and keeps text inside its element', () => {
    expect(prettyXml('<A xmlns="x"><B><C>1 &amp; 2</C><D/><E></E></B></A>')).toBe('<A xmlns="x">\n  <B>\n    <C>1 &amp; 2</C>\n    <D/>\n    <E></E>\n  </B>\n</A>\n');
  });

  it('leaves an AWS response as the endpoint indents it', async () => {
    const lab = newLab();
    const r = await runQueryApi('Action=CreateUser&UserName=bob&Version=2010-05-08', lab);
    expect(prettyXml(r.stdout)).toBe(r.stdout);
  });
});
