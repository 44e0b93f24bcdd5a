// The embed in real Chromium: a host page on a second local origin embeds a lesson with the loader script,
// a step is passed inside the frame, and the host hears `step-passed` (and `ready`, `progress`); a page on a
// third origin posting to the frame is ignored, while the same message from the host is obeyed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serves `files` (name → text) from a fresh folder on its own 127.0.0.1 port: another origin. */
async function serveOtherOrigin(files) {
  const dir = mkdtempSync(join(tmpdir(), 'iam-lab-host-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const server = await startStaticServer(dir);
  return { url: server.url, close: () => (server.close(), rmSync(dir, { recursive: true, force: true })) };
}

const hostPage = (labUrl, intruderUrl, lesson = 'secure-root') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Docs host</title></head>
<body>
<h1>A docs page</h1>
<script>
  window.__events = [];
  for (const type of ['ready', 'step-passed', 'lesson-completed', 'progress']) {
    document.addEventListener('iam-lab:' + type, (e) => window.__events.push(e.detail));
  }
</script>
<script src="${labUrl}embed/iam-lab-lesson.js"></script>
<iam-lab-lesson id="lesson" lesson="${lesson}" step="1" theme="dark" height="900px"></iam-lab-lesson>
${intruderUrl ? `<iframe id="intruder" title="another site" src="${intruderUrl}intruder.html"></iframe>` : ''}
</body></html>`;

// A frame on a third origin: posts a well-formed host message to the lab's frame (its sibling).
const intruderPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>intruder</title></head><body>
<script>
  window.addEventListener('message', (e) => {
    if (e.data === 'attack') parent.frames[0].postMessage({ protocol: 'iam-lab', version: 1, type: 'go-to-step', step: 2 }, '*');
  });
</script></body></html>`;

const eventsOf = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t), type);

async function waitForEvent(page, type, predicate = '() => true') {
  await page.waitForFunction(([t, p]) => window.__events.some((e) => e.type === t && new Function('e', `return (${p})(e)`)(e)), [type, predicate], { timeout: 15_000 });
}

