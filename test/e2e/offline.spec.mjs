// Offline use in real Chromium: the first visit installs the service worker, which precaches every file of
// the build (Monaco's chunks and workers included); then, with the network off, a reload still opens the lab
// and a lesson step is completed, and the policy editor (Monaco) opens. Each e2e test has a fresh profile, so no other test starts with it.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLesson } from './lib/workspace.mjs';

const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

/** Every file of the build a learner may need: all but source maps and the service worker itself. */
function buildFiles(dir = dist) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return buildFiles(path);
    return !name.endsWith('.map') && name !== 'sw.js' && !name.startsWith('workbox-') ? [relative(dist, path).split('\\').join('/')] : [];
  });
}

export const tests = [
  {
    name: 'after the first visit the whole lab is precached; offline, a reload works and a step is completed',
    async run({ page, url, context }) {
      await page.goto(url);
      await page.getByTestId('lesson-iam-essentials').waitFor();
      // The manifest makes it installable.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      assert.ok(manifestHref, 'the page links a web app manifest');
      const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), manifestHref);
      assert.equal(manifest.display, 'standalone');
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'a 512 px icon');

      // clientsClaim: the worker takes control of this page once it has installed (precached) everything.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 25_000 });
      const cached = await page.evaluate(async () => {
        const urls = [];
        for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
        return urls;
      });
      const missing = buildFiles().filter((f) => !cached.some((c) => c.endsWith(`/${f}`)));
      assert.deepEqual(missing, [], 'every file of the build is precached');
      const monaco = buildFiles().filter((f) => /monaco|editor|worker/i.test(f));
      console.log(`     precached ${cached.length} files (${monaco.length} of them Monaco/editor/worker files)`);

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('lesson-iam-essentials').waitFor();
      await startLesson(page, url, 'iam-essentials', 3);
      await page.getByRole('tab', { name: 'Terminal' }).click();
      const line = page.getByLabel('Command line');
      await line.fill('aws iam list-users');
      await line.press('Enter');
      await page.getByTestId('terminal-output').getByText(/"Users"/).first().waitFor();
      await page.getByRole('radio', { name: /In every region/ }).check();
      await page.getByTestId('step-passed').waitFor();

      // Monaco (the policy editor) loads offline too.
      await page.evaluate(() => (location.hash = '#/lesson/least-privilege'));
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByRole('tab', { name: 'Policy editor' }).click();
      await page.getByTestId('monaco-host').locator('.monaco-editor .view-lines').waitFor({ timeout: 15_000 });
      assert.equal(await page.evaluate(() => navigator.onLine), false, 'it was all offline');
    },
  },
];
