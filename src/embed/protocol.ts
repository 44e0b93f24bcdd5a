/**
 * The embed's postMessage protocol (version 1). Pure: no DOM. The lab (in the iframe) tells the host page
 * what happens; the host may ask the lab to reset or to go to a step. Every message carries
 * `protocol: 'iam-lab'` and `version`, so hosts can ignore anything else on the channel.
 */

/** The protocol's name, present in every message. */
export const PROTOCOL = 'iam-lab';
/** The protocol's version. A new version adds fields; a breaking change bumps it. */
export const PROTOCOL_VERSION = 1;

interface Envelope {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  lessonId: string;
}

/** Lab → host: the lesson is loaded and listening (sent once, and again after a reset). */
export interface ReadyMessage extends Envelope {
  type: 'ready';
  title: string;
  steps: number;
}
/** Lab → host: a step was passed (`withHelp` when its solution was revealed). */
export interface StepPassedMessage extends Envelope {
  type: 'step-passed';
  stepId: string;
  /** 1-based. */
  step: number;
  withHelp: boolean;
}
/** Lab → host: every step of the lesson is passed. */
export interface LessonCompletedMessage extends Envelope {
  type: 'lesson-completed';
  steps: number;
  /** Steps passed with the solution revealed. */
  stepsWithHelp: number;
  hintsUsed: number;
}
/** Lab → host: where the learner is (sent whenever it changes). */
export interface ProgressMessage extends Envelope {
  type: 'progress';
  /** The step being worked on, 1-based (0 on the lesson's intro). */
  step: number;
  passed: number;
  steps: number;
}

/** Everything the lab sends. */
export type LabMessage = ReadyMessage | StepPassedMessage | LessonCompletedMessage | ProgressMessage;

/** Host → lab: start the lesson over from its start account. */
export interface ResetMessage {
  protocol: typeof PROTOCOL;
  version: number;
  type: 'reset';
}
/** Host → lab: open a step (1-based). */
export interface GoToStepMessage {
  protocol: typeof PROTOCOL;
  version: number;
  type: 'go-to-step';
  step: number;
}

/** Everything the lab accepts. */
export type HostMessage = ResetMessage | GoToStepMessage;

/** Wrap a lab message's body in the envelope. */
export function labMessage<T extends LabMessage['type']>(lessonId: string, body: Omit<Extract<LabMessage, { type: T }>, keyof Envelope>): LabMessage {
  const message: unknown = { protocol: PROTOCOL, version: PROTOCOL_VERSION, lessonId, ...body };
  return message as LabMessage;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read a message a host sent; undefined for anything that is not a well-formed version-1 host message. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return undefined;
  if (data.type === 'reset') return { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'reset' };
  if (data.type === 'go-to-step' && typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 1 && data.step <= 1000) {
    return { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'go-to-step', step: data.step };
  }
  return undefined;
}

/** An origin (`scheme://host[:port]`) exactly as `URL.origin` writes it, or undefined. */
export function normalOrigin(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
