/**
 * The class a learner follows: the loaded pack (kept in the browser between visits), its problems when a
 * pack is invalid, and loading from a URL parameter or a file. One per page (see `classRoom()`).
 */
import { parseClassPackText, packSource, type ClassPack } from './class-pack.ts';
import type { LabApp } from './lab-app.svelte.ts';
import { PACK_KEY, type TextStore } from './class-pack-start.ts';

export { browserTextStore } from './class-pack-start.ts';

export class ClassRoom {
  pack: ClassPack | undefined = $state.raw(undefined);
  /** Why the last pack could not be loaded, each naming its field. */
  problems: string[] = $state([]);
  loading = $state(false);

  constructor(
    private readonly app: LabApp,
    private readonly kept: TextStore | undefined,
  ) {}

  /** Load the pack kept from an earlier visit, if any. */
  restore(): void {
    const text = this.safeGet();
    if (text) this.loadText(text, false);
  }

  /** Load a pack from text; on success it replaces the current pack and is kept. */
  loadText(text: string, keep = true): boolean {
    const r = parseClassPackText(text, this.app.catalog);
    if (!r.ok) {
      this.problems = r.problems;
      return false;
    }
    this.problems = [];
    this.pack = r.pack;
    this.app.classPack = r.pack;
    this.app.customLessons = Object.fromEntries(r.pack.lessons.flatMap((l) => (l.kind === 'custom' ? [[l.id, l.lesson]] : [])));
    if (keep) this.safeSet(text);
    return true;
  }

  /** Load the pack named by the page's query string (`?pack=` or `?packdata=`), if any. */
  async loadFromQuery(search: string, base: string, fetcher: (url: string) => Promise<Response>): Promise<void> {
    const source = packSource(search, base);
    if (!source) return;
    if ('error' in source) {
      this.problems = [source.error];
      return;
    }
    if ('text' in source) {
      this.loadText(source.text);
      return;
    }
    this.loading = true;
    try {
      const res = await fetcher(source.url);
      if (!res.ok) this.problems = [`The class pack could not be fetched (HTTP ${res.status}).`];
      else this.loadText(await res.text());
    } catch {
      this.problems = ['The class pack could not be fetched.'];
    } finally {
      this.loading = false;
    }
  }

  /** Leave the class: forget the pack and its settings (progress stays). */
  leave(): void {
    this.pack = undefined;
    this.problems = [];
    this.app.classPack = undefined;
    this.app.customLessons = {};
    try {
      this.kept?.removeItem(PACK_KEY);
    } catch {
      // Storage refused: nothing was kept.
    }
  }

  private safeGet(): string | null {
    try {
      return this.kept?.getItem(PACK_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private safeSet(text: string): void {
    try {
      this.kept?.setItem(PACK_KEY, text);
    } catch {
      // Storage refused or full: the pack lasts for this visit.
    }
  }
}

let room: ClassRoom | undefined;

/** The page's class room (made on first use). */
export function classRoom(app: LabApp, kept: TextStore | undefined): ClassRoom {
  room ??= new ClassRoom(app, kept);
  return room;
}

