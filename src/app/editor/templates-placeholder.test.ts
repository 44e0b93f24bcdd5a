import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './templates.ts';

describe('template placeholders', () => {
  it("Read one bucket's placeholder is found only where the bucket goes, even by a case-insensitive Replace all", () => {
    const t = TEMPLATES.find((x) => x.id === 'read-one-bucket');
    expect(t).toBeDefined();
    const placeholder = /YOUR_BUCKET/i;
    expect(t?.explanation).toMatch(placeholder);
    // The editor's Find/Replace ignores case by default: "BUCKET" also matched s3:ListBucket.
    const lines = (t?.text ?? '').split('\n').filter((l) => placeholder.test(l));
    expect(lines.length).toBe(2);
    expect(lines.every((l) => l.includes('"Resource"'))).toBe(true);
    const replaced = (t?.text ?? '').replace(/YOUR_BUCKET/gi, 'reports');
    expect(replaced).toContain('"s3:ListBucket"');
    expect(replaced).toContain('"arn:aws:s3:::reports/*"');
  });
});
