/** Fuzz: random words, quotes and unicode through the tokenizer and the parser never throw; failures are usage errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLab } from '../../src/core/account/testing.ts';
import { runCli } from '../../src/core/cli/index.ts';
import { parseShorthand } from '../../src/core/cli/shorthand.ts';
import { tokenize } from '../../src/core/cli/tokenize.ts';

const piece = fc.oneof(
  fc.constantFrom('iam', 's3api', 'sts', 's3', 'create-user', 'list-users', 'put-user-policy', 'create-virtual-mfa-device', 'update-account-password-policy', 'ls', 'cp', 'help'),
  fc.constantFrom('--user-name', '--tags', '--policy-document', '--output', '--query', '--max-items', '--starting-token', '--cli-input-json', '--generate-cli-skeleton', '--no-require-symbols', '--', '-', '--x=', '--tags='),
  fc.constantFrom("'", '"', '\\', '=', ',', '[', ']', '{', '}', 'Key=a,Value=b', 'file://x', '{"a":', 's3://b/k', 'Users[', '\n'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('fuzz', () => {
  it('tokenize and parseShorthand never throw', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const line = parts.join(fc.sample(fc.constantFrom(' ', ''), 1)[0] ?? ' ');
        const t = tokenize(line);
        expect(typeof t.ok).toBe('boolean');
        const s = parseShorthand(line);
        expect(typeof s.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('runCli never throws; anything that fails before calling AWS is a usage error (252)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 10 }), fc.boolean(), async (parts, asLine) => {
        const lab = newLab();
        const events = lab.state.events.length;
        const options = { ...lab, readFile: () => '{}', writeFile: () => undefined };
        const r = asLine ? await runCli(`aws ${parts.join(' ')}`, options) : await runCli(parts, options);
        expect([0, 1, 252, 254]).toContain(r.exitCode);
        if (lab.state.events.length === events) {
          // No call was made: success (help, skeleton) or a usage error.
          expect([0, 252]).toContain(r.exitCode);
        }
        if (r.exitCode === 252) expect(r.stderr.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
