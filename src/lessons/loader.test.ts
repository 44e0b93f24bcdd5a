import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLessons } from './loader.ts';
import { buildStartState, StartStateError } from './start-state.ts';
import { T0 } from '../core/account/testing.ts';
import { DAY_MS } from '../core/account/env.ts';

const lessonMd = `---
id: groups
title: Groups
summary: Give permissions through groups.
minutes: 8
---
Groups hold permissions for many users.
`;
const stepMd = (id: string, extra = '') => `---
id: ${id}
title: Make the group
checks:
  - kind: group
    label: Admins exists
    name: Admins
hints:
  - Look at the Groups page.
  - Groups carry policies for their members.
  - aws iam create-group --group-name ...
solution:
  - cli: aws iam create-group --group-name Admins
why: Permissions given to a group reach every member at once.
${extra}---
Create a group named **Admins**.
`;
const startYaml = `users:
  - name: alice
    attached: [Reports]
    accessKeys:
      - id: AKIAAAAAAAAAAAAAAAAA
        ageDays: 400
policies:
  - name: Reports
    document: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] }
root:
  accessKeys: [{ ageDays: 30 }]
buckets:
  - name: reports
    objects: { "q1.csv": "a,b" }
`;

describe('loadLessons', () => {
  it('loads a lesson with its intro, start spec and steps in file order', () => {
    const { lessons, problems } = loadLessons({
      '04-groups/lesson.md': lessonMd,
      '04-groups/start.yaml': startYaml,
      '04-groups/steps/02-second.md': stepMd('second'),
      '04-groups/steps/01-first.md': stepMd('first'),
    });
    expect(problems).toEqual([]);
    expect(lessons).toHaveLength(1);
    const l = lessons[0]!;
    expect(l).toMatchObject({ id: 'groups', minutes: 8, folder: '04-groups', intro: 'Groups hold permissions for many users.' });
    expect(l.steps.map((s) => s.id)).toEqual(['first', 'second']);
    expect(l.steps[0]).toMatchObject({ text: 'Create a group named **Admins**.', hints: [expect.any(String), expect.any(String), expect.any(String)] });
  });

  it('names the file and the field of every problem, and leaves the lesson out', () => {
    const { lessons, problems } = loadLessons({
      '01-x/lesson.md': lessonMd.replace('minutes: 8', 'minutes: soon'),
      '01-x/steps/01-a.md': stepMd('a').replace('  - aws iam create-group --group-name ...\n', '').replace('kind: group', 'kind: grupe'),
      '01-x/start.yaml': 'users: [{ name: "bad name" }]',
    });
    expect(lessons).toEqual([]);
    const text = problems.map((p) => `${p.file}: ${p.message}`).join('\n');
    expect(text).toContain('01-x/lesson.md: minutes:');
    expect(text).toContain('01-x/steps/01-a.md: checks.0.kind:');
    expect(text).toContain('01-x/steps/01-a.md: hints:');
    expect(text).toContain('01-x/start.yaml: users.0.name:');
  });

  it('reports YAML errors with their line, a missing lesson.md, and duplicate ids', () => {
    const { problems } = loadLessons({
      '01-a/lesson.md': '---\nid: [unclosed\n---\n',
      '01-a/steps/01-s.md': stepMd('s'),
      '02-b/steps/01-s.md': stepMd('s'),
      '03-c/lesson.md': lessonMd,
      '03-c/steps/01-s.md': stepMd('s'),
      '03-c/steps/02-s.md': stepMd('s'),
    });
    const text = problems.map((p) => `${p.file}: ${p.message}`).join('\n');
    expect(text).toMatch(/01-a\/lesson\.md: line \d+:/);
    expect(text).toContain('02-b/lesson.md: missing');
    expect(text).toContain('03-c/steps/02-s.md: id: "s" is used by another step');
  });

  it('never throws on random file contents', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const r = loadLessons({ '01-a/lesson.md': a, '01-a/steps/01-s.md': `---\n${b}\n---\n`, '01-a/start.yaml': c });
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('refuses to execute anything: YAML tags and aliases stay data', () => {
    const { problems } = loadLessons({ '01-a/lesson.md': '---\nid: !!js/function "function(){}"\ntitle: t\nsummary: s\nminutes: 1\n---\n', '01-a/steps/01-s.md': stepMd('s') });
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('buildStartState', () => {
  it('builds users, keys with ages, policies, root keys and buckets deterministically', async () => {
    const { lessons } = loadLessons({ '04-groups/lesson.md': lessonMd, '04-groups/start.yaml': startYaml, '04-groups/steps/01-first.md': stepMd('first') });
    const spec = lessons[0]!.start;
    const a = await buildStartState(spec, T0);
    const b = await buildStartState(spec, T0);
    expect(a).toEqual(b);
    const alice = a.users.alice!;
    expect(alice.accessKeys[0]).toMatchObject({ accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', status: 'Active' });
    expect(T0 - Date.parse(alice.accessKeys[0]!.createDate)).toBe(400 * DAY_MS);
    expect(a.policies[alice.attachedPolicies[0]!]?.policyName).toBe('Reports');
    expect(a.root.accessKeys).toHaveLength(1);
    expect(a.buckets.reports?.objects['q1.csv']?.body).toBe('a,b');
  });

  it('names the field that refers to something missing', async () => {
    await expect(buildStartState({ users: [{ name: 'x', groups: ['Nope'] }] }, T0)).rejects.toThrow(new StartStateError('users[0].groups[0]', 'no group named Nope'));
    await expect(buildStartState({ users: [{ name: 'x', attached: ['NoSuchPolicy'] }] }, T0)).rejects.toThrow('users[0].attached[0]');
  });
});

describe('YAML safety', () => {
  it('rejects unknown tags and alias bombs as file problems, with their line', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'id: x', '---', ''].join('\n');
    const { problems } = loadLessons({ '01-a/lesson.md': bomb, '01-a/steps/01-s.md': '---\nid: !custom s\n---\n' });
    const text = problems.map((p) => `${p.file}: ${p.message}`).join('\n');
    expect(text).toMatch(/01-a\/lesson\.md: .*alias/i);
    expect(text).toMatch(/01-a\/steps\/01-s\.md: line 2: .*tag/i);
  });
});
