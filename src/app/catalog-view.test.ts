import { describe, expect, it } from 'vitest';
import { lessonCard, lessonCards, lessonStatus, minutesLabel, nextUp } from './catalog-view.ts';
import type { CatalogEntry } from './lesson-source.ts';
import { newProgress } from './lesson-player.svelte.ts';
import type { LessonProgress } from './ports.ts';

const entry = (id: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  title: `Lesson ${id}`,
  summary: `Summary of ${id}.`,
  minutes: 10,
  teaches: [`${id} thing one`, `${id} thing two`],
  steps: 3,
  folder: `0-${id}`,
  ...over,
});

const progress = (id: string, status: LessonProgress['status'], updatedAt = '2026-01-01T00:00:00.000Z'): LessonProgress => ({
  ...newProgress(id, '2026-01-01T00:00:00.000Z'),
  status,
  updatedAt,
});

describe('lessonStatus', () => {
  it('is new, started with a count, or done', () => {
    expect(lessonStatus(entry('a'), undefined)).toEqual({ kind: 'new', label: 'Not started' });
    expect(lessonStatus(entry('a'), progress('a', { x: 'passed', y: 'pending' }))).toEqual({ kind: 'started', label: '1 of 3 steps done' });
    expect(lessonStatus(entry('a'), progress('a', { x: 'passed', y: 'passed-with-help', z: 'passed' })).kind).toBe('done');
    expect(lessonStatus(entry('a'), { ...progress('a', {}), completedAt: '2026-01-02T00:00:00.000Z' }).kind).toBe('done');
  });
});

describe('lessonCard', () => {
  it('offers Start, Continue or Review, and counts steps solved with help', () => {
    expect(lessonCard(entry('a'), 0, undefined)).toMatchObject({ number: 1, action: { label: 'Start', href: '#/lesson/a' }, passed: 0, withHelp: 0 });
    expect(lessonCard(entry('a'), 0, undefined).withHelpLabel).toBeUndefined();
    const started = lessonCard(entry('a'), 2, progress('a', { x: 'passed-with-help' }));
    expect(started).toMatchObject({ number: 3, status: 'started', action: { label: 'Continue' }, passed: 1, withHelp: 1, withHelpLabel: '1 step solved with help' });
    const done = lessonCard(entry('a'), 0, progress('a', { x: 'passed-with-help', y: 'passed-with-help', z: 'passed' }));
    expect(done).toMatchObject({ status: 'done', action: { label: 'Review' }, withHelpLabel: '2 steps solved with help' });
  });

  it('says what the lesson teaches, falling back to the summary', () => {
    expect(lessonCard(entry('a'), 0, undefined).teaches).toEqual(['a thing one', 'a thing two']);
    expect(lessonCard(entry('b', { teaches: [] }), 0, undefined).teaches).toEqual(['Summary of b.']);
    expect(lessonCard(entry('c', { teaches: [], summary: '' }), 0, undefined).teaches).toEqual([]);
  });

  it('encodes the lesson id in its link and words the time estimate', () => {
    expect(lessonCard(entry('a b'), 0, undefined).href).toBe('#/lesson/a%20b');
    expect(minutesLabel(15)).toBe('about 15 min');
    expect(minutesLabel(0)).toBe('time not estimated');
  });
});

describe('nextUp', () => {
  const catalog = [entry('a'), entry('b'), entry('c')];
  it('is the started lesson touched last', () => {
    const p = { a: progress('a', { x: 'passed' }, '2026-01-01T00:00:00.000Z'), b: progress('b', { x: 'passed' }, '2026-02-01T00:00:00.000Z') };
    expect(nextUp(lessonCards(catalog, p), p)?.id).toBe('b');
  });
  it('else the first lesson not started, else nothing', () => {
    const p = { a: { ...progress('a', {}), completedAt: '2026-01-01T00:00:00.000Z' } };
    expect(nextUp(lessonCards(catalog, p), p)?.id).toBe('b');
    const all = Object.fromEntries(catalog.map((e) => [e.id, { ...progress(e.id, {}), completedAt: '2026-01-01T00:00:00.000Z' }]));
    expect(nextUp(lessonCards(catalog, all), all)).toBeUndefined();
  });
});
