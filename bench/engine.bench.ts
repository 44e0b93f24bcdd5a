/**
 * `npm run bench`: decisions per second of IAM Lab's engine (compiled fast path) and of the peer,
 * @cloud-copilot/iam-simulate (AGPL, dev-only), on the same generated cases in one process.
 *
 * Method: a plain timing loop (no benchmark library is a direct dependency of the project):
 * one warm-up pass over all cases per contender, then ROUNDS rounds in which each contender makes
 * one timed pass, in rotating order so that load from other processes hits all alike; the median
 * pass gives the rate.
 * Our engine's policy sets are compiled once before timing, as the app does (compile on edit,
 * authorize on every keystroke of the request); the peer parses its policies on every call, which
 * is how its API works. The peer's validated `runSimulation` is async and much slower, so it runs
 * fewer rounds. Set BENCH_CASES / BENCH_ROUNDS / BENCH_SEED to change the workload.
 */
import { performance } from 'node:perf_hooks';
import { median } from './median.ts';
import type { Verdict } from '../test/engine/differential/case.ts';
import { generateCases } from '../test/engine/differential/generator.ts';
import { compileCase, ours, oursCompiled } from '../test/engine/differential/ours.ts';
import { peerUnsafe, peerValidated } from '../test/engine/differential/peer.ts';

const SEED = Number(process.env['BENCH_SEED'] ?? 20_240_601);
const COUNT = Number(process.env['BENCH_CASES'] ?? 2000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);

/**
 * Times several contenders fairly on a shared, busy machine: one warm-up pass each, then `rounds`
 * rounds in which every contender runs one full pass (in rotating order). Returns the median
 * decisions per second of each.
 */
async function rates(rounds: number, passes: (() => void | Promise<void>)[]): Promise<number[]> {
  for (const pass of passes) await pass();
  const times: number[][] = passes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < passes.length; k++) {
      const j = (k + r) % passes.length;
      const t0 = performance.now();
      await passes[j]!();
      times[j]!.push(performance.now() - t0);
    }
  }
  return times.map((t) => COUNT / (median(t) / 1000));
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  // The fast path of the peer ignores session policies: compare on cases without them.
  const cases = generateCases(SEED, COUNT * 2)
    .filter((c) => !c.session)
    .slice(0, COUNT);
  if (cases.length < COUNT) throw new Error(`only ${cases.length} cases without session policies`);

  const compiled = cases.map(compileCase);
  let sink = 0;

  const [oursFast = 0, oursExplained = 0, oursCold = 0, peerFast = 0] = await rates(ROUNDS, [
    () => {
      for (let i = 0; i < cases.length; i++) sink += oursCompiled(cases[i]!, compiled[i]!, false).matched.length;
    },
    () => {
      for (let i = 0; i < cases.length; i++) sink += oursCompiled(cases[i]!, compiled[i]!, true).statements.length;
    },
    () => {
      for (const c of cases) sink += ours(c).matched.length;
    },
    () => {
      for (const c of cases) sink += peerUnsafe(c).length;
    },
  ]);
  // The validated path is ~30 times slower than ours: fewer rounds keep the bench short.
  const [peerSafe = 0] = await rates(Math.max(1, Math.floor(ROUNDS / 3)), [
    async () => {
      for (const c of cases) {
        const out = await peerValidated(c);
        sink += out.ok ? 1 : 0;
      }
    },
  ]);

  // Identical decisions, ours against each peer path.
  const mine: Verdict[] = cases.map((c, i) => oursCompiled(c, compiled[i]!, false).decision);
  const explainedSame = cases.filter((c, i) => oursCompiled(c, compiled[i]!, true).decision === mine[i]).length;
  let sameFast = 0;
  let sameSafe = 0;
  let refused = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (peerUnsafe(c) === mine[i]) sameFast++;
    const v = await peerValidated(c);
    if (!v.ok) refused++;
    else if (v.verdict === mine[i]) sameSafe++;
  }
  const mix = { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 };
  for (const d of mine) mix[d]++;

  const pct = (n: number): string => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`IAM Lab engine benchmark — ${cases.length} generated cases (seed ${SEED}), median of ${ROUNDS} interleaved rounds after warm-up`);
  console.log(`node ${process.version}, decision mix (ours): Allow ${mix.Allow}, ExplicitDeny ${mix.ExplicitDeny}, ImplicitDeny ${mix.ImplicitDeny}`);
  console.log('');
  console.log(`  ours  authorizeCompiled, explain: false            ${fmt(oursFast).padStart(12)} decisions/s`);
  console.log(`  ours  authorizeCompiled, full explanation          ${fmt(oursExplained).padStart(12)} decisions/s`);
  console.log(`  ours  authorize (compile cache by document)        ${fmt(oursCold).padStart(12)} decisions/s`);
  console.log(`  peer  runUnsafeSimulation                           ${fmt(peerFast).padStart(12)} decisions/s`);
  console.log(`  peer  runSimulation (validated, async)              ${fmt(peerSafe).padStart(12)} decisions/s`);
  console.log('');
  console.log(`  ratio ours fast path / peer runUnsafeSimulation:  ${(oursFast / peerFast).toFixed(1)}x`);
  console.log(`  ratio ours fast path / peer runSimulation:        ${(oursFast / peerSafe).toFixed(1)}x`);
  console.log(`  ratio ours explained / peer runUnsafeSimulation: ${(oursExplained / peerFast).toFixed(1)}x`);
  console.log(`  ratio ours authorize / peer runUnsafeSimulation:  ${(oursCold / peerFast).toFixed(1)}x`);
  console.log('');
  console.log(`  fast path and explained path agree:         ${explainedSame}/${cases.length}`);
  console.log(`  identical decisions vs runUnsafeSimulation: ${sameFast}/${cases.length} (${pct(sameFast)})`);
  console.log(`  identical decisions vs runSimulation:       ${sameSafe}/${cases.length} (${pct(sameSafe)}), not comparable (the peer dropped context keys it thinks the action lacks, or refused): ${refused}`);
  console.log('  (the differences are the classes in test/engine/known-divergences.md; the differential test checks each)');
  if (sink === -1) console.log('');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
