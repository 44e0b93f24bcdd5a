// Class packs in real Chromium: a pack given in the link (with a custom lesson and "hide reveal solution")
// opens the class view; its custom lesson runs and its script-looking text stays text; completing it gives a
// completion code that the verify page decodes (and a typo is caught); the certificate page is printable.
import assert from 'node:assert/strict';
import { axeProblems } from './lib/axe.mjs';


const files = {
  'lesson.md': '---\nid: class-warmup\ntitle: Class warm-up\nsummary: One question to start the class.\nminutes: 2\n---\nA warm-up before the real lessons.\n',
  'start.yaml': '{}\n',
  'steps/01-question.md':
    '---\nid: where\ntitle: Where IAM lives\nchecks:\n  - kind: question\n    id: scope\n    label: You know where IAM applies\n    prompt: In which regions does an IAM user exist?\n    options:\n      - In every region\n      - Only in one region\n    answer: 0\nhints:\n  - Think global.\n  - IAM is not regional.\n  - The answer is every region.\nsolution:\n  - answer: { id: scope, option: 0 }\nwhy: IAM is a global service.\n---\nAnswer the question. <script>window.__pwned=2</script> [a link](javascript:window.__pwned=3)\n',
};

const pack = {
  format: 'iam-lab-class-pack',
  version: 1,
  title: 'IAM 101 (Tuesday group)',
  lessons: [{ files }, 'secure-root'],
  settings: { hideRevealSolution: true },
};

export const tests = [
  {
    name: 'a pack from the link: class view, custom lesson without reveal, completion code verified, certificate',
    async run({ page, url }) {
      await page.goto(`${url}?packdata=${encodeURIComponent(JSON.stringify(pack))}`);
      await page.getByRole('heading', { name: 'IAM 101 (Tuesday group)' }).waitFor();
      assert.match(page.url(), /#\/class$/, 'the link opens the class view');
      const table = page.getByTestId('class-lessons');
      assert.match(await table.innerText(), /Class warm-up[\s\S]*Not started[\s\S]*Lock down the root user/);

      await page.getByRole('link', { name: 'Class warm-up' }).click();
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByText('Step 1 of 1').waitFor();
      assert.equal(await page.getByRole('button', { name: /Reveal the solution/ }).count(), 0, 'the pack hides reveal');
      assert.ok((await page.getByRole('button', { name: /Show a hint/ }).count()) > 0, 'hints stay');
      await page.getByRole('link', { name: 'a link' }).count().then((n) => assert.equal(n, 0, 'a javascript: link is not kept as a link'));
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'pack content never runs script');
      await page.getByRole('radio', { name: 'In every region' }).check();
      await page.getByTestId('step-passed').waitFor();
      await page.getByRole('button', { name: 'Finish the lesson' }).click();
      // Next follows the pack's order (the catalog has no lesson after a custom one).
      await page.getByTestId('lesson-complete').waitFor();
      assert.deepEqual(await page.locator('.complete-links a').allTextContents(), ['Next lesson: Lock down the root user', 'All lessons']);

      // The pack's setting hides reveal in its own built-in lesson, and only there.
      await page.getByRole('link', { name: 'Next lesson: Lock down the root user' }).click();
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByText('Step 1 of 3').waitFor();
      assert.equal(await page.getByRole('button', { name: /Reveal the solution/ }).count(), 0, "reveal hidden in the pack's built-in lesson");
      await page.goto(`${url}#/lesson/iam-essentials`);
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByText('Step 1 of 3').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Reveal the solution…' }).count(), 1, 'a lesson outside the pack keeps reveal');

      await page.getByRole('link', { name: 'Class', exact: true }).click();
      await page.getByRole('heading', { name: 'IAM 101 (Tuesday group)' }).waitFor();
      await page.waitForFunction(() => /Completed on/.test(document.querySelector('[data-testid="class-lessons"]')?.textContent ?? ''));
      const code = (await page.getByTestId('completion-code').innerText()).trim();
      assert.match(code, /^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
      assert.match(await page.locator('.honesty').innerText(), /not a signature/);
      assert.equal(await page.getByRole('link', { name: /certificate/ }).count(), 0, 'no certificate before every lesson is done');

      await page.goto(`${url}#/verify`);
      await page.getByLabel('Completion code').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Verify' }).click();
      const result = page.getByTestId('verify-result');
      await result.getByText('The checksum matches.').waitFor();
      assert.match(await result.innerText(), /1 of 2 lessons completed[\s\S]*Class warm-up[\s\S]*Yes, on \d{4}-\d{2}-\d{2}[\s\S]*Lock down the root user\s+No/);

      const last = code.at(-1) === 'A' ? 'B' : 'A';
      await page.getByLabel('Completion code').fill(code.slice(0, 3) + (code[3] === '7' ? '8' : '7') + code.slice(4, -1) + last);
      await page.getByRole('button', { name: 'Verify' }).click();
      await result.getByText(/checksum does not match|too short|not a completion code/).waitFor();
    },
  },
  {
    name: 'an invalid pack names the field; a completed class prints a certificate',
    async run({ page, url }) {
      const bad = { ...pack, lessons: [{ files }, 'no-such-lesson'] };
      await page.goto(`${url}?packdata=${encodeURIComponent(JSON.stringify(bad))}`);
      const problems = page.getByTestId('pack-problems');
      await problems.waitFor();
      assert.match(await problems.innerText(), /lessons\.1: there is no built-in lesson "no-such-lesson"/);

      const one = { ...pack, title: 'Warm-up only', lessons: [{ files }] };
      await page.goto(`${url}?packdata=${encodeURIComponent(JSON.stringify(one))}#/lesson/class-warmup`);
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByRole('radio', { name: 'In every region' }).check();
      await page.getByTestId('step-passed').waitFor();
      await page.getByRole('button', { name: 'Finish the lesson' }).click();
      // After the pack's last lesson, "next" leads back to the class.
      await page.getByTestId('lesson-complete').waitFor();
      assert.equal(await page.getByRole('link', { name: /^Next lesson/ }).count(), 0);
      await page.getByRole('link', { name: 'Back to the class' }).click();
      await page.waitForURL(/#\/class$/);
      await page.getByRole('link', { name: /certificate/ }).click();
      await page.getByLabel('Your name, as it should appear').fill('Ada Learner');
      const cert = page.getByTestId('certificate');
      await cert.getByRole('heading', { name: 'Ada Learner' }).waitFor();
      assert.match(await cert.innerText(), /Warm-up only[\s\S]*Class warm-up/);
      assert.deepEqual(await axeProblems(page), [], 'the certificate page passes axe-core');
      await page.goto(`${url}#/class`);
      await page.getByTestId('completion-code').waitFor();
      assert.deepEqual(await axeProblems(page), [], 'the class view passes axe-core');
      await page.goto(`${url}#/verify`);
      await page.getByLabel('Completion code').fill('not-a-code');
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByTestId('verify-result').getByRole('alert').waitFor();
      assert.deepEqual(await axeProblems(page), [], 'the verify page passes axe-core');
      await page.goto(`${url}#/certificate`);
      await cert.waitFor();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.shell-header').isVisible(), false, 'print hides the header');
      assert.equal(await cert.isVisible(), true, 'print shows the certificate');
    },
  },
];
