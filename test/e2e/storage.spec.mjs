// The lab's storage in real Chromium: a reload keeps the lesson step, the account and the terminal
// history; with IndexedDB blocked the lab still works and says so; export → reset → import brings
// progress back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeProblems } from './lib/axe.mjs';


const ROOT_ITEMS = "Delete the root user's access keys, and activate MFA on the root user";
/** Longer than every save delay (workspace 300 ms, terminal history 400 ms). */
const SETTLE_MS = 1200;

/** Opens secure-root and passes its first step by answering the question. */
async function passFirstStep(page, url) {
  await page.goto(`${url}#/lesson/secure-root`);
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await page.getByLabel(ROOT_ITEMS).check();
  await page.getByRole('heading', { name: 'Step passed ✔' }).waitFor();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByText('Step 2 of').waitFor();
}

/** Runs a command in the workspace's terminal and waits for its output to show. */
async function run(page, command, expectText) {
  await page.getByRole('tab', { name: 'Terminal' }).click();
  const input = page.getByLabel('Command line');
  await input.fill(command);
  await input.press('Enter');
  await page.getByTestId('terminal-output').getByText(expectText).first().waitFor();
}

/** A lesson's row on the progress page: its cells joined with " | ". */
async function progressCell(page, lessonId) {
  const row = page.getByTestId(`progress-${lessonId}`);
  await row.waitFor();
  const cells = await row.locator('th, td').allTextContents();
  return cells.map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');
}

/**
 * Waits until a lesson's row reads `expected` (a RegExp, or the exact text) and returns it. The progress page
 * re-reads its rows after an action's message shows, so reading once right after the message races it.
 */
