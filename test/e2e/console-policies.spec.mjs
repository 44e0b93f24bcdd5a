// Customer-managed policies end to end in the console, in real Chromium: Create policy refuses a broken
// document (the validator's finding shown below the JSON), then creates the fixed one; the policy is
// attached from a user's page; Edit makes v2 the default; v1 is set as the default again; Delete policy
// (confirmed by typing its name in the console's shared delete dialog) detaches it, deletes the other version and the policy, each call shown
// with its command line. AWS managed policies say they cannot be edited or deleted. axe-core finds no
// serious or critical violation on the new pages.
import assert from 'node:assert/strict';
import { axeBothThemes } from './lib/axe.mjs';
import { terminalThenConsole } from './lib/workspace.mjs';
import { openConsolePage, results } from './lib/console.mjs';

const ARN = 'arn:aws:iam::111122223333:policy/ReportsRead';

/** Waits until `n` action results are shown, then returns them. */
async function waitResults(page, n) {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="action-results"] .action-result').length === count, n);
  return results(page);
}

const policy = (actions) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: actions, Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }] }, null, 2);

/** The versions table as `v2* v1` (newest first, * = default). */
async function versionsShown(page) {
  const rows = page.getByTestId('policy-versions').locator('tbody tr');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const head = (await rows.nth(i).locator('th').textContent()) ?? '';
    const isDefault = (await rows.nth(i).locator('th > div > strong', { hasText: 'Default' }).count()) === 1;
    out.push(`${head.match(/^\s*(v\d+)/)?.[1]}${isDefault ? '*' : ''}`);
  }
  return out.join(' ');
}

