// Steps shared by the specs that use the Terminal tab, the account panel and the theme toggle.
import assert from 'node:assert/strict';

/** Runs one command in the Terminal tab (opening it if needed) and returns the text of its new entry. */
export async function run(page, command) {
  const tab = page.getByRole('tab', { name: 'Terminal' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const out = page.getByTestId('terminal-output');
  const before = await out.locator('pre').count();
  const line = page.getByLabel('Command line');
  await line.fill(command);
  await line.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="terminal-output"] pre').length > n, before, { timeout: 5000 });
  return (await out.locator('pre').last().textContent()) ?? '';
}

/** Picks who acts, in the account panel, by a pattern matching the option's text. */
export async function actAs(page, pattern) {
  const select = page.getByLabel('Acting as');
  const label = (await select.locator('option').allTextContents()).find((o) => pattern.test(o));
  assert.ok(label, `an Acting as option matches ${pattern}`);
  await select.selectOption({ label });
}

/** Runs command lines in the Terminal tab (each must succeed), then comes back to the Console tab. */
export async function terminalThenConsole(page, lines) {
  await page.getByRole('tab', { name: 'Terminal' }).click();
  const input = page.getByLabel('Command line', { exact: true });
  for (const line of lines) {
    const before = await page.locator('[data-testid="terminal-output"] .terminal-entry').count();
    await input.fill(line);
    await input.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="terminal-output"] .terminal-entry').length > n, before, { timeout: 5000 });
    assert.doesNotMatch((await page.locator('[data-testid="terminal-output"] .terminal-entry').nth(before).textContent()) ?? '', /An error occurred/, line);
  }
  await page.getByRole('tab', { name: 'Console' }).click();
}

/** Turns the theme toggle until the page is in `theme` ('light' or 'dark'). */
export async function setTheme(page, theme) {
  const toggle = page.getByRole('button', { name: /^Theme: / });
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== theme; i++) await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
}

/** Opens lesson `id`, presses Start the lesson and waits for "Step 1 of `steps`" (of any count when not given). */
export async function startLesson(page, url, id, steps) {
  await page.goto(`${url}#/lesson/${id}`);
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await page.getByText(steps === undefined ? /^Step 1 of \d+$/ : `Step 1 of ${steps}`).waitFor();
}
