/** How the catalog describes the lessons and a learner's progress through them (pure). */
import type { CatalogEntry } from './lesson-source.ts';
import type { LessonProgress } from './ports.ts';
import { stepsPassed, stepsWithHelp } from './lesson-progress.ts';

/** The status of a lesson for one learner. */
export type LessonStatusKind = 'new' | 'started' | 'done';

/** The status line of a lesson card. */
export function lessonStatus(entry: CatalogEntry, progress: LessonProgress | undefined): { kind: LessonStatusKind; label: string } {
  if (!progress) return { kind: 'new', label: 'Not started' };
  const passed = stepsPassed(progress);
  if (progress.completedAt || (entry.steps > 0 && passed >= entry.steps)) return { kind: 'done', label: 'Completed' };
  return { kind: 'started', label: `${passed} of ${entry.steps} steps done` };
}

/** Everything one lesson card shows. */
export interface LessonCard {
  id: string;
  number: number;
  title: string;
  href: string;
  status: LessonStatusKind;
  statusLabel: string;
  passed: number;
  steps: number;
  /** Steps solved after revealing the solution (0 when none). */
  withHelp: number;
  /** "solved with help" wording for the card, when any step was. */
  withHelpLabel?: string;
  minutesLabel: string;
  /** What the lesson teaches: the front matter's `teaches`, else its summary. */
  teaches: string[];
  summary: string;
  /** The card's main button. */
  action: { label: string; href: string };
}

/** A lesson's estimated time in words. */
export function minutesLabel(minutes: number): string {
  return minutes > 0 ? `about ${minutes} min` : 'time not estimated';
}

/** Build the card of one lesson. */
export function lessonCard(entry: CatalogEntry, index: number, progress: LessonProgress | undefined): LessonCard {
  const status = lessonStatus(entry, progress);
  const withHelp = stepsWithHelp(progress);
  const href = `#/lesson/${encodeURIComponent(entry.id)}`;
  const label = status.kind === 'new' ? 'Start' : status.kind === 'started' ? 'Continue' : 'Review';
  const card: LessonCard = {
    id: entry.id,
    number: index + 1,
    title: entry.title,
    href,
    status: status.kind,
    statusLabel: status.label,
    passed: stepsPassed(progress),
    steps: entry.steps,
    withHelp,
    minutesLabel: minutesLabel(entry.minutes),
    teaches: entry.teaches.length > 0 ? entry.teaches : entry.summary ? [entry.summary] : [],
    summary: entry.summary,
    action: { label, href },
  };
  if (withHelp > 0) card.withHelpLabel = withHelp === 1 ? '1 step solved with help' : `${withHelp} steps solved with help`;
  return card;
}

/** Every card, in catalog order. */
export function lessonCards(catalog: readonly CatalogEntry[], progress: Readonly<Record<string, LessonProgress>>): LessonCard[] {
  return catalog.map((entry, i) => lessonCard(entry, i, progress[entry.id]));
}

/**
 * The lesson to offer at the top of the catalog: the started lesson touched last, else the first lesson
 * not started yet (undefined when every lesson is done).
 */
export function nextUp(cards: readonly LessonCard[], progress: Readonly<Record<string, LessonProgress>>): LessonCard | undefined {
  const started = cards.filter((c) => c.status === 'started');
  if (started.length > 0) {
    return started.reduce((best, c) => ((progress[c.id]?.updatedAt ?? '') > (progress[best.id]?.updatedAt ?? '') ? c : best));
  }
  return cards.find((c) => c.status === 'new');
}
