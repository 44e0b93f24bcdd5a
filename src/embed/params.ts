/**
 * The embed page's URL parameters: `?lesson=secure-root&step=1&theme=dark&origin=https://docs.example`.
 * Pure: the caller passes `location.search` and what it knows of the parent.
 */
import { normalOrigin } from './protocol.ts';

/** What the embed page was asked to show. */
export interface EmbedParams {
  lessonId: string | undefined;
  /** 1-based step to open, when given. */
  step: number | undefined;
  theme: 'system' | 'light' | 'dark';
  /** The only origin the embed talks to; undefined when it is not framed or the parent is unknown. */
  parentOrigin: string | undefined;
}

/** Where the parent's origin may come from. */
export interface ParentHints {
  /** `location.ancestorOrigins[0]` where the browser has it (Chromium, Safari): the truth. */
  ancestorOrigin?: string | undefined;
  /** `document.referrer` (may be cut to the origin, or empty). */
  referrer?: string | undefined;
  /** Whether the page runs in a frame at all. */
  framed: boolean;
}

/** Read the embed's parameters. The `origin` parameter is believed only when the browser does not contradict it. */
export function parseEmbedParams(search: string, parent: ParentHints): EmbedParams {
  const q = new URLSearchParams(search);
  const lesson = q.get('lesson') ?? '';
  const stepText = q.get('step') ?? '';
  const step = /^[1-9][0-9]{0,2}$/.test(stepText) ? Number(stepText) : undefined;
  const themeText = q.get('theme');
  const theme = themeText === 'light' || themeText === 'dark' ? themeText : 'system';
  return { lessonId: /^[a-z0-9-]{1,64}$/.test(lesson) ? lesson : undefined, step, theme, parentOrigin: parentOriginOf(q.get('origin'), parent) };
}

function parentOriginOf(given: string | null, parent: ParentHints): string | undefined {
  if (!parent.framed) return undefined;
  const ancestor = normalOrigin(parent.ancestorOrigin);
  if (ancestor) return ancestor;
  const claimed = normalOrigin(given);
  if (claimed) return claimed;
  if (!parent.referrer) return undefined;
  try {
    return normalOrigin(new URL(parent.referrer).origin);
  } catch {
    return undefined;
  }
}
