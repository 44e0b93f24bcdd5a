import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { lessonMachine, type StepGrade } from './lesson-machine.ts';

/** A machine whose grader passes the steps listed in `passing` (mutable), and a log of account actions. */
function harness(stepIds = ['a', 'b'], resumeAt?: number) {
  const passing = new Set<string>();
  const log: string[] = [];
  const machine = lessonMachine.provide({
    actors: {
      gradeStep: fromPromise<StepGrade, { lessonId: string; stepId: string }>(async ({ input }) => {
        const ok = passing.has(input.stepId);
        return { passed: ok, checks: [{ label: `${input.stepId} done`, passed: ok, message: ok ? '' : 'not yet' }] };
      }),
    },
    actions: {
      saveStepStart: (_, p) => log.push(`save:${p.stepId}`),
      restoreStepStart: (_, p) => log.push(`restore:${p.stepId}`),
      restoreLessonStart: () => log.push('restore-lesson'),
    },
  });
  const input = resumeAt === undefined ? { lessonId: 'l', stepIds } : { lessonId: 'l', stepIds, resumeAt };
  const actor = createActor(machine, { input }).start();
  return { actor, passing, log };
}

const settle = (actor: ReturnType<typeof harness>['actor']) => waitFor(actor, (s) => !s.matches({ step: 'checking' }));

describe('lesson machine', () => {
  it('walks intro → step → checking → passed → next → complete', async () => {
    const { actor, passing, log } = harness();
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches({ step: 'active' })).toBe(true);
    actor.send({ type: 'CHECK' });
    await settle(actor);
    expect(actor.getSnapshot().matches({ step: 'active' })).toBe(true);
    expect(actor.getSnapshot().context.lastGrade?.checks[0]).toMatchObject({ passed: false, message: 'not yet' });
    passing.add('a');
    actor.send({ type: 'ACCOUNT_CHANGED' });
    await settle(actor);
    expect(actor.getSnapshot().matches({ step: 'passed' })).toBe(true);
    expect(actor.getSnapshot().context.status.a).toBe('passed');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.stepIndex).toBe(1);
    expect(actor.getSnapshot().context.lastGrade).toBeUndefined();
    passing.add('b');
    actor.send({ type: 'CHECK' });
    await settle(actor);
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('complete');
    expect(log).toEqual(['save:a', 'save:b']);
  });

  it('does not move on before the step passes', async () => {
    const { actor } = harness();
    actor.send({ type: 'START' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.stepIndex).toBe(0);
  });

  it('shows three hint tiers and no more, remembered per step', () => {
    const { actor } = harness();
    actor.send({ type: 'START' });
    for (let i = 0; i < 5; i++) actor.send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintsShown).toBe(3);
    expect(actor.getSnapshot().context.hintsUsed.a).toBe(3);
  });

  it('reveals the solution only after confirmation, and then counts the step as solved with help', async () => {
    const { actor, passing } = harness();
    actor.send({ type: 'START' });
    actor.send({ type: 'REVEAL' });
    expect(actor.getSnapshot().matches({ step: 'confirmingReveal' })).toBe(true);
    actor.send({ type: 'CANCEL_REVEAL' });
    expect(actor.getSnapshot().context.solutionRevealed).toBe(false);
    actor.send({ type: 'REVEAL' });
    actor.send({ type: 'CONFIRM_REVEAL' });
    expect(actor.getSnapshot().context.solutionRevealed).toBe(true);
    passing.add('a');
    actor.send({ type: 'CHECK' });
    await settle(actor);
    expect(actor.getSnapshot().context.status.a).toBe('passed-with-help');
  });

  it('resets the step and the lesson through the injected actions', async () => {
    const { actor, passing, log } = harness();
    actor.send({ type: 'START' });
    actor.send({ type: 'RESET_STEP' });
    passing.add('a');
    actor.send({ type: 'CHECK' });
    await settle(actor);
    actor.send({ type: 'RESET_STEP' });
    expect(actor.getSnapshot().matches({ step: 'active' })).toBe(true);
    expect(actor.getSnapshot().context.status.a).toBe('pending');
    actor.send({ type: 'RESET_LESSON' });
    expect(actor.getSnapshot().value).toBe('intro');
    expect(log).toEqual(['save:a', 'restore:a', 'restore:a', 'restore-lesson']);
  });

  it('resumes at a saved step with its progress', () => {
    const machineHarness = harness(['a', 'b', 'c'], 2);
    const snap = machineHarness.actor.getSnapshot();
    expect(snap.matches({ step: 'active' })).toBe(true);
    expect(snap.context.stepIndex).toBe(2);
  });

  it('stays on the step when the grader fails', async () => {
    const machine = lessonMachine.provide({ actors: { gradeStep: fromPromise<StepGrade, { lessonId: string; stepId: string }>(async () => { throw new Error('boom'); }) } });
    const actor = createActor(machine, { input: { lessonId: 'l', stepIds: ['a'] } }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'CHECK' });
    await settle(actor);
    expect(actor.getSnapshot().matches({ step: 'active' })).toBe(true);
    expect(actor.getSnapshot().context.lastGrade).toEqual({ passed: false, checks: [] });
  });
});