async function cellWhen(page, lessonId, expected, what) {
  const exact = typeof expected === 'string' ? expected : null;
  const pattern = expected instanceof RegExp ? [expected.source, expected.flags] : null;
  try {
    await page.waitForFunction(
      ([id, exactText, re]) => {
        const row = document.querySelector(`[data-testid="progress-${id}"]`);
        if (!row) return false;
        const text = [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
        return exactText !== null ? text === exactText : new RegExp(re[0], re[1]).test(text);
      },
      [lessonId, exact, pattern],
      { timeout: 10_000 },
    );
  } catch {
    assert.fail(`${what}: the ${lessonId} row reads "${await progressCell(page, lessonId)}", expected ${exact !== null ? `"${exact}"` : expected}`);
  }
  return progressCell(page, lessonId);
}

export const tests = [
  {
    name: 'a reload keeps the lesson step, the account and the terminal history',
    async run({ page, url }) {
      await passFirstStep(page, url);
      await run(page, 'aws iam create-user --user-name alice', '"UserName": "alice"');
      await page.waitForTimeout(SETTLE_MS);
      await page.reload();
      await page.getByText('Step 2 of').waitFor();
      assert.equal(await page.getByTestId('store-notice').count(), 0, 'IndexedDB works here: no memory notice');
      // The command history came back: the up arrow recalls the last command.
      await page.getByRole('tab', { name: 'Terminal' }).click();
      const input = page.getByLabel('Command line');
      await input.focus();
      await page.keyboard.press('ArrowUp');
      assert.equal(await input.inputValue(), 'aws iam create-user --user-name alice');
      // The account came back: alice exists.
      await run(page, 'aws iam get-user --user-name alice', 'arn:aws:iam::');
      assert.match((await page.getByTestId('terminal-output').textContent()) ?? '', /"UserName": "alice"/);
    },
  },
  {
    name: 'with IndexedDB blocked the lab works in memory and says so',
    async run({ page, url, context }) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      await page.goto(`${url}#/sandbox`);
      const notice = page.getByTestId('store-notice');
      await notice.waitFor();
      assert.match((await notice.textContent()) ?? '', /not letting IAM Lab save anything/);
      await run(page, 'aws iam create-user --user-name bob', '"UserName": "bob"');
      await passFirstStep(page, url);
      await page.goto(`${url}#/progress`);
      await page.getByText('Progress is kept only in this tab').waitFor();
      assert.match(await progressCell(page, 'secure-root'), /^Lock down the root user \| In progress \| 1 of \d+ \| 0 \| 0 \| /);
    },
  },
  {
    name: 'export, reset all, then import brings progress back',
    async run({ page, url }) {
      await passFirstStep(page, url);
      // No fixed wait for saves: progress is written at once, and the progress page reads it after the
      // lesson is closed; the row is awaited until it shows the pass.
      await page.goto(`${url}#/progress`);
      const before = await cellWhen(page, 'secure-root', /^Lock down the root user \| In progress \| 1 of \d+ \| 0 \| 0 \| /, 'after passing step 1');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
      assert.match(download.suggestedFilename(), /^iam-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(exported.format, 'iam-lab-progress');
      assert.deepEqual(exported.progress.map((p) => p.lessonId), ['secure-root']);

      await page.getByRole('button', { name: 'Reset all…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reset everything?' });
      await dialog.getByRole('button', { name: 'Reset everything' }).click();
      await page.getByTestId('progress-message').getByText('Everything was reset').waitFor();
      await cellWhen(page, 'secure-root', /\| Not started \| 0 of /, 'after the reset');
      await page.reload();
      await cellWhen(page, 'secure-root', /\| Not started \| 0 of /, 'after the reset and a reload (the reset was saved)');

      await page.setInputFiles('#import-file', file);
      const preview = page.getByTestId('import-preview');
      await preview.getByText('added from the file (1 step passed)').waitFor();
      assert.match(await progressCell(page, 'secure-root'), /Not started/, 'a preview changes nothing');
      await preview.getByRole('button', { name: 'Import' }).click();
      await page.getByTestId('progress-message').getByText('Imported: 1 lesson updated').waitFor();
      await cellWhen(page, 'secure-root', before, 'after the import');

      await page.reload();
      await cellWhen(page, 'secure-root', before, 'after the import and a reload (the import was saved)');
      await page.goto(`${url}#/lesson/secure-root`);
      await page.getByText('Step 2 of').waitFor();
    },
  },
  {
    name: 'a malformed progress file is refused, naming the field, and changes nothing',
    async run({ page, url }) {
      await page.goto(`${url}#/progress`);
      await page.setInputFiles('#import-file', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'iam-lab-progress', version: 1, progress: [{ lessonId: 'groups', status: { 'make-group': 'won' } }] })),
      });
      const preview = page.getByTestId('import-preview');
      await preview.getByText('broken.json cannot be imported').waitFor();
      assert.match((await preview.textContent()) ?? '', /progress\[0\]\.status\["make-group"\]: expected "pending", "passed" or "passed-with-help"/);
      await preview.getByRole('button', { name: 'Close' }).click();
      assert.match(await progressCell(page, 'groups'), /Not started/);
    },
  },
  {
    name: 'the progress page passes axe-core, with an import preview and the reset dialog open',
    async run({ page, url }) {
      await passFirstStep(page, url);
      await page.goto(`${url}#/progress`);
      await page.getByTestId('progress-secure-root').waitFor();
      assert.deepEqual(await axeProblems(page), []);
      await page.setInputFiles('#import-file', { name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"iam-lab-progress","version":1,"progress":[]}') });
      await page.getByTestId('import-preview').waitFor();
      assert.deepEqual(await axeProblems(page), []);
      await page.getByRole('button', { name: 'Reset all…' }).click();
      await page.getByRole('dialog', { name: 'Reset everything?' }).waitFor();
      assert.deepEqual(await axeProblems(page), []);
      // Escape closes the dialog and nothing is reset.
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('dialog').count(), 0);
      assert.match(await progressCell(page, 'secure-root'), /In progress/);
    },
  },
];
