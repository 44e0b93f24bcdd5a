import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPack, nextAfterLesson, revealSolutionOffered, type LessonRef, type PackRules } from './class-pack-rules.ts';

const catalog: LessonRef[] = [
  { id: 'iam-essentials', title: 'IAM essentials' },
  { id: 'secure-root', title: 'Lock down the root user' },
  { id: 'create-users', title: 'Create users' },
  { id: 'groups', title: 'Groups' },
];

/** A pack with a custom lesson first, then two built-in lessons out of the catalog's order. */
const pack = (hideRevealSolution: boolean): PackRules => ({
  lessons: [
    { id: 'class-warmup', title: 'Class warm-up' },
    { id: 'groups', title: 'Groups' },
    { id: 'secure-root', title: 'Lock down the root user' },
  ],
  settings: { hideRevealSolution },
});

describe('revealSolutionOffered', () => {
  it('offers the solution everywhere with no class', () => {
    for (const l of catalog) expect(revealSolutionOffered(undefined, l.id)).toBe(true);
  });

  it("hides it only in the pack's own lessons, built-in or custom, when the pack says so", () => {
    const p = pack(true);
    expect(revealSolutionOffered(p, 'class-warmup')).toBe(false);
    expect(revealSolutionOffered(p, 'groups')).toBe(false);
    expect(revealSolutionOffered(p, 'secure-root')).toBe(false);
    expect(revealSolutionOffered(p, 'iam-essentials')).toBe(true);
    expect(revealSolutionOffered(p, 'create-users')).toBe(true);
  });

  it('offers it in every lesson when the pack leaves the setting off', () => {
    const p = pack(false);
    for (const id of ['class-warmup', 'groups', 'secure-root', 'iam-essentials']) expect(revealSolutionOffered(p, id)).toBe(true);
  });
});

describe('nextAfterLesson', () => {
  it("follows the catalog's order with no class, and has nothing after the last lesson or an unknown one", () => {
    expect(nextAfterLesson('iam-essentials', catalog, undefined)).toEqual({ kind: 'lesson', id: 'secure-root', title: 'Lock down the root user' });
    expect(nextAfterLesson('groups', catalog, undefined)).toEqual({ kind: 'none' });
    expect(nextAfterLesson('nope', catalog, undefined)).toEqual({ kind: 'none' });
  });

  it("follows the pack's order for its lessons and leads back to the class after its last", () => {
    const p = pack(false);
    expect(nextAfterLesson('class-warmup', catalog, p)).toEqual({ kind: 'lesson', id: 'groups', title: 'Groups' });
    // groups comes after secure-root in the catalog, but before it in the pack.
    expect(nextAfterLesson('groups', catalog, p)).toEqual({ kind: 'lesson', id: 'secure-root', title: 'Lock down the root user' });
    expect(nextAfterLesson('secure-root', catalog, p)).toEqual({ kind: 'class' });
  });

  it("keeps the catalog's order for lessons outside the pack while a class is followed", () => {
    const p = pack(true);
    expect(nextAfterLesson('iam-essentials', catalog, p)).toEqual({ kind: 'lesson', id: 'secure-root', title: 'Lock down the root user' });
    expect(nextAfterLesson('create-users', catalog, p)).toEqual({ kind: 'lesson', id: 'groups', title: 'Groups' });
  });

  it("walking next from a pack's first lesson visits every pack lesson once, in order, then the class", () => {
    const ids = fc.uniqueArray(fc.constantFrom(...catalog.map((l) => l.id), 'custom-a', 'custom-b'), { minLength: 1 });
    fc.assert(
      fc.property(ids, (order) => {
        const p: PackRules = { lessons: order.map((id) => ({ id, title: id.toUpperCase() })), settings: { hideRevealSolution: false } };
        const visited: string[] = [order[0] as string];
        let next = nextAfterLesson(order[0] as string, catalog, p);
        while (next.kind === 'lesson') {
          expect(inPack(p, next.id)).toBe(true);
          visited.push(next.id);
          next = nextAfterLesson(next.id, catalog, p);
        }
        expect(next.kind).toBe('class');
        expect(visited).toEqual(order);
      }),
    );
  });
});
