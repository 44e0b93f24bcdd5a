import { describe, expect, it } from 'vitest';
import { run, scratch } from '../cli/harness.ts';
import { serializeState } from '../../src/core/account/state-file.ts';
import { lessonAccount, REFERENCE, TOO_BROAD } from './fixtures.ts';

const { file } = scratch('iam-lab-access-');
describe('iam-lab compare', () => {
  it('prints result, newAccess and lostAccess, exit 0 on FAIL', async () => {
    const r = await run('compare', file('mine.json', TOO_BROAD), file('ref.json', [REFERENCE]));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { result: string; newAccess: { action: string; statement: string }[]; lostAccess: unknown[] };
    expect(Object.keys(out)).toEqual(['result', 'newAccess', 'lostAccess']);
    expect(out.result).toBe('FAIL');
    expect(out.newAccess.some((e) => e.action === 's3:GetObjectAcl' && e.statement === 'mine: Sid "ReadEverything"')).toBe(true);
    expect(out.lostAccess).toEqual([]);
  });

  it('exit 0 with PASS the other way round, and 2 for a bad file', async () => {
    const pass = await run('compare', file('ref2.json', REFERENCE), file('mine2.json', TOO_BROAD));
    expect(JSON.parse(pass.out).result).toBe('PASS');
    expect(pass.code).toBe(0);
    const bad = await run('compare', file('bad.json', '[1]'), file('ref3.json', REFERENCE));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.json[0]');
    expect((await run('compare', file('only.json', REFERENCE))).code).toBe(2);
  });
});

describe('iam-lab access', () => {
  it('prints the summary of a user of the account, filtered by service', async () => {
    const state = await lessonAccount(REFERENCE);
    const path = file('state.json', serializeState(state));
    const r = await run('access', '--state', path, '--principal', 'user/analyst', '--service', 's3');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { principal: string; services: { service: string; levels: { level: string; actions: string[] }[] }[] };
    expect(out.principal).toBe('arn:aws:iam::111122223333:user/analyst');
    expect(out.services.map((s) => s.service)).toEqual(['s3']);
    expect(out.services[0]!.levels.map((l) => [l.level, l.actions])).toEqual([['List', ['ListBucket']], ['Read', ['GetObject']]]);
    const none = await run('access', '--state', path, '--principal', 'user/analyst', '--service', 'iam');
    expect(JSON.parse(none.out).services).toEqual([]);
  });

  it('exit 2 for an unknown principal, service or missing option', async () => {
    const path = file('state2.json', serializeState(await lessonAccount()));
    expect((await run('access', '--state', path, '--principal', 'user/nobody')).code).toBe(2);
    expect((await run('access', '--state', path, '--principal', 'user/analyst', '--service', 'nosuch')).code).toBe(2);
    expect((await run('access', '--state', path)).code).toBe(2);
  });
});
