// The quality bar in real Chromium: axe-core on the catalog, a lesson and the sandbox in light and dark
// themes; every request stays on the page's origin; no console errors; keyboard-only use; and the first
// screen's JS+CSS weight (gzip) measured from what the catalog page actually loads.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { axeProblems } from './lib/axe.mjs';
import { setTheme, startLesson } from './lib/workspace.mjs';

const FIRST_SCREEN_LIMIT = 100 * 1024;

/** Puts the page in a theme through the toggle and proves the page really shows it. */
async function useTheme(page, theme) {
  await setTheme(page, theme);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, theme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `the ${theme} theme shows`);
}

/** The three pages axe checks, each opened and settled. */
const PAGES = [
  {
    name: 'catalog',
    async open(page, url) {
      await page.goto(`${url}#/`);
      await page.getByTestId('lesson-iam-essentials').waitFor();
    },
  },
  {
    name: 'lesson',
    async open(page, url) {
      await startLesson(page, url, 'iam-essentials', 3);
      // A busy step: a hint, a wrong answer with its message, the checklist graded.
      await page.getByRole('button', { name: /^Show a hint/ }).click();
      await page.getByRole('radio', { name: /Only in Europe/ }).check();
      await page.getByTestId('feedback-iam-scope').waitFor();
    },
  },
  {
    name: 'sandbox',
    async open(page, url) {
      await page.goto(`${url}#/sandbox`);
      await page.getByRole('tab', { name: 'Console' }).waitFor();
    },
  },
];

