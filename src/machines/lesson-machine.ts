/**
 * The lesson flow as an xstate v5 machine: intro → step active ⇄ checking → step passed → next … →
 * lesson complete, with hint tiers, a confirmed "reveal solution" (the step then counts as solved with
 * help), reset step and reset lesson. The machine knows no account: grading is an injected actor and
 * saving/restoring the account are injected actions, so it runs in tests and in the app alike.
 */
import { assign, fromPromise, setup } from 'xstate';

/** The result of grading the current step. */
export interface StepGrade {
  passed: boolean;
  /** Per-check results, shown as the checklist (hidden ones are graded but not listed). */
  checks: { label: string; passed: boolean; message: string; hidden?: boolean }[];
}

/** How a step ended. */
export type StepStatus = 'pending' | 'passed' | 'passed-with-help';

/** What the machine remembers. */
export interface LessonContext {
  lessonId: string;
  stepIds: readonly string[];
  stepIndex: number;
  /** Hint tiers shown for the current step (0–3: nudge, concept, near-answer). */
  hintsShown: number;
  solutionRevealed: boolean;
  status: Record<string, StepStatus>;
  /** Hints used per step, for progress. */
  hintsUsed: Record<string, number>;
  lastGrade?: StepGrade;
}

/** Input to start or resume a lesson. */
export interface LessonInput {
  lessonId: string;
  stepIds: readonly string[];
  /** Resume at this step (default: the intro). */
  resumeAt?: number;
  status?: Record<string, StepStatus>;
  hintsUsed?: Record<string, number>;
}

/** Events the UI sends. ACCOUNT_CHANGED re-grades after every action in the account. */
export type LessonEvent =
  | { type: 'START' }
  | { type: 'CHECK' }
  | { type: 'ACCOUNT_CHANGED' }
  | { type: 'HINT' }
  | { type: 'REVEAL' }
  | { type: 'CONFIRM_REVEAL' }
  | { type: 'CANCEL_REVEAL' }
  | { type: 'NEXT' }
  | { type: 'RESET_STEP' }
  | { type: 'RESET_LESSON' };

/** The number of hint tiers every step has. */
export const HINT_TIERS = 3;

const currentStep = (c: LessonContext): string => c.stepIds[c.stepIndex] ?? '';

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    events: {} as LessonEvent,
    input: {} as LessonInput,
  },
  actors: {
    /** Grade the current step; the app provides the real one (lessons/grader over the account). */
    gradeStep: fromPromise<StepGrade, { lessonId: string; stepId: string }>(async () => ({ passed: false, checks: [] })),
  },
  actions: {
    /** Remember the account as it is now, as the start of the current step. */
    saveStepStart: (_, _params: { stepId: string }) => {},
    /** Put the account back as it was when the current step began. */
    restoreStepStart: (_, _params: { stepId: string }) => {},
    /** Put the account back to the lesson's start state. */
    restoreLessonStart: () => {},
  },
  guards: {
    isLastStep: ({ context }) => context.stepIndex >= context.stepIds.length - 1,
    hasMoreHints: ({ context }) => context.hintsShown < HINT_TIERS,
    passed: (_, params: { grade: StepGrade }) => params.grade.passed,
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => ({
    lessonId: input.lessonId,
    stepIds: input.stepIds,
    stepIndex: Math.min(Math.max(input.resumeAt ?? 0, 0), Math.max(input.stepIds.length - 1, 0)),
    hintsShown: 0,
    solutionRevealed: false,
    status: { ...Object.fromEntries(input.stepIds.map((id) => [id, 'pending' as StepStatus])), ...input.status },
    hintsUsed: { ...input.hintsUsed },
  }),
  initial: 'boot',
  states: {
    boot: {
      always: [{ guard: ({ context }) => context.stepIds.length > 0 && context.stepIndex > 0, target: 'step' }, { target: 'intro' }],
    },
    intro: {
      on: { START: 'step' },
    },
    step: {
      entry: [
        { type: 'saveStepStart', params: ({ context }) => ({ stepId: currentStep(context) }) },
        assign({ hintsShown: ({ context }) => context.hintsUsed[currentStep(context)] ?? 0, solutionRevealed: false, lastGrade: undefined }),
      ],
      initial: 'active',
      on: {
        RESET_LESSON: { target: '#lesson.intro', actions: ['restoreLessonStart', assign({ stepIndex: 0, status: ({ context }) => Object.fromEntries(context.stepIds.map((id) => [id, 'pending' as StepStatus])), hintsUsed: {}, lastGrade: undefined })] },
      },
      states: {
        active: {
          on: {
            CHECK: 'checking',
            ACCOUNT_CHANGED: 'checking',
            HINT: {
              guard: 'hasMoreHints',
              actions: assign(({ context }) => {
                const hintsShown = context.hintsShown + 1;
                return { hintsShown, hintsUsed: { ...context.hintsUsed, [currentStep(context)]: hintsShown } };
              }),
            },
            REVEAL: 'confirmingReveal',
            RESET_STEP: { actions: [{ type: 'restoreStepStart', params: ({ context }) => ({ stepId: currentStep(context) }) }, assign({ lastGrade: undefined })] },
          },
        },
        confirmingReveal: {
          on: {
            CONFIRM_REVEAL: { target: 'active', actions: assign({ solutionRevealed: true }) },
            CANCEL_REVEAL: 'active',
          },
        },
        checking: {
          invoke: {
            src: 'gradeStep',
            input: ({ context }) => ({ lessonId: context.lessonId, stepId: currentStep(context) }),
            onDone: [
              {
                guard: { type: 'passed', params: ({ event }) => ({ grade: event.output }) },
                target: 'passed',
                actions: assign(({ context, event }) => ({
                  lastGrade: event.output,
                  status: { ...context.status, [currentStep(context)]: context.solutionRevealed ? 'passed-with-help' : 'passed' },
                })),
              },
              { target: 'active', actions: assign({ lastGrade: ({ event }) => event.output }) },
            ],
            // A grader failure is a bug, not a learner's mistake: stay on the step and show nothing passed.
            onError: { target: 'active', actions: assign({ lastGrade: { passed: false, checks: [] } }) },
          },
        },
        passed: {
          on: {
            NEXT: [
              { guard: 'isLastStep', target: '#lesson.complete' },
              { target: '#lesson.step', reenter: true, actions: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }) },
            ],
            ACCOUNT_CHANGED: 'checking',
            RESET_STEP: {
              target: 'active',
              actions: [
                { type: 'restoreStepStart', params: ({ context }) => ({ stepId: currentStep(context) }) },
                assign({ lastGrade: undefined, status: ({ context }) => ({ ...context.status, [currentStep(context)]: 'pending' as StepStatus }) }),
              ],
            },
          },
        },
      },
    },
    complete: {
      on: {
        RESET_LESSON: { target: 'intro', actions: ['restoreLessonStart', assign({ stepIndex: 0, status: ({ context }) => Object.fromEntries(context.stepIds.map((id) => [id, 'pending' as StepStatus])), hintsUsed: {}, lastGrade: undefined })] },
      },
    },
  },
});
