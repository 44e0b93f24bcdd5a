/**
 * Differential test: IAM Lab's engine against @cloud-copilot/iam-simulate (AGPL, dev-only oracle)
 * on seeded random cases. Every disagreement must be explained by a class listed in
 * test/engine/known-divergences.md (see classifiers.ts for how a class proves itself); any other
 * disagreement fails, printing the seed, a shrunken case and both answers.
 *
 * Reproduce a run: DIFF_SEED=<seed> DIFF_CASES=<n> npx vitest run test/engine/differential
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiffCase, Verdict } from './case.ts';
import { DIVERGENCE_CLASSES, classify } from './classifiers.ts';
import { caseToJson, generateCases } from './generator.ts';
import { minimize } from './minimize.ts';
import { compileCase, ours, oursCompiled } from './ours.ts';
import { peerUnsafe, peerValidated } from './peer.ts';

const SEED = Number(process.env['DIFF_SEED'] ?? 20_240_601);
const COUNT = Number(process.env['DIFF_CASES'] ?? 2400);

/** The peer's answer: its fast path, or its validated path for session policies (the fast path ignores them). */
async function peer(c: DiffCase): Promise<Verdict | `refused: ${string}`> {
  if (!c.session) return peerUnsafe(c);
  const out = await peerValidated(c);
  return out.ok ? out.verdict : `refused: ${out.error}`;
}

interface Disagreement {
  c: DiffCase;
  ours: Verdict;
  peer: string;
  classes: string[];
}

const cases = generateCases(SEED, COUNT);
const decisions: Verdict[] = [];
const disagreements: Disagreement[] = [];
const refused: string[] = [];
const thrown: string[] = [];

beforeAll(async () => {
  for (const c of cases) {
    let mine: Verdict;
    try {
      mine = ours(c).decision;
    } catch (e) {
      thrown.push(`case ${c.index}: ${(e as Error).message} ${JSON.stringify(caseToJson(c))}`);
      continue;
    }
    decisions.push(mine);
    const theirs = await peer(c);
    if (theirs.startsWith('refused')) {
      refused.push(`case ${c.index}: ${theirs}`);
      continue;
    }
    if (theirs === mine) continue;
    const classes = await classify(c, mine, peer);
    disagreements.push({ c, ours: mine, peer: theirs, classes });
  }
});

function report(list: Disagreement[]): string {
  const lines = [`seed ${SEED}, ${COUNT} cases: ${list.length} unclassified disagreement(s)`];
  for (const d of list.slice(0, 5)) {
    // Shrink on the fast path only (synchronous); session cases are printed whole.
    const small = d.c.session
      ? d.c
      : minimize(d.c, (x) => {
          const o = ours(x).decision;
          const p = peerUnsafe(x);
          return o === d.ours && p === d.peer && DIVERGENCE_CLASSES.every((k) => !k.applies(x) || peerUnsafe(k.correctPeer(x)) !== o);
        });
    lines.push(`ours=${d.ours} peer=${d.peer} case=${JSON.stringify(caseToJson(small))}`);
  }
  return lines.join('\n');
}

describe(`differential vs @cloud-copilot/iam-simulate (seed ${SEED}, ${COUNT} cases)`, () => {
  it('every disagreement falls in a known, documented class', () => {
    const unclassified = disagreements.filter((d) => d.classes.length === 0);
    expect(unclassified.length, report(unclassified)).toBe(0);
  });

  it('our engine answers every case without throwing', () => {
    expect(thrown.slice(0, 3), `seed ${SEED}: ${thrown.length} case(s) threw`).toEqual([]);
  });

  it('the fast path (compiled, explain: false) decides exactly as authorize does', () => {
    const differ = cases.filter((c) => {
      try {
        return oursCompiled(c, compileCase(c), false).decision !== ours(c).decision;
      } catch {
        return false; // reported by the test above
      }
    });
    expect(differ.map((c) => c.index)).toEqual([]);
  });

  it('the peer accepts nearly every generated case', () => {
    // Only session cases go through the peer's validated path, which may drop context keys it
    // believes the action never carries; such cases are not comparable and are skipped.
    expect(refused.length, refused.join('\n')).toBeLessThan(COUNT * 0.02);
  });

  it('keeps a decision mix with every outcome at 15% or more', () => {
    for (const kind of ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const) {
      const share = decisions.filter((d) => d === kind).length / decisions.length;
      expect(share, `${kind} share ${share.toFixed(3)}`).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('covers every feature the brief names', () => {
    const seen = new Map<string, number>();
    for (const c of cases) for (const f of c.features) seen.set(f, (seen.get(f) ?? 0) + 1);
    const required = [
      'action-wildcard', 'action-question', 'action-case', 'not-action', 'resource-wildcard', 'resource-case', 'not-resource',
      'resource-policy', 'not-principal', 'cross-account', 'boundary', 'scp', 'session', 'deny:identity', 'deny:resource', 'deny:scp',
      'op:String', 'op:Numeric', 'op:Date', 'date-epoch', 'op:Bool', 'op:Binary', 'op:Ip', 'ipv6', 'op:Arn', 'op:Null', 'if-exists',
      'for-all-values', 'for-any-value', 'multi-valued', 'missing-key', 'variable', 'variable-default', 'variable-special',
      'version-2008', 'version-missing', 'unknown-operator', 'key-case', 'principal:user', 'principal:root', 'principal:session', 'principal:anonymous',
    ];
    const missing = required.filter((f) => (seen.get(f) ?? 0) < Math.max(3, COUNT / 400));
    expect(missing).toEqual([]);
  });

  it('agrees with the peer on most cases (the generator still produces comparable cases)', () => {
    expect(disagreements.length / cases.length).toBeLessThan(0.12);
  });

  it('lists exactly the classifier classes in known-divergences.md, each with an AWS link', () => {
    const doc = readFileSync(fileURLToPath(new URL('../known-divergences.md', import.meta.url)), 'utf8');
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
    expect(headings.sort()).toEqual(DIVERGENCE_CLASSES.map((k) => k.name).sort());
    for (const k of DIVERGENCE_CLASSES) {
      expect(k.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(doc).toContain(k.doc);
    }
  });
});