export const tests = [
  ...['light', 'dark'].map((theme) => ({
    name: `axe-core finds no serious or critical violation on the catalog, a lesson and the sandbox (${theme} theme)`,
    async run({ page, url }) {
      // The system preference is the opposite one, so the toggle has to win over it.
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      const problems = [];
      for (const p of PAGES) {
        await p.open(page, url);
        await useTheme(page, theme);
        for (const v of await axeProblems(page)) problems.push(`${p.name}: ${v}`);
      }
      // The reveal dialog open on the lesson page.
      await PAGES[1].open(page, url);
      await page.getByRole('button', { name: 'Reveal the solution…' }).click();
      await page.getByRole('dialog', { name: 'Reveal the solution?' }).waitFor();
      for (const v of await axeProblems(page)) problems.push(`lesson with the reveal dialog: ${v}`);
      assert.deepEqual(problems, []);

      // The check can fail: an unlabelled button and faint text are caught.
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        const bad = document.createElement('div');
        bad.innerHTML = '<button type="button"></button><p style="color:#777;background:#888">faint</p>';
        document.querySelector('main')?.append(bad);
      });
      const caught = (await axeProblems(page)).map((p) => p.split(' ')[0]);
      assert.ok(caught.includes('button-name') && caught.includes('color-contrast'), `axe catches planted problems: ${caught}`);
    },
  })),
  {
    name: 'the system theme is followed until the toggle says otherwise',
    async run({ page, url }) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await PAGES[0].open(page, url);
      const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(await bg(), 'rgb(13, 17, 23)', 'system dark');
      await page.emulateMedia({ colorScheme: 'light' });
      assert.equal(await bg(), 'rgb(255, 255, 255)', 'system light');
      await useTheme(page, 'dark');
      assert.equal(await bg(), 'rgb(13, 17, 23)', 'the toggle beats the system');
    },
  },
  {
    name: 'every request stays on the page origin, and the console stays free of errors',
    async run({ page, url }) {
      const origin = new URL(url).origin;
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      for (const p of PAGES) await p.open(page, url);
      await page.goto(`${url}#/progress`);
      await page.goto(`${url}#/no-such-page`);
      await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
      await page.goto(`${url}#/lesson/no-such-lesson`);
      await page.getByRole('heading', { name: 'Lesson not available' }).waitFor();

      assert.ok(requests.length >= 5, `the page loaded its files (${requests.length} requests)`);
      const foreign = requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin);
      assert.deepEqual(foreign, [], 'no request leaves the origin');
      assert.ok(requests.some((r) => /\/assets\/.+\.js$/.test(r)), 'the app code came from the same origin');
      assert.deepEqual(errors, []);
    },
  },
  {
    name: 'keyboard only: reach and start a lesson, then use the hint button',
    async run({ page, url }) {
      await page.goto(url);
      await page.getByTestId('lesson-iam-essentials').waitFor();
      const focused = () => page.evaluate(() => {
        const el = document.activeElement;
        return { text: el?.textContent?.trim() ?? '', label: el?.getAttribute('aria-label') ?? '', tag: el?.tagName ?? '' };
      });
      /** Presses Tab until the focused element matches, failing after `max` presses. */
      async function tabTo(match, max = 40) {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          const f = await focused();
          if (match(f)) return f;
        }
        assert.fail(`Tab never reached the control (last: ${JSON.stringify(await focused())})`);
      }
      // The skip link comes first and moves focus into the main content.
      const first = await tabTo(() => true, 1);
      assert.equal(first.text, 'Skip to main content');

      await tabTo((f) => f.label.startsWith('Start lesson 1:'));
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Start the lesson' }).waitFor();
      await tabTo((f) => f.text === 'Start the lesson');
      await page.keyboard.press('Enter');
      await page.getByText('Step 1 of 3').waitFor();

      await tabTo((f) => f.text === 'Show a hint: nudge', 60);
      await page.keyboard.press('Enter');
      await page.getByTestId('hints').waitFor();
      // The button stays reachable and now offers the next tier: Space works too.
      const next = await focused();
      assert.equal(next.text, 'Show a hint: concept', 'focus stays on the hint button, which names the next tier');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="hints"] li').length === 2);

      // The reveal dialog opens and closes from the keyboard, and focus comes back.
      await tabTo((f) => f.text === 'Reveal the solution…');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Reveal the solution?' }).waitFor();
      assert.equal((await focused()).text, 'Not yet');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      assert.equal((await focused()).text, 'Reveal the solution…');
    },
  },
  {
    name: 'on a phone the catalog fits the screen and the lesson text comes before the workspace',
    async run({ page, url }) {
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await PAGES[0].open(page, url);
      assert.equal(await overflow(), 0, 'no sideways scrolling on the catalog');
      await PAGES[1].open(page, url);
      const top = (sel) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
      const panel = await top('.lesson-panel');
      const workspace = await top('.workspace');
      assert.ok(panel < workspace, `lesson text (${panel}) above the workspace (${workspace})`);
      const left = (sel) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().left);
      assert.ok(Math.abs((await left('.lesson-panel')) - (await left('.workspace'))) < 2, 'stacked in one column');
    },
  },
  {
    name: 'the first screen loads at most 100 KB of JS and CSS (gzip), and nothing of the lesson pages',
    async run({ page, url }) {
      const bodies = [];
      page.on('response', async (r) => {
        const path = new URL(r.url()).pathname;
        if (/\.(js|css)$/.test(path)) bodies.push({ path, body: r.body().catch(() => Buffer.alloc(0)) });
      });
      await page.goto(url);
      await page.getByTestId('lesson-iam-essentials').waitFor();
      await page.waitForLoadState('networkidle');
      const files = await Promise.all(bodies.map(async (b) => ({ path: b.path, body: await b.body })));
      assert.ok(files.some((f) => f.path.endsWith('.js')) && files.some((f) => f.path.endsWith('.css')), 'JS and CSS were loaded');
      assert.ok(files.every((f) => f.body.length > 0), 'every file body was read');
      const sizes = files.map((f) => ({ path: f.path, gzip: gzipSync(f.body, { level: 9 }).length }));
      const total = sizes.reduce((n, s) => n + s.gzip, 0);
      console.log(`     first screen: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} files`);
      assert.ok(total <= FIRST_SCREEN_LIMIT, `first screen is ${(total / 1024).toFixed(1)} KB gzip: ${JSON.stringify(sizes)}`);
      const lazy = sizes.filter((s) => /LessonPage|SandboxPage|SimulatorPage|WorkspaceView|sessions|monaco/i.test(s.path));
      assert.deepEqual(lazy, [], 'lesson, sandbox, simulator and editor code load only when opened');
    },
  },
  {
    name: 'at 1400×900, 1024×768 and 390×844 the sandbox and a lesson fit the window: no sideways scrolling, the account panel inside it, "Acting as" unclipped',
    async run({ page, url }) {
      /** Layout facts of the page as it is now. */
      const layout = () =>
        page.evaluate(() => {
          const width = window.innerWidth;
          const panel = document.querySelector('.account-panel')?.getBoundingClientRect();
          const select = document.querySelector('#acting-as');
          let selectShort = 0;
          if (select instanceof HTMLSelectElement) {
            // The chosen option's text, measured in the select's own font, against the room the select gives it.
            const s = getComputedStyle(select);
            const ctx = document.createElement('canvas').getContext('2d');
            ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
            const text = ctx.measureText(select.selectedOptions[0]?.text ?? '').width;
            const room = select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 16; // the arrow
            selectShort = Math.ceil(text - room);
          }
          return {
            width,
            overflow: document.documentElement.scrollWidth - width,
            panelLeft: panel ? panel.left : null,
            panelRight: panel ? panel.right : null,
            selectShort,
          };
        });
      const problems = [];
      for (const [w, h] of [[1400, 900], [1024, 768], [390, 844]]) {
        await page.setViewportSize({ width: w, height: h });
        for (const p of [PAGES[2], PAGES[1]]) {
          await p.open(page, url);
          await page.locator('.account-panel').waitFor();
          const m = await layout();
          const where = `${p.name} at ${w}×${h}`;
          if (m.overflow > 0) problems.push(`${where}: the page scrolls sideways by ${m.overflow}px`);
          if (m.panelRight === null) problems.push(`${where}: no account panel`);
          // Inside the window with a visible margin, not flush against (or past) its edge.
          else if (m.panelRight > m.width - 6 || m.panelLeft < 6) problems.push(`${where}: account panel spans ${Math.round(m.panelLeft)}–${Math.round(m.panelRight)} in a ${m.width}px window`);
          if (m.selectShort > 0) problems.push(`${where}: "Acting as" cuts its text (${m.selectShort}px short)`);
        }
      }
      assert.deepEqual(problems, []);
      // The measurement can fail: a wide box planted in the page is caught.
      await page.evaluate(() => {
        const wide = document.createElement('div');
        wide.style.width = '3000px';
        wide.textContent = 'wide';
        document.querySelector('main')?.append(wide);
      });
      assert.ok((await layout()).overflow > 0, 'a planted wide box makes the page scroll sideways');
    },
  },
];
