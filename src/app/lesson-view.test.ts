import { describe, expect, it } from 'vitest';
import { loadLessonDir } from '../../bin/lesson-files.ts';
import type { StepGrade } from '../machines/lesson-machine.ts';
import type { LessonStep } from '../lessons/loader.ts';
import {
  checklist,
  describeAction,
  durationLabel,
  hiddenProblem,
  hintButtonLabel,
  lessonSummary,
  questionFeedback,
  shownHints,
  solutionLines,
  stepsList,
} from './lesson-view.ts';
import { newProgress } from './lesson-player.svelte.ts';

/** A step with one visible check, one hidden check and one question. */
const step: LessonStep = {
  id: 'make-bob',
  title: 'Make bob',
  text: 'Create bob.',
  checks: [
    { kind: 'user', label: 'bob exists', name: 'bob' } as LessonStep['checks'][number],
    { kind: 'user', label: 'no admin', name: 'bob', hidden: true } as LessonStep['checks'][number],
    { kind: 'question', id: 'why', label: 'You know why', prompt: 'Why?', options: ['No reason', 'Least privilege'], answer: 1 },
  ],
  hints: ['nudge text', 'concept text', 'near text'],
  solution: [{ cli: 'aws iam create-user --user-name bob' }, { answer: { id: 'why', option: 1 } }] as LessonStep['solution'],
  why: 'Because.',
  alternatives: [],
  wrong: [],
  file: 'x.md',
};

const grade = (passed: boolean[], messages: string[]): StepGrade => ({
  passed: passed.every(Boolean),
  checks: passed.map((p, i) => ({ label: `c${i}`, passed: p, message: p ? '' : (messages[i] ?? ''), hidden: i === 1 })),
});

describe('checklist', () => {
  it('lists visible checks and questions, never hidden checks, with their states and messages', () => {
    const items = checklist(step, grade([false, false, false], ['Create bob first.', 'bob is too powerful.', 'Not right yet.']), { why: 0 });
    expect(items.map((i) => i.label)).toEqual(['bob exists', 'You know why']);
    expect(items.map((i) => i.state)).toEqual(['failed', 'failed']);
    expect(items[0]?.message).toBe('Create bob first.');
    expect(items[1]).toMatchObject({ questionId: 'why', message: 'Not right yet.' });
    expect(items.some((i) => i.message.includes('too powerful'))).toBe(false);
  });

  it('shows an ungraded, unanswered question as an item that asks for an answer', () => {
    const items = checklist(step, undefined, {});
    expect(items.map((i) => i.state)).toEqual(['unknown', 'unknown']);
    expect(items[1]?.message).toBe('Answer the question.');
    expect(checklist(step, undefined, { why: 1 })[1]?.message).toBe('');
  });

  it('marks passed items passed with no message', () => {
    const items = checklist(step, grade([true, true, true], []), { why: 1 });
    expect(items.every((i) => i.state === 'passed' && i.message === '')).toBe(true);
  });
});

describe('hidden checks', () => {
  it('give their message only when they fail', () => {
    expect(hiddenProblem(grade([true, false, true], ['', 'bob is too powerful.']))).toBe('bob is too powerful.');
    expect(hiddenProblem(grade([false, true, true], ['missing']))).toBeUndefined();
    // A listed check still failing: its own message speaks, not an "Almost".
    expect(hiddenProblem(grade([false, false, true], ['Create bob first.', 'bob is too powerful.']))).toBeUndefined();
    expect(hiddenProblem(grade([true, false, false], ['', 'bob is too powerful.', 'Not right yet.']))).toBeUndefined();
    expect(hiddenProblem(undefined)).toBeUndefined();
  });
});

