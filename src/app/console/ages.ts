/** How the IAM console writes ages and dates: "Today", "1 day", "12 days"; "None" when never. */
import { DAY_MS } from '../../core/account/env.ts';

/** Whole days from an ISO time to now (never negative). */
export function daysSince(iso: string, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - Date.parse(iso)) / DAY_MS));
}

/** `Today`, `1 day`, `N days` — the age of something created at `iso`. */
export function ageLabel(iso: string | undefined, nowMs: number): string {
  if (iso === undefined) return 'None';
  const d = daysSince(iso, nowMs);
  return d === 0 ? 'Today' : d === 1 ? '1 day' : `${d} days`;
}

/** `Today`, `Yesterday`, `N days ago`, or `Never` — when something last happened. */
export function agoLabel(iso: string | undefined, nowMs: number): string {
  if (iso === undefined) return 'Never';
  const d = daysSince(iso, nowMs);
  return d === 0 ? 'Today' : d === 1 ? 'Yesterday' : `${d} days ago`;
}

/** `2026-01-15 10:00 UTC`. */
export function dateLabel(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16) + ' UTC';
}

/** The latest of some ISO times (undefined when none). */
export function latest(times: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const t of times) if (t !== undefined && (best === undefined || Date.parse(t) > Date.parse(best))) best = t;
  return best;
}
