/** Keyboard movement in the console's tab lists (WAI-ARIA tabs pattern): Right/Left arrow moves to the next/previous tab, wrapping. */

/** The tab that ArrowRight/ArrowLeft moves to from tab `i` of `ids` (wrapping), or undefined for any other key. */
export function arrowTab<T>(ids: readonly T[], i: number, key: string): T | undefined {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return undefined;
  return ids[(i + (key === 'ArrowRight' ? 1 : ids.length - 1)) % ids.length];
}

/**
 * Handle a keydown on tab `i`: on Right/Left arrow, select the neighbouring tab and focus its button,
 * whose element id is `${idPrefix}-${tab}`.
 */
export function moveTabOnArrow<T extends string>(e: KeyboardEvent, ids: readonly T[], i: number, idPrefix: string, select: (tab: T) => void): void {
  const next = arrowTab(ids, i, e.key);
  if (next === undefined) return;
  select(next);
  document.getElementById(`${idPrefix}-${next}`)?.focus();
}
