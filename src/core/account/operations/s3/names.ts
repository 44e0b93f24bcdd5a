/** S3 names and ARNs: the general purpose bucket naming rules, bucket and object ARNs, key length. */
import { utf8 } from './md5.ts';

/** Prefixes S3 reserves (bucket naming rules). */
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
/** Suffixes S3 reserves for access point aliases, Object Lambda, Multi-Region Access Points, directory and table buckets. */
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * Why a general purpose bucket name breaks S3's naming rules, or undefined when it follows them:
 * 3–63 characters of lower-case letters, digits, dots and hyphens; a letter or digit at both ends; no two
 * adjacent dots; not an IPv4 address; none of the reserved prefixes and suffixes.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'must be between 3 and 63 characters long';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'can consist only of lowercase letters, numbers, dots and hyphens';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'must begin and end with a letter or number';
  if (name.includes('..')) return 'must not contain two adjacent periods';
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)) return 'must not be formatted as an IP address';
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `must not start with the prefix ${prefix}`;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `must not end with the suffix ${suffix}`;
  return undefined;
}

/** `arn:aws:s3:::bucket` */
export function bucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

/** `arn:aws:s3:::bucket/key` */
export function objectArn(bucket: string, key: string): string {
  return `arn:aws:s3:::${bucket}/${key}`;
}

/** Object keys are at most 1,024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** True when the key fits S3's 1,024-byte limit. */
export function keyFits(key: string): boolean {
  return utf8(key).length <= MAX_KEY_BYTES;
}

/**
 * Order of keys as S3 lists them: by their UTF-8 bytes. Comparing code points gives the same order
 * (JavaScript's `<` compares UTF-16 units, which puts U+E000–U+FFFF after astral characters; UTF-8 does not).
 */
export function compareKeys(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(j) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  if (i < a.length) return 1;
  return j < b.length ? -1 : 0;
}
