/**
 * The proof `npm test` runs: the ten lessons of the syllabus load from lessons/ with no problem, in the
 * syllabus's order, and each is proven solvable with the lab's own command line and Query API — every
 * step fails before and passes after its solution, every alternative route passes, every wrong answer
 * fails with the message it names.
 */
import { describe, expect, it } from 'vitest';
import { loadLessonDir } from '../../bin/lesson-files.ts';
import { checkLesson } from '../../src/lessons/check-lesson.ts';
import { cliReplayTools } from '../../src/lessons/cli-tools.ts';

const SYLLABUS = ['iam-essentials', 'secure-root', 'create-users', 'groups', 'password-policy', 'rotate-keys', 'daily-work', 'least-privilege', 'policies-preview', 'roles'];
const { lessons, problems } = loadLessonDir();

describe('lessons/', () => {
  it('loads with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds exactly the ten syllabus lessons, in order', () => {
    expect(lessons.map((l) => l.id)).toEqual(SYLLABUS);
  });

  it('gives every lesson at least two other correct routes and two wrong answers', () => {
    for (const l of lessons) {
      const alternatives = l.steps.reduce((n, s) => n + s.alternatives.length, 0);
      const wrong = l.steps.reduce((n, s) => n + s.wrong.length, 0);
      expect({ lesson: l.id, enough: alternatives >= 2 && wrong >= 2 }).toEqual({ lesson: l.id, enough: true });
    }
  });

  it.each(SYLLABUS)('%s is proven solvable', async (id) => {
    const lesson = lessons.find((l) => l.id === id);
    expect(lesson).toBeDefined();
    expect(await checkLesson(lesson!, cliReplayTools)).toEqual([]);
  });
});
