// Browser end-to-end tests on Debian's Chromium.
//
//   node test/e2e/run.mjs [filter]     (after `npm run build`)
//
// Serves dist/ from a tiny static server on 127.0.0.1 (a free port), then runs
// every test/e2e/*.spec.mjs. A spec exports `tests`: an array of
// `{ name, run }` where `run({ page, url, context })` is async and throws to fail.
// Each test gets a fresh browser profile (launchPersistentContext on a new temp
// dir, as TOOLCHAIN.md says). A test also fails when its page logs a console
// error, throws an uncaught error, or requests any origin other than the app's.
// Prints one line per test and, last, exactly `N passed, N failed`.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const dist = process.env.E2E_DIST ?? join(root, 'dist');
const TEST_TIMEOUT_MS = 30_000;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The first Chromium found: $CHROMIUM_PATH, then Debian's usual paths. */
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

/** Loads every spec (optionally filtered by a substring of its file name). */
async function loadSpecs(filter) {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.spec.mjs') && (!filter || f.includes(filter)))
    .sort();
  const specs = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(here, file)).href);
    if (!Array.isArray(mod.tests)) throw new Error(`${file} must export "tests" as an array of { name, run }`);
    for (const t of mod.tests) specs.push({ ...t, file });
  }
  return specs;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one test in its own fresh browser profile; returns a list of problems (empty = pass). */
async function runOne(test, executablePath, url) {
  const origin = new URL(url).origin;
  const profile = mkdtempSync(join(tmpdir(), 'iam-lab-e2e-'));
  const problems = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    // A test may serve pages of its own on a second local origin (an embedding host page) and allow it.
    const allowed = new Set([origin]);
    const allowOrigin = (extra) => allowed.add(new URL(extra).origin);
    context.on('request', (req) => {
      const target = req.url();
      if (target.startsWith('data:') || target.startsWith('blob:')) return;
      if (!allowed.has(new URL(target).origin)) problems.push(`request to another origin: ${target}`);
    });
    const watch = (page) => {
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const where = msg.location().url;
        problems.push(`console error: ${msg.text()}${where ? ` (at ${where})` : ''}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught error in page: ${err.message}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await withTimeout(test.run({ page, url, context, allowOrigin }), TEST_TIMEOUT_MS, test.name);
  } catch (err) {
    problems.unshift(err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  return problems;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(
      'e2e: no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n' +
        'Install Debian\'s Chromium with:  apt-get update && apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
    return 1;
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('e2e: dist/index.html is missing; run `npm run build` first.');
    return 1;
  }

  const specs = await loadSpecs(process.argv[2]);
  if (specs.length === 0) {
    console.error('e2e: no tests found in test/e2e/*.spec.mjs');
    return 1;
  }

  const server = await startStaticServer(dist);
  const stop = () => server.close();
  const onSignal = (sig) => {
    stop();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let passed = 0;
  let failed = 0;
  try {
    for (const test of specs) {
      const started = Date.now();
      const problems = await runOne(test, executablePath, server.url);
      const ms = Date.now() - started;
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${test.file} › ${test.name} (${ms} ms)`);
      } else {
        failed++;
        console.log(`FAIL ${test.file} › ${test.name} (${ms} ms)`);
        for (const p of problems) console.log(`     ${p.split('\n').join('\n     ')}`);
      }
    }
  } finally {
    stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