export const tests = [
  {
    name: 'a host page on another origin embeds a lesson, a step is passed, and the host receives step-passed',
    async run({ page, url, allowOrigin }) {
      const host = await serveOtherOrigin({ 'index.html': hostPage(url) });
      try {
        allowOrigin(host.url);
        assert.notEqual(new URL(host.url).origin, new URL(url).origin, 'the host is on a second origin');
        await page.goto(host.url);
        await waitForEvent(page, 'ready');
        const [ready] = await eventsOf(page, 'ready');
        assert.equal(ready.lessonId, 'secure-root');
        assert.equal(ready.version, 1);
        const frame = page.frameLocator('iam-lab-lesson iframe');
        await frame.getByText('Step 1 of 3').waitFor();
        assert.equal(await frame.locator('html').getAttribute('data-theme'), 'dark', 'the theme parameter applies');
        assert.equal((await eventsOf(page, 'step-passed')).length, 0, 'nothing passed yet');

        await frame.getByRole('radio', { name: /Delete the root user's access keys, and activate MFA/ }).check();
        await frame.getByTestId('step-passed').waitFor();
        await waitForEvent(page, 'step-passed');
        const passed = await eventsOf(page, 'step-passed');
        assert.deepEqual(passed.map((e) => [e.lessonId, e.stepId, e.step, e.withHelp]), [['secure-root', 'read-status', 1, false]]);
        await waitForEvent(page, 'progress', '(e) => e.passed === 1');

        // The compact embedded page passes axe-core (run inside the frame).
        const embed = page.frames().find((f) => f.url().includes('/embed.html'));
        assert.ok(embed, 'the embed frame');
        await embed.evaluate(axeSource);
        const result = await embed.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(serious, [], 'no serious or critical axe violation in the embed');
      } finally {
        host.close();
      }
    },
  },
  {
    name: 'a message from an unexpected origin is ignored; the same message from the host is obeyed',
    async run({ page, url, allowOrigin }) {
      const intruder = await serveOtherOrigin({ 'intruder.html': intruderPage });
      const host = await serveOtherOrigin({ 'index.html': hostPage(url, intruder.url) });
      try {
        allowOrigin(host.url);
        allowOrigin(intruder.url);
        await page.goto(host.url);
        await waitForEvent(page, 'ready');
        const frame = page.frameLocator('iam-lab-lesson iframe');
        await frame.getByText('Step 1 of 3').waitFor();

        // The third origin posts go-to-step 2 to the lab's frame: nothing happens.
        await page.evaluate(() => document.getElementById('intruder').contentWindow.postMessage('attack', '*'));
        await page.waitForTimeout(1500);
        assert.equal(await frame.getByText('Step 1 of 3').count(), 1, 'still on step 1');
        assert.equal((await eventsOf(page, 'progress')).some((e) => e.step === 2), false, 'no move reported');

        // The host's own request moves the lab.
        await page.evaluate(() => document.getElementById('lesson').goToStep(2));
        await frame.getByText('Step 2 of 3').waitFor();
        await waitForEvent(page, 'progress', '(e) => e.step === 2');

        // And reset brings it back to the intro.
        await page.evaluate(() => document.getElementById('lesson').reset());
        await frame.getByRole('button', { name: 'Start the lesson' }).waitFor();
      } finally {
        host.close();
        intruder.close();
      }
    },
  },
  {
    name: 'a completed embedded lesson tells the host and offers "Continue in IAM Lab" in a new tab, never navigating the frame',
    async run({ page, url, context, allowOrigin }) {
      const host = await serveOtherOrigin({ 'index.html': hostPage(url, undefined, 'iam-essentials') });
      try {
        allowOrigin(host.url);
        await page.goto(host.url);
        await waitForEvent(page, 'ready');
        const frame = page.frameLocator('iam-lab-lesson iframe');
        await frame.getByText('Step 1 of 3').waitFor();
        const embed = page.frames().find((f) => f.url().includes('/embed.html'));
        assert.ok(embed, 'the embed frame');
        const embedUrl = embed.url();

        /** Runs a command in the frame's terminal and waits for its output. */
        const run = async (command) => {
          const before = await frame.locator('[data-testid="terminal-output"] pre').count();
          const line = frame.getByLabel('Command line', { exact: true });
          await line.fill(command);
          await line.press('Enter');
          await frame.locator('[data-testid="terminal-output"] pre').nth(before).waitFor();
        };
        const next = async (name) => {
          await frame.getByTestId('step-passed').waitFor();
          await frame.getByTestId('step-passed').getByRole('button', { name }).click();
        };
        await frame.getByRole('tab', { name: 'Terminal' }).click();
        await run('aws iam list-users');
        await frame.getByRole('radio', { name: /In every region/ }).check();
        await next('Next step');
        await frame.getByText('Step 2 of 3').waitFor();
        await run('aws iam create-user --user-name intern');
        await next('Next step');
        await frame.getByText('Step 3 of 3').waitFor();
        await frame.getByLabel('Acting as').selectOption('user/intern');
        await run('aws iam list-users');
        await frame.getByRole('radio', { name: /Nothing allows it/ }).check();
        await next('Finish the lesson');
        await frame.getByTestId('lesson-complete').waitFor();

        // The host hears lesson-completed, as before.
        await waitForEvent(page, 'lesson-completed');
        const [done] = await eventsOf(page, 'lesson-completed');
        assert.equal(done.lessonId, 'iam-essentials');
        assert.equal(done.steps, 3);

        // No inert "Next lesson" / "All lessons" inside the frame: one link to the full lab, in a new tab.
        assert.equal(await frame.getByRole('link', { name: /^Next lesson/ }).count(), 0);
        assert.equal(await frame.getByRole('link', { name: 'All lessons' }).count(), 0);
        const crumb = frame.getByRole('link', { name: /^Lessons/ });
        assert.deepEqual([await crumb.getAttribute('href'), await crumb.getAttribute('target'), await crumb.getAttribute('rel')], ['./#/', '_blank', 'noopener'], 'the breadcrumb opens the full lab too');
        const link = frame.getByTestId('continue-in-lab');
        assert.match((await link.textContent()) ?? '', /^Continue in IAM Lab ↗/);
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await link.getAttribute('rel'), 'noopener');
        assert.equal(await link.getAttribute('href'), './#/lesson/secure-root', 'a relative URL: works from any folder');
        const resolved = await link.evaluate((a) => a.href);
        assert.equal(new URL(resolved).origin, new URL(url).origin, "the lab's origin (the embed page's), not the host's");
        assert.equal(resolved, `${new URL('./', embedUrl).href}#/lesson/secure-root`);

        const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await opened.waitForURL(/#\/lesson\/secure-root$/);
        await opened.getByRole('heading', { name: 'Lock down the root user', level: 1 }).waitFor();
        assert.equal(embed.url(), embedUrl, 'the frame itself did not navigate');
        await frame.getByTestId('lesson-complete').waitFor();
        await opened.close();
      } finally {
        host.close();
      }
    },
  },
];