export const tests = [
  {
    name: 'create (a broken document refused, then fixed), attach from the user page, edit to v2, set v1 default, delete in one go',
    async run({ page, url }) {
      const problems = [];
      await page.goto(`${url}#/sandbox`);
      await page.getByRole('tab', { name: 'Console' }).waitFor();

      // Create policy: the first template is there; a broken document shows its finding and is refused.
      await openConsolePage(page, 'Policies');
      await page.getByRole('button', { name: 'Create policy' }).click();
      await page.getByRole('heading', { level: 2, name: 'Create policy' }).waitFor();
      const json = page.getByLabel('Policy document (JSON)');
      assert.match(await json.inputValue(), /"Version": "2012-10-17"/, 'starts from a template');
      await page.getByLabel('Policy name').fill('ReportsRead');
      await json.fill('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject" ');
      const findings = page.getByTestId('policy-findings');
      await findings.locator('.finding-error').first().waitFor();
      assert.equal(await json.getAttribute('aria-invalid'), 'true');
      problems.push(...(await axeBothThemes(page, 'create policy with findings')));
      await page.getByRole('button', { name: 'Create policy' }).click();
      assert.match((await page.getByTestId('create-policy-problems').textContent()) ?? '', /Fix the policy's (error|\d+ errors) first/);
      assert.deepEqual(await results(page), [], 'nothing is called while the document has errors');

      // Fixed: created, and the command line says the same.
      await json.fill(policy(['s3:GetObject', 's3:ListBucket']));
      await page.getByText('No findings.').waitFor();
      await page.getByRole('button', { name: 'Create policy' }).click();
      const [created] = await waitResults(page, 1);
      assert.equal(created.text, '✔ Success: Policy ReportsRead created.');
      assert.match(created.cli, /^aws iam create-policy --policy-name ReportsRead --policy-document '\{\n {2}"Version": "2012-10-17"/);

      // Attach it to a new user from the user's page.
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByLabel('User name').fill('amy');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByRole('button', { name: 'View user' }).click();
      await page.getByRole('button', { name: 'Add permissions' }).click();
      await page.getByRole('checkbox', { name: /ReportsRead/ }).check();
      await page.getByRole('button', { name: 'Attach policies' }).click();
      const [attached] = await waitResults(page, 1);
      assert.equal(attached.cli, `aws iam attach-user-policy --user-name amy --policy-arn ${ARN}`);

      // The policy's page: attached to amy, one version.
      await openConsolePage(page, 'Policies');
      await page.getByRole('button', { name: 'ReportsRead', exact: true }).click();
      await page.getByTestId('policy-json').waitFor();
      assert.match((await page.getByTestId('policy-entities').textContent()) ?? '', /User\s*amy/);
      assert.equal(await versionsShown(page), 'v1*');
      // The summary of what it allows, shaped like the IAM console's (service · access level · limited).
      await page.getByRole('button', { name: 'Summarize what it allows' }).click();
      const summaryRows = () => page.getByTestId('policy-permissions-summary').getByTestId('summary-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
      await page.getByTestId('policy-permissions-summary').getByTestId('summary-row').first().waitFor();
      assert.deepEqual((await summaryRows()).sort(), ['s3/List', 's3/Read']);
      problems.push(...(await axeBothThemes(page, 'policy detail')));

      // Edit: a broken edit is refused; the fixed one becomes v2, the default.
      await page.getByRole('button', { name: 'Edit policy ReportsRead' }).click();
      const editJson = page.getByLabel('Policy document (JSON)');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-policy-document', 'the opened form takes the focus');
      assert.match(await editJson.inputValue(), /s3:ListBucket/, 'the edit starts from the default version');
      await editJson.fill(policy(['s3:GetObject']).replace('"Allow"', '"Alow"'));
      await page.getByTestId('policy-findings').locator('.finding-error').first().waitFor();
      problems.push(...(await axeBothThemes(page, 'edit policy with findings')));
      await page.getByRole('button', { name: 'Save changes' }).click();
      assert.match((await page.getByRole('alert').filter({ hasText: 'Fix the policy' }).textContent()) ?? '', /Fix the policy's/);
      await editJson.fill(policy(['s3:GetObject']));
      await page.getByRole('button', { name: 'Save changes' }).click();
      const [edited] = await waitResults(page, 1);
      assert.equal(edited.text, '✔ Success: New version of ReportsRead saved as the default.');
      assert.match(edited.cli, new RegExp(`^aws iam create-policy-version --policy-arn ${ARN} --policy-document '.*' --set-as-default$`, 's'));
      await page.getByTestId('policy-json').waitFor();
      assert.equal(await versionsShown(page), 'v2* v1');
      assert.doesNotMatch((await page.getByTestId('policy-json').textContent()) ?? '', /ListBucket/);
      // The open summary follows the new default version: GetObject only.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="policy-permissions-summary"] [data-testid="summary-row"]').length === 1);
      assert.deepEqual(await summaryRows(), ['s3/Read']);

      // Set v1 as the default again.
      await page.getByRole('button', { name: 'Set as default v1' }).click();
      const [setDefault] = await waitResults(page, 1);
      assert.equal(setDefault.cli, `aws iam set-default-policy-version --policy-arn ${ARN} --version-id v1`);
      assert.equal(await versionsShown(page), 'v2 v1*');
      assert.match((await page.getByTestId('policy-json').textContent()) ?? '', /ListBucket/);

      // Delete in one go. Escape cancels and gives the focus back to the Delete button; the wrong name does not enable deleting.
      await page.getByRole('button', { name: 'Delete policy ReportsRead' }).click();
      await page.getByRole('alertdialog', { name: 'Delete policy' }).waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('alertdialog').count(), 0);
      assert.ok(await page.getByRole('button', { name: 'Delete policy ReportsRead' }).evaluate((el) => el === document.activeElement), 'focus back on Delete');
      await page.getByRole('button', { name: 'Delete policy ReportsRead' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Delete policy' });
      assert.deepEqual(await dialog.getByTestId('delete-steps').locator('li').allTextContents(), ['Attachment to user amy', 'Version v2', 'Policy ReportsRead with its default version v1']);
      await dialog.getByLabel(/To confirm, type/).fill('reportsread');
      assert.equal(await dialog.getByRole('button', { name: 'Delete policy' }).isDisabled(), true);
      problems.push(...(await axeBothThemes(page, 'delete policy confirmation')));
      await dialog.getByLabel(/To confirm, type/).fill('ReportsRead');
      await dialog.getByRole('button', { name: 'Delete policy' }).click();
      const deleted = await waitResults(page, 3);
      assert.deepEqual(deleted.map((r) => r.cli), [
        `aws iam detach-user-policy --user-name amy --policy-arn ${ARN}`,
        `aws iam delete-policy-version --policy-arn ${ARN} --version-id v2`,
        `aws iam delete-policy --policy-arn ${ARN}`,
      ]);
      assert.ok(deleted.every((r) => r.text.startsWith('✔')), JSON.stringify(deleted));
      await page.getByRole('heading', { level: 2, name: 'Policies' }).waitFor();
      assert.equal(await page.getByTestId('policies-table').getByRole('button', { name: 'ReportsRead', exact: true }).count(), 0);
      assert.deepEqual(problems, []);
    },
  },
  {
    name: 'AWS managed policies say they cannot be edited or deleted; five versions ask which one to delete',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await openConsolePage(page, 'Policies');
      await page.getByRole('button', { name: 'ReadOnlyAccess', exact: true }).click();
      assert.match((await page.getByTestId('aws-managed-note').textContent()) ?? '', /cannot edit or delete it|no account can edit or delete it/);
      assert.equal(await page.getByRole('button', { name: /^Edit/ }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 0);
      assert.deepEqual(await axeBothThemes(page, 'AWS managed policy'), []);

      // A customer policy with five versions made in the terminal.
      const lines = [`aws iam create-policy --policy-name Full --policy-document '${JSON.stringify(JSON.parse(policy(['s3:GetObject'])))}'`];
      for (let i = 0; i < 4; i++) lines.push(`aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy/Full --policy-document '${JSON.stringify(JSON.parse(policy([`s3:Get${['Object', 'ObjectAcl', 'ObjectTagging', 'ObjectVersion'][i]}`])))}'`);
      await terminalThenConsole(page, lines);
      await openConsolePage(page, 'Policies');
      await page.getByRole('button', { name: 'Full', exact: true }).click();
      await page.getByRole('button', { name: 'Edit policy Full' }).click();
      const choice = page.getByRole('group', { name: /at most five versions/ });
      assert.deepEqual(await choice.getByRole('radio').evaluateAll((els) => els.map((e) => e.value)), ['v2', 'v3', 'v4', 'v5']);
      await page.getByRole('button', { name: 'Save changes' }).click();
      assert.match((await page.getByRole('alert').filter({ hasText: 'choose the version' }).textContent()) ?? '', /choose the version to delete/);
      await choice.getByRole('radio', { name: 'v3' }).check();
      await page.getByRole('button', { name: 'Save changes' }).click();
      const done = await waitResults(page, 2);
      assert.deepEqual(done.map((r) => r.cli.split(' --policy-document')[0]), [
        'aws iam delete-policy-version --policy-arn arn:aws:iam::111122223333:policy/Full --version-id v3',
        'aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy/Full',
      ]);
      assert.equal(await versionsShown(page), 'v6* v5 v4 v2 v1');
      assert.deepEqual(await axeBothThemes(page, 'policy with five versions'), []);

      // Create policy points to the Policy editor tab for bigger policies, and its button opens that tab.
      await openConsolePage(page, 'Policies');
      await page.getByRole('button', { name: 'Create policy' }).click();
      await page.getByRole('button', { name: 'Open the Policy editor tab' }).click();
      assert.equal(await page.getByRole('tab', { name: 'Policy editor' }).getAttribute('aria-selected'), 'true');
    },
  },
];
