/**
 * ARN matching as AWS documents it for Resource, NotResource and the Arn condition operators: the first
 * five colon-separated parts (arn, partition, service, region, account) are matched one by one and a
 * wildcard there stays inside its part; the resource part is everything after the fifth colon and its `*`
 * may span `/` and `:`. Matching is case-sensitive.
 */
import { ONE, STAR, globMatch } from './glob.ts';

/** The six parts of an ARN; `resource` keeps any further colons. */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Split an ARN into its parts, or undefined when it is not `arn:partition:service:region:account:resource`. */
export function parseArn(arn: string): ArnParts | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts = splitArn(arn);
  if (parts.length < 6) return undefined;
  return {
    partition: parts[1] as string,
    service: parts[2] as string,
    region: parts[3] as string,
    account: parts[4] as string,
    resource: parts[5] as string,
  };
}

/** Split at the first five colons: at most six pieces, the last holding the rest. */
export function splitArn(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const c = text.indexOf(':', start);
    if (c < 0) break;
    out.push(text.slice(start, c));
    start = c + 1;
  }
  out.push(text.slice(start));
  return out;
}

/** A compiled ARN pattern (from a compiled glob, see glob.ts). */
export interface ArnMatcher {
  /** Matches every value, ARN or not. */
  all: boolean;
  /** The pattern split in parts (compiled globs); empty when `all`. */
  parts: string[];
  /** The last part ends with `*` and the pattern has fewer than six parts: that `*` reaches the rest. */
  openEnded: boolean;
}

/** Compile a glob (policy text already turned into a compiled glob) into an ARN matcher. */
export function compileArnPattern(glob: string): ArnMatcher {
  if (glob === STAR) return { all: true, parts: [], openEnded: false };
  const parts = splitArn(glob);
  const last = parts[parts.length - 1] as string;
  return { all: false, parts, openEnded: parts.length < 6 && last.endsWith(STAR) };
}

/**
 * Match a value (normally a resource ARN) against a compiled ARN pattern. `split` may pass the value's
 * parts when the caller already has them (one request is matched against many patterns).
 */
export function arnMatch(m: ArnMatcher, value: string, split?: readonly string[]): boolean {
  if (m.all) return true;
  const pattern = m.parts;
  if (pattern.length === 1) {
    // Not an ARN pattern (e.g. a bare name): compare the whole value.
    return globMatch(pattern[0] as string, value);
  }
  const parts = split ?? splitArn(value);
  const n = pattern.length;
  if (n < 6 && !m.openEnded) return false;
  if (n === 6 && parts.length !== 6) return false;
  for (let i = 0; i < n - 1; i++) {
    const v = parts[i];
    if (v === undefined || !globMatch(pattern[i] as string, v)) return false;
  }
  // The last pattern part meets the rest of the value (all remaining parts when the pattern is short).
  if (parts.length < n) return false;
  const rest = n === parts.length ? (parts[n - 1] as string) : parts.slice(n - 1).join(':');
  return globMatch(pattern[n - 1] as string, rest);
}

/** True when the text contains a wildcard at all (plain `*`/`?` or compiled). */
export function textHasWildcard(text: string): boolean {
  return /[*?]/.test(text) || text.includes(STAR) || text.includes(ONE);
}
