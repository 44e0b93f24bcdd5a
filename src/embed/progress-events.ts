/**
 * Turns changes of a lesson's progress into the messages the host hears. Pure: given the progress before
 * and after a change, it says which steps were newly passed, whether the lesson just completed, and
 * whether the position moved.
 */
import type { LessonProgress } from '../app/ports.ts';
import { labMessage, type LabMessage } from './protocol.ts';

/** What the diff needs of the lesson. */
export interface LessonShape {
  id: string;
  stepIds: string[];
}

const passedCount = (lesson: LessonShape, p: LessonProgress | undefined): number => lesson.stepIds.filter((id) => isPassed(p, id)).length;
const isPassed = (p: LessonProgress | undefined, id: string): boolean => p?.status[id] === 'passed' || p?.status[id] === 'passed-with-help';

/** The `progress` message for a progress record (`step` 0 on the intro). */
export function progressMessage(lesson: LessonShape, p: LessonProgress | undefined, onIntro: boolean): LabMessage {
  return labMessage<'progress'>(lesson.id, { type: 'progress', step: onIntro ? 0 : (p?.stepIndex ?? 0) + 1, passed: passedCount(lesson, p), steps: lesson.stepIds.length });
}

/** The messages a change from `before` to `after` gives, in order: steps passed, completion, progress. */
export function progressEvents(lesson: LessonShape, before: LessonProgress | undefined, after: LessonProgress, onIntro: boolean): LabMessage[] {
  const out: LabMessage[] = [];
  lesson.stepIds.forEach((id, i) => {
    if (isPassed(after, id) && !isPassed(before, id)) {
      out.push(labMessage<'step-passed'>(lesson.id, { type: 'step-passed', stepId: id, step: i + 1, withHelp: after.status[id] === 'passed-with-help' }));
    }
  });
  if (after.completedAt && !before?.completedAt) {
    out.push(
      labMessage<'lesson-completed'>(lesson.id, {
        type: 'lesson-completed',
        steps: lesson.stepIds.length,
        stepsWithHelp: lesson.stepIds.filter((id) => after.status[id] === 'passed-with-help').length,
        hintsUsed: Object.values(after.hintsUsed).reduce((a, b) => a + b, 0),
      }),
    );
  }
  const moved = before === undefined || before.stepIndex !== after.stepIndex || passedCount(lesson, before) !== passedCount(lesson, after);
  if (moved || out.length > 0) out.push(progressMessage(lesson, after, onIntro));
  return out;
}