describe('questionFeedback', () => {
  it('tells a wrong answer its message and a right one that it is right, only once answered and graded', () => {
    expect(questionFeedback(step, grade([true, true, false], ['', '', 'Have another look.']), { why: 0 }, 'why')).toEqual({ ok: false, message: 'Have another look.' });
    expect(questionFeedback(step, grade([true, true, true], []), { why: 1 }, 'why')).toEqual({ ok: true, message: 'Right.' });
    expect(questionFeedback(step, grade([true, true, false], ['', '', 'x']), {}, 'why')).toBeUndefined();
    expect(questionFeedback(step, undefined, { why: 0 }, 'why')).toBeUndefined();
    expect(questionFeedback(step, grade([true, true, true], []), { why: 0 }, 'nope')).toBeUndefined();
  });
});

describe('hints', () => {
  it('come tier by tier with their names, and the button names the next tier until all are shown', () => {
    expect(shownHints(step, 0)).toEqual([]);
    expect(shownHints(step, 2)).toEqual([
      { tier: 'Nudge', text: 'nudge text' },
      { tier: 'Concept', text: 'concept text' },
    ]);
    expect(hintButtonLabel(0)).toBe('Show a hint: nudge');
    expect(hintButtonLabel(2)).toBe('Show a hint: near answer');
    expect(hintButtonLabel(3)).toBeUndefined();
  });
});

describe('solutions', () => {
  it('show commands as commands and answers in the question’s own words', () => {
    expect(solutionLines(step)).toEqual([
      { text: 'aws iam create-user --user-name bob', kind: 'cli' },
      { text: 'Answer “Why?” with: Least privilege', kind: 'other' },
    ]);
  });

  it('describe every kind of action of every bundled lesson in non-empty words', () => {
    const { lessons } = loadLessonDir();
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      for (const s of lesson.steps) {
        for (const a of s.solution) expect(describeAction(a).trim().length).toBeGreaterThan(0);
        expect(solutionLines(s)).toHaveLength(s.solution.length);
      }
    }
    expect(describeAction({ cli: 'aws iam list-users', as: 'user/intern' } as LessonStep['solution'][number])).toBe('aws iam list-users (as user/intern)');
    expect(describeAction({ advanceDays: 90 } as LessonStep['solution'][number])).toMatch(/90 days/);
  });
});

describe('stepsList', () => {
  const steps = [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
  ];
  it('marks passed steps done, the current one current and the rest locked', () => {
    expect(stepsList(steps, { a: 'passed-with-help', b: 'pending', c: 'pending' }, 1)).toEqual([
      { id: 'a', title: 'A', state: 'done', withHelp: true },
      { id: 'b', title: 'B', state: 'current', withHelp: false },
      { id: 'c', title: 'C', state: 'locked', withHelp: false },
    ]);
  });
  it('has no current step on the intro and all done when complete', () => {
    expect(stepsList(steps, {}, undefined).map((s) => s.state)).toEqual(['locked', 'locked', 'locked']);
    expect(stepsList(steps, { a: 'passed', b: 'passed', c: 'passed' }, undefined).map((s) => s.state)).toEqual(['done', 'done', 'done']);
  });
});

describe('lessonSummary', () => {
  it('counts steps, hints and help, and says how long it took', () => {
    const p = newProgress('l', '2026-01-01T10:00:00.000Z');
    p.status = { a: 'passed', b: 'passed-with-help', c: 'passed' };
    p.hintsUsed = { a: 2, b: 3, other: 9 };
    p.completedAt = '2026-01-01T10:17:20.000Z';
    expect(lessonSummary(['a', 'b', 'c'], p, '2030-01-01T00:00:00.000Z')).toEqual({ steps: 3, hintsUsed: 5, solvedWithHelp: 1, timeTaken: '17 min' });
    delete p.completedAt;
    expect(lessonSummary(['a'], p, '2026-01-01T11:05:00.000Z').timeTaken).toBe('1 h 5 min');
  });

  it('words durations', () => {
    expect(durationLabel(30_000)).toBe('under a minute');
    expect(durationLabel(NaN)).toBe('under a minute');
    expect(durationLabel(7 * 60_000)).toBe('7 min');
    expect(durationLabel(120 * 60_000)).toBe('2 h');
  });
});
