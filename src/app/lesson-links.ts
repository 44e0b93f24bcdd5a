/**
 * Links from a lesson to other pages of the lab. In the lab they are hash routes. In an embed (embed.html
 * in a docs page's frame) the frame shows one lesson only, so a link to any other page opens the full lab
 * in a new tab instead: `./#/…` is the lab's index.html in the embed page's own folder, so it works from
 * any folder and stays on the embed page's origin. Pure.
 */

/** Where a link leads and whether it opens a new tab. */
export interface LabLink {
  href: string;
  newTab: boolean;
}

/** The lab's hash route of a lesson. */
export function lessonHash(lessonId: string): string {
  return `#/lesson/${encodeURIComponent(lessonId)}`;
}

/** A link to the lab page at `hash` (`#/…`), from the lab or from an embed. */
export function labLink(hash: string, embedded: boolean): LabLink {
  return embedded ? { href: `./${hash}`, newTab: true } : { href: hash, newTab: false };
}
