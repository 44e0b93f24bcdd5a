// The lesson player in real Chromium: hint tiers, a confirmed reveal that counts as help (and shows in the
// catalog), reset step, a wrong answer's message, a hidden check's "Almost", focus on success, and a whole
// lesson completed through the terminal with its summary.
import assert from 'node:assert/strict';
import { run, startLesson } from './lib/workspace.mjs';

const LESSON = 'iam-essentials';

/** Answers a question by the visible text of its option. */
async function answer(page, optionText) {
  await page.getByRole('radio', { name: optionText }).check();
}

const RIGHT_SCOPE = /In every region/;
const WRONG_SCOPE = /Only in Europe \(Paris\)/;

/** Waits for the step to pass and returns the success box. */
async function passed(page) {
  const box = page.getByTestId('step-passed');
  await box.waitFor();
  return box;
}

export const tests = [
  {
    name: 'hints appear tier by tier: nudge, concept, near answer, then no more',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      const hints = page.getByTestId('hints').locator('li');
      assert.equal(await page.getByTestId('hints').count(), 0, 'no hint before asking');
      const tiers = ['Nudge', 'Concept', 'Near answer'];
      for (let i = 0; i < tiers.length; i++) {
        await page.getByRole('button', { name: `Show a hint: ${tiers[i].toLowerCase()}` }).click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="hints"] li').length === n, i + 1);
        const text = await hints.nth(i).textContent();
        assert.ok(text?.startsWith(`${tiers[i]}:`), `hint ${i + 1} is the ${tiers[i]} tier: ${text}`);
      }
      assert.match((await hints.nth(2).textContent()) ?? '', /aws iam list-users/, 'the near-answer tier names the command');
      assert.equal(await page.getByRole('button', { name: /Show a hint/ }).count(), 0, 'no hint button after the third tier');
    },
  },
  {
    name: 'reveal asks first in a modal dialog, shows the actions, and the step counts as solved with help in the catalog',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      const reveal = page.getByRole('button', { name: 'Reveal the solution…' });
      await reveal.click();
      const dialog = page.getByTestId('confirm-reveal');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a modal <dialog>');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Not yet', 'focus starts on the safe choice');
      assert.equal(await page.getByTestId('solution').count(), 0, 'nothing shown before confirming');

      // Escape backs out, and focus comes back to the button that opened it.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await page.getByTestId('solution').count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reveal the solution…');

      await reveal.click();
      await dialog.getByRole('button', { name: 'Show the solution' }).click();
      const solution = page.getByTestId('solution');
      await solution.waitFor();
      const text = (await solution.textContent()) ?? '';
      assert.match(text, /ListUsers/, 'the solution shows the actions');
      assert.match(text, /In every region/, 'answers are shown with the option text');

      await run(page, 'aws iam list-users');
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'terminal-line', 'the shown solution does not take the focus back after each action');
      await answer(page, RIGHT_SCOPE);
      const box = await passed(page);
      assert.match((await box.textContent()) ?? '', /solved with help/);

      await page.getByRole('link', { name: 'Lessons', exact: true }).first().click();
      const marker = page.getByTestId(`help-${LESSON}`);
      await marker.waitFor();
      assert.equal((await marker.textContent())?.trim(), '1 step solved with help');
      assert.equal((await page.getByTestId(`status-${LESSON}`).textContent())?.trim(), '1 of 3 steps done');
      const card = page.getByTestId(`lesson-${LESSON}`);
      assert.equal(await card.getByRole('link', { name: /^Continue/ }).count(), 1, 'a started lesson offers Continue');
    },
  },
  {
    name: 'reset step (after confirming) puts the account back as the step found it',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      assert.match(await run(page, 'aws iam create-user --user-name zed'), /"UserName": "zed"/);
      assert.match(await run(page, 'aws iam get-user --user-name zed'), /"UserName": "zed"/);

      // Cancelling keeps the work.
      await page.getByRole('button', { name: 'Reset this step…' }).click();
      const dialog = page.getByTestId('confirm-reset-step');
      await dialog.getByRole('button', { name: 'Keep my work' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.match(await run(page, 'aws iam get-user --user-name zed'), /"UserName": "zed"/);

      await page.getByRole('button', { name: 'Reset this step…' }).click();
      await dialog.getByRole('button', { name: 'Reset the step' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const after = await run(page, 'aws iam get-user --user-name zed');
      assert.match(after, /NoSuchEntity/, `zed is gone after the reset: ${after}`);
      assert.match(await run(page, 'aws iam get-user --user-name alice'), /"UserName": "alice"/, 'the start account is still there');
    },
  },
  {
    name: 'restart lesson (after confirming) goes back to the intro with the start account and no progress',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      await run(page, 'aws iam create-user --user-name zed');
      await run(page, 'aws iam list-users');
      await answer(page, RIGHT_SCOPE);
      await (await passed(page)).getByRole('button', { name: 'Next step' }).click();
      await page.getByText('Step 2 of 3').waitFor();

      await page.getByRole('button', { name: 'Restart the lesson…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restart the lesson?' });
      await dialog.getByRole('button', { name: 'Restart the lesson' }).click();
      await page.getByRole('button', { name: 'Start the lesson' }).waitFor();
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByText('Step 1 of 3').waitFor();
      assert.match(await run(page, 'aws iam get-user --user-name zed'), /NoSuchEntity/, 'the account is the start account again');
      const steps = page.getByRole('navigation', { name: 'Steps of this lesson' });
      assert.equal(await steps.locator('.step-done').count(), 0, 'no step is done any more');
      assert.equal(await page.getByRole('radio', { name: RIGHT_SCOPE }).isChecked(), false, 'answers are cleared');
    },
  },
  {
    name: 'a wrong answer shows its helpful message; the right one clears it',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      const checklist = page.getByTestId('checklist');
      assert.match((await checklist.textContent()) ?? '', /You know where IAM lives[\s\S]*Answer the question\./, 'the unanswered question is listed');
      await answer(page, WRONG_SCOPE);
      const feedback = page.getByTestId('feedback-iam-scope');
      await feedback.waitFor();
      assert.match((await feedback.textContent()) ?? '', /not right yet/);
      assert.match((await checklist.textContent()) ?? '', /You know where IAM lives \(not yet\)[\s\S]*not right yet/);
      await answer(page, RIGHT_SCOPE);
      await page.waitForFunction(() => document.querySelector('[data-testid="feedback-iam-scope"]')?.textContent === 'Right.');
      assert.doesNotMatch((await checklist.textContent()) ?? '', /not right yet/);
    },
  },
  {
    name: 'passing a step moves focus to the success message, with why it matters',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      await answer(page, RIGHT_SCOPE);
      assert.equal(await page.getByTestId('step-passed').count(), 0, 'not passed before looking around');
      assert.equal(await page.getByText('Why it matters').count(), 0, 'why it matters waits for the pass');
      // An ordinary command (the step does not pass) leaves the focus in the command line, Enter or Run.
      await run(page, 'aws iam get-user --user-name alice');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'terminal-line', 'Enter: the focus stays on the command line');
      await page.getByLabel('Command line').fill('aws sts get-caller-identity');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForFunction(() => /"Account"/.test(document.querySelector('[data-testid="terminal-output"] pre:last-of-type')?.textContent ?? ''));
      await page.waitForFunction(() => document.activeElement?.id === 'terminal-line', null, { timeout: 3000 });
      assert.equal(await page.getByTestId('step-passed').count(), 0);

      // The passing command: the success message has the focus, and keeps it (no later frame takes it back).
      await run(page, 'aws iam list-users');
      const box = await passed(page);
      assert.equal(await box.getAttribute('role'), 'status');
      try {
        await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'step-passed', null, { timeout: 3000 });
      } catch {
        assert.fail(`focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
      }
      // Several frames later it is still there.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'step-passed', 'the focus stays on the success message');
      assert.match((await box.textContent()) ?? '', /Why it matters[\s\S]*IAM is global/);

      // Working on after the pass: the success stays, and the focus stays with the learner's work.
      await run(page, 'aws iam list-groups');
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'terminal-line', 'a re-graded pass does not take the focus again');
      assert.equal(await page.getByTestId('step-passed').count(), 1);
    },
  },
  {
    name: 'a failing hidden check is not listed but says "Almost: …"; the lesson completes with a summary',
    async run({ page, url }) {
      await startLesson(page, url, LESSON, 3);
      await run(page, 'aws iam list-users');
      await answer(page, RIGHT_SCOPE);
      await (await passed(page)).getByRole('button', { name: 'Next step' }).click();
      await page.getByText('Step 2 of 3').waitFor();
      const stepTitle = await page.evaluate(() => document.activeElement?.textContent);
      assert.equal(stepTitle, 'Create a user with nothing', 'focus moves to the new step');

      await run(page, 'aws iam create-user --user-name intern');
      await run(page, 'aws iam add-user-to-group --user-name intern --group-name Admins');
      const almost = page.getByTestId('almost');
      await almost.waitFor();
      assert.match((await almost.textContent()) ?? '', /^Almost: intern can already do things/);
      const listed = (await page.getByTestId('checklist').textContent()) ?? '';
      assert.doesNotMatch(listed, /cannot list/, 'hidden checks are never listed');

      await run(page, 'aws iam remove-user-from-group --user-name intern --group-name Admins');
      await (await passed(page)).getByRole('button', { name: 'Next step' }).click();
      await page.getByText('Step 3 of 3').waitFor();
      await page.getByRole('button', { name: 'Show a hint: nudge' }).click();
      await page.getByLabel('Acting as').selectOption('user/intern');
      assert.match(await run(page, 'aws iam list-users'), /AccessDenied/);
      await answer(page, /Nothing allows it/);
      await (await passed(page)).getByRole('button', { name: 'Finish the lesson' }).click();

      const done = page.getByTestId('lesson-complete');
      await done.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'lesson-complete');
      const summary = (await done.textContent()) ?? '';
      assert.match(summary, /Steps\s*3/);
      assert.match(summary, /Hints used\s*1/);
      assert.match(summary, /Solved with help\s*0/);
      assert.match(summary, /Time taken\s*(under a minute|\d+ min)/);
      assert.equal(await page.getByRole('link', { name: /^Next lesson: / }).count(), 1);
      const steps = page.getByRole('navigation', { name: 'Steps of this lesson' });
      assert.equal(await steps.locator('.step-done').count(), 3);

      await page.getByRole('link', { name: 'All lessons' }).click();
      await page.getByTestId(`status-${LESSON}`).waitFor();
      assert.equal((await page.getByTestId(`status-${LESSON}`).textContent())?.trim(), 'Completed');
    },
  },
];
