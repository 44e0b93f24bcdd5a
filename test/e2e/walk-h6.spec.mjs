// A learner's walk through rotate-keys, least-privilege and roles in real Chromium: the fixes that walk
// needed — the console's Credential report page, access keys as cards that stay readable beside a
// lesson, the Security credentials tab recording GetAccessKeyLastUsed (so reading "Last used" before
// deleting passes), no "Almost" before anything is done, step titles beside their marks, and
// `aws s3 cp s3://… -` printing a report in the browser terminal (and get-object saying why it saves nothing).
import assert from 'node:assert/strict';
import { axeProblems } from './lib/axe.mjs';
import { openConsolePage } from './lib/console.mjs';
import { run, actAs, setTheme, startLesson } from './lib/workspace.mjs';

/** Opens a console page from the IAM side menu and waits for its heading. */
async function openPageShown(page, label) {
  await openConsolePage(page, label);
  await page.getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
}

/** Opens a user's Security credentials tab in the console. */
async function openCredentials(page, user) {
  await openPageShown(page, 'Users');
  await page.getByRole('button', { name: user, exact: true }).click();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
}

/** Waits for the step to pass and clicks its Next step button. */
async function next(page) {
  await page.getByTestId('step-passed').getByRole('button', { name: 'Next step' }).click();
}

export const tests = [
  {
    name: 'rotate-keys step 1 in the console: the Credential report page shows deploy-bot\'s key dates as a table, and the step passes',
    async run({ page, url }) {
      await startLesson(page, url, 'rotate-keys');
      await openPageShown(page, 'Credential report');
      await page.getByRole('button', { name: 'Download credentials report' }).click();
      const table = page.getByTestId('credential-report');
      await table.waitFor();
      const heads = await table.locator('thead th').allTextContents();
      assert.deepEqual(heads.slice(1), ['<root_account>', 'deploy-bot', 'report-bot'], 'one column per user');
      const row = (name) => table.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${name.replaceAll('_', '_\\s*')}$`) }) });
      assert.match((await row('access_key_1_last_rotated').locator('td').nth(1).textContent()) ?? '', /^\d{4}-\d{2}-\d{2}T/);
      assert.equal(await row('access_key_1_active').locator('td').nth(2).textContent(), 'true');
      // Both calls are echoed as command lines, and the checklist counts the report as opened.
      const echoes = await page.getByTestId('cli-echo').allTextContents();
      assert.deepEqual(echoes, ['aws iam generate-credential-report', 'aws iam get-credential-report']);
      assert.deepEqual(await axeProblems(page, 'credential report'), []);
      await setTheme(page, 'dark');
      assert.deepEqual(await axeProblems(page, 'credential report (dark)'), []);
      await page.getByRole('radio', { name: /More than a year/ }).check();
      await page.getByTestId('step-passed').waitFor();
    },
  },
  {
    name: 'rotate-keys steps 2–4 by console and Acting as: keys are readable cards; reading Last used on the tab before Delete passes step 4',
    async run({ page, url }) {
      await startLesson(page, url, 'rotate-keys');
      await run(page, 'aws iam generate-credential-report');
      await run(page, 'aws iam get-credential-report');
      await page.getByRole('radio', { name: /More than a year/ }).check();
      await next(page);

      await openCredentials(page, 'deploy-bot');
      await page.getByRole('button', { name: 'Create access key' }).click();
      await next(page);

      // Each key is a card whose words stay whole: no status or button broken into syllables.
      const cards = page.getByTestId('access-keys').locator('li');
      assert.equal(await cards.count(), 2);
      assert.deepEqual(await axeProblems(page, 'access key cards'), []);
      for (const b of await page.getByTestId('access-keys').getByRole('button').all()) {
        const box = await b.boundingBox();
        assert.ok(box && box.height < 48, `a key button fits one line (${box?.height}px)`);
      }

      await actAs(page, /^deploy-bot's access key (?!AKIADEPLOYOLDKEY2222)/);
      assert.match(await run(page, 'aws s3api list-objects-v2 --bucket reports'), /daily\/2026-03-01\.csv/);
      await actAs(page, /^Root user/);
      await openCredentials(page, 'deploy-bot');
      await page.getByRole('button', { name: 'Deactivate AKIADEPLOYOLDKEY2222' }).click();
      await next(page);

      // Step 4: the tab's GetAccessKeyLastUsed calls are in the history; delete then passes.
      await page.getByRole('button', { name: '+1 day' }).click();
      await page.getByRole('tab', { name: 'Groups' }).click();
      await page.getByRole('tab', { name: 'Security credentials' }).click();
      await page.getByText(/iam:GetAccessKeyLastUsed by root \(console\)/).first().waitFor();
      await page.getByRole('button', { name: 'Delete AKIADEPLOYOLDKEY2222' }).click();
      await page.getByRole('button', { name: 'Delete access key' }).click();
      await page.getByTestId('step-passed').waitFor();
    },
  },
  {
    name: 'least-privilege: no "Almost" before anything is done, step titles sit beside their marks, and analyst reads a report with aws s3 cp … -',
    async run({ page, url }) {
      await startLesson(page, url, 'least-privilege');
      await page.getByText('The customer managed policy ReportsReadOnly is attached to analyst').waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.getByTestId('almost').count(), 0, 'no Almost while listed checks fail');
      for (const item of await page.locator('.step-item').all()) {
        const [mark, title] = await Promise.all([item.locator('.step-mark').boundingBox(), item.locator('.step-name').boundingBox()]);
        assert.ok(mark && title && Math.abs(mark.y - title.y) < 4, 'the title starts on its mark\'s line');
      }
      await run(page, `aws iam create-policy --policy-name ReportsReadOnly --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}'`);
      await run(page, 'aws iam attach-user-policy --user-name analyst --policy-arn arn:aws:iam::111122223333:policy/ReportsReadOnly');
      await next(page);
      await actAs(page, /^IAM user analyst/);
      const read = await run(page, 'aws s3 cp s3://reports/q1.csv -');
      assert.match(read, /quarter,revenue\s+Q1,300/, 'the file is printed');
      const saved = await run(page, 'aws s3api get-object --bucket reports --key q2.csv q2.csv');
      assert.match(saved, /"ContentLength": 23/, 'get-object prints the metadata, as the AWS CLI does');
      assert.match(saved, /not saved as q2\.csv\. To see it, print it: aws s3 cp s3:\/\/reports\/q2\.csv -/);
      assert.match(await run(page, 'aws s3 cp s3://payroll/salaries.csv -'), /AccessDenied/);
      await page.getByTestId('step-passed').waitFor();
    },
  },
];
