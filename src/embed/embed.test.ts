import { describe, expect, it } from 'vitest';
import type { LessonProgress } from '../app/ports.ts';
import { EmbedBridge, type BridgeWindow } from './bridge.ts';
import { parseEmbedParams } from './params.ts';
import { progressEvents } from './progress-events.ts';
import { normalOrigin, parseHostMessage, type HostMessage } from './protocol.ts';

const HOST = 'https://docs.example.com';

function fakeWindow() {
  const posted: { message: unknown; origin: string }[] = [];
  let listener: ((e: MessageEvent) => void) | undefined;
  const parent = { postMessage: (message: unknown, origin: string) => void posted.push({ message, origin }) };
  const win: BridgeWindow = {
    parent,
    addEventListener: (_t, l) => (listener = l),
    removeEventListener: () => (listener = undefined),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) => listener?.({ data, origin, source } as MessageEvent);
  return { win, posted, deliver, parent };
}

describe('parseHostMessage', () => {
  it('accepts version-1 reset and go-to-step only', () => {
    expect(parseHostMessage({ protocol: 'iam-lab', version: 1, type: 'reset' })?.type).toBe('reset');
    expect(parseHostMessage({ protocol: 'iam-lab', version: 1, type: 'go-to-step', step: 2 })).toMatchObject({ step: 2 });
    for (const bad of [null, 'reset', { protocol: 'iam-lab', version: 2, type: 'reset' }, { protocol: 'x', version: 1, type: 'reset' }, { protocol: 'iam-lab', version: 1, type: 'go-to-step', step: 0 }, { protocol: 'iam-lab', version: 1, type: 'go-to-step', step: 1.5 }, { protocol: 'iam-lab', version: 1, type: 'eval' }]) {
      expect(parseHostMessage(bad)).toBeUndefined();
    }
  });
  it('normalOrigin takes only a bare http(s) origin', () => {
    expect(normalOrigin('https://a.example')).toBe('https://a.example');
    expect(normalOrigin('https://a.example/')).toBe('https://a.example');
    expect(normalOrigin('https://a.example/path')).toBeUndefined();
    expect(normalOrigin('javascript:alert(1)')).toBeUndefined();
    expect(normalOrigin('*')).toBeUndefined();
  });
});

describe('parseEmbedParams', () => {
  it('reads lesson, step, theme and the parent origin', () => {
    expect(parseEmbedParams('?lesson=secure-root&step=2&theme=dark&origin=https://docs.example.com', { framed: true })).toEqual({ lessonId: 'secure-root', step: 2, theme: 'dark', parentOrigin: HOST });
  });
  it('believes the browser over the origin parameter, and has no parent when not framed', () => {
    expect(parseEmbedParams('?lesson=a&origin=https://evil.example', { framed: true, ancestorOrigin: HOST }).parentOrigin).toBe(HOST);
    expect(parseEmbedParams('?lesson=a&origin=https://docs.example.com', { framed: false }).parentOrigin).toBeUndefined();
    expect(parseEmbedParams('?lesson=a', { framed: true, referrer: `${HOST}/guide/page.html` }).parentOrigin).toBe(HOST);
  });
  it('drops malformed values', () => {
    expect(parseEmbedParams('?lesson=../x&step=abc&theme=neon', { framed: true })).toEqual({ lessonId: undefined, step: undefined, theme: 'system', parentOrigin: undefined });
  });
});

describe('EmbedBridge', () => {
  it('posts only to the parent origin', () => {
    const w = fakeWindow();
    const bridge = new EmbedBridge(w.win, HOST, () => {});
    bridge.post({ protocol: 'iam-lab', version: 1, lessonId: 'x', type: 'ready', title: 'X', steps: 1 });
    expect(w.posted).toEqual([{ message: expect.objectContaining({ type: 'ready' }), origin: HOST }]);
  });
  it('posts nothing when the parent origin is unknown', () => {
    const w = fakeWindow();
    new EmbedBridge(w.win, undefined, () => {}).post({ protocol: 'iam-lab', version: 1, lessonId: 'x', type: 'ready', title: 'X', steps: 1 });
    expect(w.posted).toEqual([]);
  });
  it('accepts messages only from the parent window at the parent origin', () => {
    const w = fakeWindow();
    const got: HostMessage[] = [];
    new EmbedBridge(w.win, HOST, (m) => got.push(m));
    const reset = { protocol: 'iam-lab', version: 1, type: 'reset' };
    w.deliver(reset, 'https://evil.example');
    w.deliver(reset, HOST, { other: 'window' });
    expect(got).toEqual([]);
    w.deliver(reset, HOST);
    expect(got.map((m) => m.type)).toEqual(['reset']);
  });
});

describe('progressEvents', () => {
  const lesson = { id: 'l', stepIds: ['a', 'b'] };
  const base: LessonProgress = { lessonId: 'l', stepIndex: 0, status: {}, hintsUsed: {}, answers: {}, revealed: {}, stepTimes: {}, startedAt: 't', updatedAt: 't' };
  it('reports a newly passed step, then progress', () => {
    const after = { ...base, status: { a: 'passed' as const } };
    expect(progressEvents(lesson, base, after, false).map((m) => m.type)).toEqual(['step-passed', 'progress']);
  });
  it('reports completion with the help used', () => {
    const before = { ...base, stepIndex: 1, status: { a: 'passed' as const } };
    const after = { ...before, status: { a: 'passed' as const, b: 'passed-with-help' as const }, hintsUsed: { a: 2 }, completedAt: 'now' };
    const out = progressEvents(lesson, before, after, false);
    expect(out.map((m) => m.type)).toEqual(['step-passed', 'lesson-completed', 'progress']);
    expect(out[1]).toMatchObject({ stepsWithHelp: 1, hintsUsed: 2, steps: 2 });
    expect(out[0]).toMatchObject({ stepId: 'b', step: 2, withHelp: true });
  });
  it('says nothing when nothing that matters changed', () => {
    expect(progressEvents(lesson, base, { ...base, updatedAt: 'later' }, false)).toEqual([]);
  });
});
