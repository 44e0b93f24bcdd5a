/**
 * Light-weight start of a class: decides whether the page has a class pack to load (a `?pack=` /
 * `?packdata=` parameter, or a pack kept from an earlier visit) and only then loads the class modules.
 */
import type { LabApp } from './lab-app.svelte.ts';

/** Where the pack's text is kept between visits. */
export const PACK_KEY = 'iam-lab-class-pack';

/** A small key-value store (localStorage in the browser). */
export interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or undefined where it is refused (some third-party or private contexts). */
export function browserTextStore(): TextStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const namesPack = (search: string): boolean => {
  const q = new URLSearchParams(search);
  return q.has('pack') || q.has('packdata');
};

/** Whether the page should load a class at start: a pack is named in the query or kept from before. */
export function classAtStart(search: string, kept: TextStore | undefined = browserTextStore()): boolean {
  if (namesPack(search)) return true;
  try {
    return kept?.getItem(PACK_KEY) != null;
  } catch {
    return false;
  }
}

/** Load the class (kept pack, then the query's), and show the class view when the link named a pack. */
export async function startClass(app: LabApp, search: string, href: string): Promise<void> {
  const { classRoom } = await import('./class-pack-room.svelte.ts');
  const room = classRoom(app, browserTextStore());
  room.restore();
  await room.loadFromQuery(search, href, (url) => fetch(url));
  if (namesPack(search) && app.router.route.page === 'catalog') app.router.go({ page: 'class' });
}
