/**
 * How a class pack being followed changes a lesson: whether "Reveal the solution" is offered, and where
 * "next" leads when the lesson is done. A pack's lessons are class lessons wherever they are opened from
 * (the class view, the catalog, a bookmark): progress is one per lesson, so the class cannot tell the
 * difference. Every other lesson behaves as it does with no class. Pure.
 */

/** A lesson as these rules need it. */
export interface LessonRef {
  id: string;
  title: string;
}

/** What these rules need of a class pack (a `ClassPack` fits). */
export interface PackRules {
  lessons: readonly LessonRef[];
  settings: { hideRevealSolution: boolean };
}

/** Where the link after a completed lesson leads. */
export type NextAfter = { kind: 'lesson'; id: string; title: string } | { kind: 'class' } | { kind: 'none' };

/** Whether `lessonId` is one of the pack's lessons (built-in or custom). */
export function inPack(pack: PackRules | undefined, lessonId: string): boolean {
  return pack?.lessons.some((l) => l.id === lessonId) ?? false;
}

/** Whether "Reveal the solution" is offered in lesson `lessonId`: hidden only in the pack's own lessons, when the pack says so. */
export function revealSolutionOffered(pack: PackRules | undefined, lessonId: string): boolean {
  return !(pack?.settings.hideRevealSolution === true && inPack(pack, lessonId));
}

/**
 * The lesson after `lessonId`: in the pack's order for the pack's lessons (back to the class after its
 * last), in the catalog's order for any other lesson (none after the catalog's last, or for a lesson the
 * catalog does not list).
 */
export function nextAfterLesson(lessonId: string, catalog: readonly LessonRef[], pack: PackRules | undefined): NextAfter {
  const list = pack && inPack(pack, lessonId) ? pack.lessons : catalog;
  const i = list.findIndex((l) => l.id === lessonId);
  const next = i >= 0 ? list[i + 1] : undefined;
  if (next) return { kind: 'lesson', id: next.id, title: next.title };
  return list === catalog ? { kind: 'none' } : { kind: 'class' };
}
