/**
 * Plays one lesson on one workspace: drives the lesson machine, grades the current step with the pure
 * grader whenever the account changes, keeps the learner's progress, and saves it.
 */
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { lessonMachine, type StepGrade, type StepStatus } from '../machines/lesson-machine.ts';
import { allPassed, gradeChecks } from '../lessons/grader.ts';
import type { Lesson, LessonStep } from '../lessons/loader.ts';
import { buildStartState } from '../lessons/start-state.ts';
import type { LabStore, LessonProgress } from './ports.ts';
import type { Workspace } from './workspace.svelte.ts';
import { realNow } from './time.ts';

/** Fresh progress for a lesson. */
export function newProgress(lessonId: string, nowIso: string): LessonProgress {
  return { lessonId, stepIndex: 0, status: {}, hintsUsed: {}, answers: {}, revealed: {}, stepTimes: {}, startedAt: nowIso, updatedAt: nowIso };
}

type LessonSnapshot = SnapshotFrom<typeof lessonMachine>;

export class LessonPlayer {
  snapshot: LessonSnapshot = $state.raw({} as LessonSnapshot);
  progress: LessonProgress = $state.raw({} as LessonProgress);

  private readonly actor;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    readonly lesson: Lesson,
    readonly workspace: Workspace,
    private readonly store: LabStore,
    progress: LessonProgress | undefined,
    private readonly clock: () => Date = realNow,
  ) {
    this.progress = progress ?? newProgress(lesson.id, clock().toISOString());
    const machine = lessonMachine.provide({
      actors: {
        gradeStep: fromPromise<StepGrade, { lessonId: string; stepId: string }>(async ({ input }) => this.grade(input.stepId)),
      },
      actions: {
        saveStepStart: () => this.workspace.markStepStart(),
        restoreStepStart: () => void this.workspace.resetToStepStart(),
        restoreLessonStart: () => void this.restartLesson(),
      },
    });
    const p = this.progress;
    const resumeAt = Object.keys(p.status).length > 0 || p.stepIndex > 0 ? p.stepIndex : undefined;
    const input = { lessonId: lesson.id, stepIds: lesson.steps.map((s) => s.id), status: p.status as Record<string, StepStatus>, hintsUsed: p.hintsUsed };
    this.actor = createActor(machine, { input: resumeAt === undefined ? input : { ...input, resumeAt } });
    const sub = this.actor.subscribe((snap) => {
      this.snapshot = snap;
      this.record(snap);
    });
    this.unsubscribe.push(() => sub.unsubscribe());
    this.actor.start();
    this.snapshot = this.actor.getSnapshot();
    this.unsubscribe.push(
      this.workspace.onChange(() => {
        if (this.snapshot.matches('step')) this.actor.send({ type: 'ACCOUNT_CHANGED' });
      }),
    );
  }

  /** The step being worked on (undefined on the intro and when complete). */
  get step(): LessonStep | undefined {
    return this.snapshot.matches('step') ? this.lesson.steps[this.snapshot.context.stepIndex] : undefined;
  }

  /** Grade a step now, over the workspace's account and the learner's answers. */
  grade(stepId: string): StepGrade {
    const step = this.lesson.steps.find((s) => s.id === stepId);
    if (!step) return { passed: false, checks: [] };
    const results = gradeChecks(step.checks, { state: this.workspace.account, nowMs: this.workspace.now(), answers: this.progress.answers });
    return { passed: allPassed(results), checks: results };
  }

  /** Answer a question check, then re-grade. */
  answer(questionId: string, option: number): void {
    this.progress = { ...this.progress, answers: { ...this.progress.answers, [questionId]: option }, updatedAt: this.clock().toISOString() };
    void this.store.putProgress(this.progress);
    if (this.snapshot.matches('step')) this.actor.send({ type: 'CHECK' });
  }

  /** Forward a learner's action to the machine. */
  send(event: Parameters<typeof this.actor.send>[0]): void {
    this.actor.send(event);
  }

  /** Start the lesson over from its start account (progress of this lesson is cleared). */
  async restartLesson(): Promise<void> {
    const account = await buildStartState(this.lesson.start, this.workspace.env.realNow());
    this.progress = newProgress(this.lesson.id, this.clock().toISOString());
    await this.store.putProgress(this.progress);
    await this.workspace.replaceAccount(account);
  }

  private record(snap: LessonSnapshot): void {
    const c = snap.context;
    const now = this.clock().toISOString();
    const stepId = c.stepIds[c.stepIndex] ?? '';
    const times = { ...this.progress.stepTimes };
    if (snap.matches('step') && stepId && !times[stepId]) times[stepId] = { startedAt: now };
    for (const [id, status] of Object.entries(c.status)) {
      const t = times[id];
      if (status !== 'pending' && t && !t.passedAt) times[id] = { ...t, passedAt: now };
    }
    const revealed = c.solutionRevealed && stepId ? { ...this.progress.revealed, [stepId]: true } : this.progress.revealed;
    // A solution revealed before a reload still counts: the machine forgets it, the progress does not.
    const status = Object.fromEntries(Object.entries(c.status).map(([id, s]) => [id, s === 'passed' && revealed[id] ? 'passed-with-help' : s]));
    const next: LessonProgress = {
      ...this.progress,
      stepIndex: c.stepIndex,
      status,
      hintsUsed: { ...c.hintsUsed },
      revealed,
      stepTimes: times,
      updatedAt: now,
    };
    if (snap.value === 'complete' && !next.completedAt) next.completedAt = now;
    if (JSON.stringify(next) === JSON.stringify({ ...this.progress, updatedAt: now })) return;
    this.progress = next;
    void this.store.putProgress(next);
  }

  /** Stop listening (leaving the lesson page). */
  dispose(): void {
    for (const u of this.unsubscribe) u();
    this.actor.stop();
  }
}
