// The console's S3 pages in real Chromium: in the least-privilege lesson the root user lists the buckets,
// opens a bucket and an object (its text shown, the call echoed as `aws s3api get-object`), uploads an
// object and deletes it after confirming; acting as analyst (no S3 permissions yet) the same bucket shows
// AWS's AccessDenied; once analyst has the lesson's policy, step 2 is done entirely in the console (read a
// report, be refused at payroll). In the sandbox a bucket is created and its policy edited: a broken
// document shows its finding and cannot be saved, a good one is saved and then deleted. axe-core finds no
// serious or critical violation on the new pages, light and dark.
import assert from 'node:assert/strict';
import { axeBothThemes } from './lib/axe.mjs';
import { lastResultMatching, results } from './lib/console.mjs';
import { run, actAs, setTheme, startLesson } from './lib/workspace.mjs';

/** Opens the Console tab and its S3 Buckets page. */
async function openBuckets(page) {
  const tab = page.getByRole('tab', { name: 'Console' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.getByRole('navigation', { name: 'Amazon S3' }).getByRole('button', { name: 'Buckets', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Buckets', exact: true }).waitFor();
}

/** The object names in the open bucket's table. */
async function objectNames(page) {
  return page.getByTestId('objects-table').locator('tbody th').allTextContents();
}

/** No serious axe-core problem in either theme; the page is back in the light one after. */
async function axeBoth(page, where) {
  assert.deepEqual(await axeBothThemes(page, where), []);
  await setTheme(page, 'light');
}

export const tests = [
  {
    name: 'least-privilege: root opens, uploads and deletes objects; analyst is refused, then does step 2 in the console',
    async run({ page, url }) {
      await startLesson(page, url, 'least-privilege');
      await openBuckets(page);
      const table = page.getByTestId('buckets-table');
      await table.waitFor();
      assert.deepEqual(await table.locator('tbody th').allTextContents(), ['payroll', 'reports', 'reports-archive']);
      assert.equal((await results(page)).at(-1)?.cli, 'aws s3api list-buckets');
      await axeBoth(page, 'buckets page');

      // A bucket: its objects, one opened.
      await table.getByRole('button', { name: 'reports', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'reports', exact: true }).waitFor();
      await page.getByTestId('objects-table').waitFor();
      assert.deepEqual(await objectNames(page), ['q1.csv', 'q2.csv']);
      await page.getByRole('button', { name: 'Open q1.csv' }).click();
      const opened = await lastResultMatching(page, /Opened s3:\/\/reports\/q1\.csv/);
      assert.equal(opened.cli, 'aws s3api get-object --bucket reports --key q1.csv');
      assert.equal(await page.getByTestId('object-body').textContent(), 'quarter,revenue\nQ1,300\n');
      assert.ok(await page.getByTestId('object-body').evaluate((el) => el === document.activeElement), 'the preview has the focus');

      // Upload one into a folder, see the folder, open it, delete the object after confirming.
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      const form = page.getByTestId('upload-form');
      await form.getByLabel('Object key').fill('notes/todo.txt');
      await form.getByLabel('Content (text)').fill('check the Q2 numbers');
      await axeBoth(page, 'bucket page with the upload form and a preview');
      await form.getByRole('button', { name: 'Upload', exact: true }).click();
      await page.getByTestId('upload-form').waitFor({ state: 'detached' });
      const shown = await results(page);
      assert.equal(shown.at(-2)?.cli, "aws s3api put-object --bucket reports --key notes/todo.txt --body 'check the Q2 numbers' --content-type text/plain");
      assert.equal(shown.at(-1)?.text, '✔ Success: Listed s3://reports/.');
      await page.getByTestId('objects-table').getByRole('button', { name: 'notes/', exact: true }).click();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="objects-table"] tbody th')].map((e) => e.textContent).join() === 'todo.txt');
      await page.getByRole('button', { name: 'Delete todo.txt' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Delete object' });
      await dialog.waitFor();
      assert.match((await dialog.textContent()) ?? '', /s3:\/\/reports\/notes\/todo\.txt/);
      await axeBoth(page, 'delete object dialog');
      await dialog.getByRole('button', { name: 'Delete object' }).click();
      await page.getByText('This folder is empty.', { exact: false }).waitFor();
      assert.ok((await results(page)).some((r) => r.cli === 'aws s3api delete-object --bucket reports --key notes/todo.txt'));
      await page.getByRole('button', { name: 'reports', exact: true }).click();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="objects-table"] tbody th')].map((e) => e.textContent).join() === 'q1.csv,q2.csv');

      // Acting as analyst, who has no permissions yet: the open bucket is read again and refused.
      await actAs(page, /^IAM user analyst/);
      await page.getByTestId('s3-read-denied').waitFor();
      const denied = await lastResultMatching(page, /AccessDenied/);
      assert.match(denied.text, /analyst is not authorized to perform: s3:ListBucket on resource: "?arn:aws:s3:::reports/);
      assert.equal(await page.getByTestId('objects-table').count(), 0);
      await axeBoth(page, 'bucket page, access denied');

      // Step 1 in the terminal as root, then step 2 in the console as analyst.
      await actAs(page, /^Root user/);
      await run(page, `aws iam create-policy --policy-name ReportsReadOnly --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}'`);
      await run(page, 'aws iam attach-user-policy --user-name analyst --policy-arn arn:aws:iam::111122223333:policy/ReportsReadOnly');
      await page.getByTestId('step-passed').getByRole('button', { name: 'Next step' }).click();
      await actAs(page, /^IAM user analyst/);
      await openBuckets(page);
      // analyst may not list all buckets, but may open reports by its name.
      await page.getByTestId('s3-read-denied').waitFor();
      await axeBoth(page, 'buckets page, access denied');
      await page.getByLabel('Bucket name').fill('reports');
      await page.getByRole('button', { name: 'Open bucket' }).click();
      await page.getByTestId('objects-table').waitFor();
      await page.getByRole('button', { name: 'Open q1.csv' }).click();
      await lastResultMatching(page, /Opened s3:\/\/reports\/q1\.csv/);
      assert.equal(await page.getByTestId('object-body').textContent(), 'quarter,revenue\nQ1,300\n');
      await openBuckets(page);
      await page.getByLabel('Bucket name').fill('payroll');
      await page.getByRole('button', { name: 'Open bucket' }).click();
      await page.getByTestId('s3-read-denied').waitFor();
      await lastResultMatching(page, /AccessDenied/);
      await page.getByTestId('step-passed').waitFor();
    },
  },
  {
    name: "sandbox: a bucket is created and its policy edited (a broken document shows a finding, can't be saved), saved and deleted",
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await openBuckets(page);
      await page.getByRole('button', { name: 'Create bucket' }).click();
      await page.getByRole('heading', { level: 2, name: 'Create bucket' }).waitFor();
      const name = page.getByLabel('Bucket name');
      await name.fill('Team_Docs');
      await page.getByRole('button', { name: 'Create bucket' }).click();
      await page.locator('.form-problems').waitFor();
      await axeBoth(page, 'create bucket form with a problem');
      await name.fill('team-docs');
      await page.getByRole('button', { name: 'Create bucket' }).click();
      await page.getByRole('heading', { level: 2, name: 'team-docs' }).waitFor();
      await page.getByText('This bucket is empty.', { exact: false }).waitFor();
      const made = await results(page);
      assert.deepEqual(made.map((r) => r.cli), ['aws s3api create-bucket --bucket team-docs', "aws s3api list-objects-v2 --bucket team-docs --delimiter / --prefix ''"]);

      // Permissions tab (arrow keys move between tabs): no policy yet.
      await page.getByRole('tab', { name: 'Objects' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('bucket-policy-none').waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Permissions' }).getAttribute('aria-selected'), 'true');
      await page.getByRole('button', { name: 'Create policy' }).click();
      const form = page.getByTestId('bucket-policy-form');
      const box = form.getByLabel('Policy (JSON)');
      const good = JSON.parse(await box.inputValue());
      assert.equal(good.Statement[0].Resource, 'arn:aws:s3:::team-docs/*');
      // Without a Principal it is no valid bucket policy: the finding shows and Save is refused.
      const noPrincipal = { ...good, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::team-docs/*' }] };
      await box.fill(JSON.stringify(noPrincipal, null, 2));
      await form.locator('.finding-error').first().waitFor();
      assert.match((await form.getByTestId('policy-findings').textContent()) ?? '', /MISSING_PRINCIPAL/);
      assert.equal(await form.getByRole('button', { name: 'Save changes' }).isDisabled(), true);
      await form.getByTestId('policy-form-blocked').waitFor();
      await axeBoth(page, 'bucket policy form with a finding');
      const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::team-docs/*' }] });
      await box.fill(doc);
      await form.locator('.findings-none').waitFor();
      await form.getByRole('button', { name: 'Save changes' }).click();
      await page.getByTestId('bucket-policy').waitFor();
      const saved = await results(page);
      assert.equal(saved.at(-2)?.cli, `aws s3api put-bucket-policy --bucket team-docs --policy '${doc}'`);
      assert.equal(saved.at(-2)?.text, '✔ Success: Bucket policy of team-docs saved.');
      assert.deepEqual(JSON.parse((await page.getByTestId('bucket-policy').textContent()) ?? ''), JSON.parse(doc));
      await axeBoth(page, 'bucket policy shown');

      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('alertdialog', { name: 'Delete bucket policy' }).getByRole('button', { name: 'Delete bucket policy' }).click();
      await page.getByTestId('bucket-policy-none').waitFor();
      assert.ok((await results(page)).some((r) => r.cli === 'aws s3api delete-bucket-policy --bucket team-docs'));
    },
  },
];
