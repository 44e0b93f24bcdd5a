import { describe, expect, it } from 'vitest';
import { checkLesson } from './check-lesson.ts';
import { loadLessons } from './loader.ts';
import type { ReplayTools } from './replay.ts';

/** Tools for lessons whose solutions use console actions only. */
const noTools: ReplayTools = {
  cli: async () => ({ ok: false, output: 'no command line in this test' }),
  api: async () => ({ ok: false, output: 'no API in this test' }),
};

const lesson = (step: string) =>
  loadLessons({
    '01-t/lesson.md': '---\nid: t\ntitle: T\nsummary: S\nminutes: 1\n---\nIntro\n',
    '01-t/start.yaml': 'root:\n  accessKeys: [{ id: AKIAROOTROOTROOTROOT }]\n',
    '01-t/steps/01-s.md': step,
  });

const step = (solution: string, extra = '', checks = '  - { kind: root, label: no root keys, accessKeys: 0 }\n') =>
  `---\nid: s\ntitle: S\nchecks:\n${checks}hints: [a, b, c]\nsolution:\n${solution}why: W\n${extra}---\nText\n`;

const deleteRootKey = '  - console: { service: iam, operation: DeleteAccessKey, params: { AccessKeyId: AKIAROOTROOTROOTROOT } }\n';
const deactivate = '  - console: { service: iam, operation: UpdateAccessKey, params: { AccessKeyId: AKIAROOTROOTROOTROOT, Status: Inactive } }\n';

describe('checkLesson', () => {
  it('accepts a lesson whose solution makes the failing checks pass', async () => {
    const { lessons, problems } = lesson(step(deleteRootKey));
    expect(problems).toEqual([]);
    expect(await checkLesson(lessons[0]!, noTools)).toEqual([]);
  });

  it('reports a solution that does not solve the step, naming the failing check', async () => {
    const { lessons } = lesson(step(deactivate));
    const problems = await checkLesson(lessons[0]!, noTools);
    expect(problems).toEqual([{ lesson: 't', step: 's', message: 'after its solution these checks still fail: "no root keys" (The root user has 1 access key; it should have exactly 0.)' }]);
  });

  it('reports a step whose checks already pass at its start', async () => {
    const { lessons } = lesson(step(deleteRootKey, '', '  - { kind: root, label: no MFA, mfa: false }\n'));
    const problems = await checkLesson(lessons[0]!, noTools);
    expect(problems.map((p) => p.message)).toContain('its checks already pass before the step: the step teaches nothing');
  });

  it('checks wrong answers fail with the expected message, and alternatives pass', async () => {
    const extra = `wrong:\n  - name: deactivated instead of deleted\n    actions:\n${deactivate.replace('  -', '      -')}    expectFailing: "should have exactly 0"\nalternatives:\n  - name: same again\n    actions:\n${deleteRootKey.replace('  -', '      -')}`;
    const { lessons, problems } = lesson(step(deleteRootKey, extra));
    expect(problems).toEqual([]);
    expect(await checkLesson(lessons[0]!, noTools)).toEqual([]);
    const badExtra = extra.replace('should have exactly 0', 'a message that never appears');
    const bad = lesson(step(deleteRootKey, badExtra));
    const found = await checkLesson(bad.lessons[0]!, noTools);
    expect(found[0]?.message).toMatch(/^wrong answer "deactivated instead of deleted" fails, but not with/);
  });

  it('reports a failing action with its output', async () => {
    const { lessons } = lesson(step('  - cli: aws iam list-users\n'));
    const problems = await checkLesson(lessons[0]!, noTools);
    expect(problems[0]?.message).toBe('solution action 0 failed: no command line in this test');
  });
});

describe('placeholders', () => {
  it('fills TOTP codes so a lesson can enable root MFA from the console', async () => {
    const mfaStep = step(
      [
        '  - console: { service: iam, operation: CreateVirtualMFADevice, params: { VirtualMFADeviceName: root-mfa } }',
        '  - console: { service: iam, operation: EnableMFADevice, params: { SerialNumber: "arn:aws:iam::{{account}}:mfa/root-mfa", AuthenticationCode1: "{{totp-prev:arn:aws:iam::111122223333:mfa/root-mfa}}", AuthenticationCode2: "{{totp:arn:aws:iam::111122223333:mfa/root-mfa}}" } }',
        '',
      ].join('\n'),
      '',
      '  - { kind: root, label: root MFA on, mfa: true }\n',
    );
    const { lessons, problems } = lesson(mfaStep);
    expect(problems).toEqual([]);
    expect(await checkLesson(lessons[0]!, noTools)).toEqual([]);
  });

  it('reports a placeholder that cannot be filled', async () => {
    const { lessons } = lesson(step('  - console: { service: iam, operation: DeleteAccessKey, params: { AccessKeyId: "{{key:nobody:1}}" } }\n'));
    expect((await checkLesson(lessons[0]!, noTools))[0]?.message).toBe('solution action 0 failed: user nobody has no access key number 1');
  });
});
