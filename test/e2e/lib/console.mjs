// Steps shared by the specs that drive the console pages.
/** Opens a page of the console's IAM side menu by its exact label (first the Console tab, when another tab is open). */
export async function openConsolePage(page, label) {
  const tab = page.getByRole('tab', { name: 'Console' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.getByRole('navigation', { name: 'Identity and Access Management (IAM)' }).getByRole('button', { name: label, exact: true }).click();
}

/** The console's action results now shown, in order: each one's sentence and its CLI echo. */
export async function results(page) {
  const boxes = page.getByTestId('action-results').locator('.action-result');
  const out = [];
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    out.push({ text: (await box.locator('.action-text').textContent())?.trim() ?? '', cli: (await box.getByTestId('cli-echo').textContent()) ?? '' });
  }
  return out;
}

/** Waits until the newest result's text matches, and returns that result. */
export async function lastResultMatching(page, re) {
  await page.waitForFunction((src) => {
    const all = document.querySelectorAll('[data-testid="action-results"] .action-result .action-text');
    const last = all[all.length - 1];
    return last !== undefined && new RegExp(src).test(last.textContent ?? '');
  }, re.source, { timeout: 5000 });
  return (await results(page)).at(-1);
}
