/**
 * Conformance suite: every JSON file in ./cases is one AWS documentation page's worth of
 * engine behaviour. Each case is an `iam-lab simulate` case plus the decision AWS documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { authorize } from '../../src/core/engine/authorize.ts';
import { readSimulateCase } from '../../src/core/engine/simulate-input.ts';
import type { DecisionKind } from '../../src/core/engine/types.ts';

/** What a case expects of the engine. */
interface Expectation {
  decision: DecisionKind;
  matchedSids?: string[];
  missingContextKeys?: string[];
}

/** One conformance case: a simulate case, a name and the documented outcome. */
interface ConformanceCase {
  name: string;
  policies?: unknown;
  request: unknown;
  expect: Expectation;
}

/** One case file: the cases taken from one documentation page. */
interface CaseFile {
  title: string;
  source: string;
  cases: ConformanceCase[];
}

const DECISIONS: readonly string[] = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];
const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** Parse and shape-check one case file; a malformed file fails loudly with its name. */
function loadCaseFile(fileName: string): CaseFile {
  const raw: unknown = JSON.parse(readFileSync(join(casesDir, fileName), 'utf8'));
  const fail = (detail: string): never => {
    throw new Error(`${fileName}: ${detail}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('must be an object');
  const file = raw as Record<string, unknown>;
  if (typeof file.title !== 'string' || file.title.length === 0) fail('needs a title');
  if (typeof file.source !== 'string') fail('needs a source');
  if (!Array.isArray(file.cases) || file.cases.length === 0) fail('needs a non-empty cases list');
  (file.cases as unknown[]).forEach((c, i) => {
    if (typeof c !== 'object' || c === null) fail(`case ${i} must be an object`);
    const entry = c as Record<string, unknown>;
    if (typeof entry.name !== 'string' || entry.name.length === 0) fail(`case ${i} needs a name`);
    const exp = entry.expect as Record<string, unknown> | undefined;
    if (typeof exp !== 'object' || exp === null) return fail(`case ${i} needs expect`);
    if (!DECISIONS.includes(exp.decision as string)) fail(`case ${i}: bad expect.decision`);
    if (exp.matchedSids !== undefined && !isStringList(exp.matchedSids)) fail(`case ${i}: bad matchedSids`);
    if (exp.missingContextKeys !== undefined && !isStringList(exp.missingContextKeys)) {
      fail(`case ${i}: bad missingContextKeys`);
    }
  });
  return raw as CaseFile;
}

/** A list as a sorted set, for order-free comparison. */
const asSet = (list: readonly string[]): string[] => [...new Set(list)].sort();

const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ fileName: f, file: loadCaseFile(f) }));

describe('conformance suite shape', () => {
  it('has at least 60 cases', () => {
    const total = files.reduce((n, f) => n + f.file.cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(60);
  });

  it('names an AWS documentation page in every file', () => {
    for (const { fileName, file } of files) {
      expect(file.source, fileName).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/\S+$/);
    }
  });

  it('gives every case a unique name within its file', () => {
    for (const { fileName, file } of files) {
      const names = file.cases.map((c) => c.name);
      expect(new Set(names).size, fileName).toBe(names.length);
    }
  });
});

for (const { fileName, file } of files) {
  describe(`${fileName}: ${file.title}`, () => {
    file.cases.forEach((c, i) => {
      it(c.name, () => {
        const { request, policies } = readSimulateCase({ policies: c.policies, request: c.request }, i);
        const result = authorize(request, policies);
        expect(result.decision).toBe(c.expect.decision);
        if (c.expect.matchedSids !== undefined) {
          const sids = result.matched.map((m) => m.sid ?? `(no Sid: ${m.policyKind}#${m.statementIndex})`);
          expect(asSet(sids)).toEqual(asSet(c.expect.matchedSids));
        }
        if (c.expect.missingContextKeys !== undefined) {
          expect(asSet(result.missingContextKeys)).toEqual(asSet(c.expect.missingContextKeys));
        }
      });
    });
  });
}
