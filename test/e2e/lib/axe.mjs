// axe-core in the page under test, shared by every spec that checks accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTheme } from './workspace.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical axe-core violations on the page as it is now, one line each:
 * `where: rule (impact): target — what to fix; …`. Empty when there is none.
 */
export async function axeProblems(page, where = '') {
  // Evaluated through the debugging protocol: the app's Content-Security-Policy forbids injected script tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const fix = n.failureSummary?.split('\n').slice(1, 2).join('').trim();
        return fix ? `${n.target.join(' ')} — ${fix}` : n.target.join(' ');
      });
      return `${where ? `${where}: ` : ''}${v.id} (${v.impact}): ${nodes.join('; ')}`;
    });
}

/** axeProblems in the light theme, then in the dark one (the page is left dark). */
export async function axeBothThemes(page, where) {
  await setTheme(page, 'light');
  const problems = await axeProblems(page, `${where} (light)`);
  await setTheme(page, 'dark');
  return [...problems, ...(await axeProblems(page, `${where} (dark)`))];
}
