// Managing users, groups and roles completely from the console, in real Chromium: a user with a password,
// an access key, a group, an attached and an inline policy is deleted in one go after its name is typed
// (every clean-up call shown with its command line); inline policies are created, shown and edited with
// the validator's findings live (a broken document cannot be saved); a role's trust policy is edited and
// the role deleted in one go; console access is enabled with a generated password and then reset; axe-core
// finds no serious or critical violation on the new dialogs and forms.
import assert from 'node:assert/strict';
import { axeProblems } from './lib/axe.mjs';
import { lastResultMatching, openConsolePage, results } from './lib/console.mjs';
import { setTheme, terminalThenConsole } from './lib/workspace.mjs';


/** Whether the element with this id has the keyboard focus. */
function focused(page, id) {
  return page.evaluate((i) => document.activeElement?.id === i, id);
}

const READ = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] });

export const tests = [
  {
    name: 'a user with a password, a key, a group and policies is deleted in one go, each call echoed',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await terminalThenConsole(page, [
        'aws iam create-group --group-name devs',
        'aws iam create-user --user-name temp',
        'aws iam create-login-profile --user-name temp --password Correct-Horse-9-battery',
        'aws iam create-access-key --user-name temp',
        'aws iam add-user-to-group --group-name devs --user-name temp',
        'aws iam attach-user-policy --user-name temp --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
        `aws iam put-user-policy --user-name temp --policy-name ReadReports --policy-document '${READ}'`,
      ]);
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'temp', exact: true }).click();
      // Escape cancels, and the focus goes back to the button that opened the dialog.
      await page.getByRole('button', { name: 'Delete user' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Delete user temp?' });
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.ok(await focused(page, 'user-delete'), 'focus back on Delete user');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      const steps = await dialog.getByTestId('delete-steps').locator('li').allTextContents();
      assert.deepEqual(steps.map((s) => s.replace(/AKIA[A-Z0-9]{16}/, 'AKIA…')), [
        'Console password', 'Access key AKIA…', 'Membership of group devs', 'Attached policy ReadOnlyAccess', 'Inline policy ReadReports', 'User temp',
      ]);
      assert.match((await dialog.textContent()) ?? '', /DeleteConflict/);
      const input = dialog.getByLabel(/To confirm, type the user name/);
      assert.ok(await input.evaluate((el) => el === document.activeElement), 'the name field has the focus');
      const confirm = dialog.getByRole('button', { name: 'Delete user' });
      await input.fill('Temp');
      assert.equal(await confirm.isDisabled(), true, 'a name in another case does not confirm');
      assert.deepEqual(await axeProblems(page, 'delete user dialog'), []);
      await setTheme(page, 'dark');
      assert.deepEqual(await axeProblems(page, 'delete user dialog (dark)'), []);
      await input.fill('temp');
      await confirm.click();

      // Back on the Users list, with every call's result and command line.
      await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
      await lastResultMatching(page, /User temp deleted/);
      const shown = await results(page);
      assert.ok(shown.every((r) => r.text.startsWith('✔')), JSON.stringify(shown));
      assert.deepEqual(shown.map((r) => r.cli.replace(/AKIA[A-Z0-9]{16}/, 'AKIA…')), [
        'aws iam delete-login-profile --user-name temp',
        'aws iam delete-access-key --user-name temp --access-key-id AKIA…',
        'aws iam remove-user-from-group --group-name devs --user-name temp',
        'aws iam detach-user-policy --user-name temp --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
        'aws iam delete-user-policy --user-name temp --policy-name ReadReports',
        'aws iam delete-user --user-name temp',
      ]);
      assert.equal(await page.getByRole('button', { name: 'temp', exact: true }).count(), 0, 'the user is gone from the list');
      // The group stays.
      await openConsolePage(page, 'User groups');
      await page.getByRole('button', { name: 'devs', exact: true }).waitFor();
    },
  },
  {
    name: 'an inline policy is created (a broken document shows its finding and cannot be saved), viewed and edited',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await terminalThenConsole(page, ['aws iam create-user --user-name ivy']);
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'ivy', exact: true }).click();
      await page.getByRole('button', { name: 'Create inline policy' }).click();
      const form = page.getByTestId('policy-form');
      await form.getByLabel('Policy name').fill('ReadReports');
      const box = form.getByLabel('Policy document (JSON)');
      await box.fill(READ.replace(',"Resource"', ' "Resource"'));
      const findings = form.locator('.findings');
      await findings.locator('.finding-error').first().waitFor();
      assert.match((await findings.textContent()) ?? '', /Error[\s\S]*JSON_SYNTAX_ERROR/);
      assert.equal(await box.getAttribute('aria-invalid'), 'true');
      assert.equal(await form.getByRole('button', { name: 'Create policy' }).isDisabled(), true, 'no save while there is an error');
      await form.getByTestId('policy-form-blocked').waitFor();
      assert.deepEqual(await axeProblems(page, 'inline policy form with a finding'), []);
      await setTheme(page, 'dark');
      assert.deepEqual(await axeProblems(page, 'inline policy form with a finding (dark)'), []);
      // The finding's location button selects the place in the text.
      await findings.getByRole('button', { name: /^line 1:/ }).click();
      assert.ok(await box.evaluate((el) => el === document.activeElement));

      await box.fill(READ);
      await form.locator('.findings-none').waitFor();
      await form.getByRole('button', { name: 'Create policy' }).click();
      const saved = await lastResultMatching(page, /Inline policy ReadReports saved/);
      assert.equal(saved.text, '✔ Success: Inline policy ReadReports saved on user ivy.');
      assert.equal(saved.cli, `aws iam put-user-policy --user-name ivy --policy-name ReadReports --policy-document '${READ}'`);
      // Saved, the policy is shown, and listed as Inline.
      assert.match((await page.getByTestId('inline-policy-json').textContent()) ?? '', /"s3:GetObject"/);
      assert.ok(await focused(page, 'user-inline-view-title'), 'focus on the saved policy');
      assert.match((await page.getByTestId('user-permissions').textContent()) ?? '', /ReadReports[\s\S]*Inline/);

      // Edit: the box starts with the current document; the change is saved with PutUserPolicy.
      await page.getByTestId('user-permissions').getByRole('button', { name: 'Edit ReadReports' }).click();
      const edit = page.getByTestId('policy-form');
      const text = await edit.getByLabel('Policy document (JSON)').inputValue();
      assert.deepEqual(JSON.parse(text), JSON.parse(READ));
      assert.equal(await edit.getByLabel('Policy name').count(), 0, 'an inline policy keeps its name');
      await edit.getByLabel('Policy document (JSON)').fill(text.replace('s3:GetObject', 's3:ListBucket').replace('reports/*', 'reports'));
      await edit.getByRole('button', { name: 'Save changes' }).click();
      const edited = await lastResultMatching(page, /Inline policy ReadReports saved/);
      assert.match(edited.cli, /^aws iam put-user-policy --user-name ivy --policy-name ReadReports --policy-document '\{[\s\S]*s3:ListBucket[\s\S]*\}'$/);
      await page.getByTestId('user-permissions').getByRole('button', { name: 'View ReadReports' }).click();
      assert.match((await page.getByTestId('inline-policy-json').textContent()) ?? '', /"s3:ListBucket"/);
      await page.getByRole('button', { name: 'Close ReadReports' }).click();
      assert.ok(await focused(page, 'user-inline-create'), 'focus on Create inline policy once the view closes');
    },
  },
  {
    name: "a role's trust policy is edited and the role with its policies deleted in one go; a group gets an inline policy",
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] });
      await terminalThenConsole(page, [
        'aws iam create-group --group-name ops',
        `aws iam create-role --role-name app --assume-role-policy-document '${trust}'`,
        'aws iam attach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
        `aws iam put-role-policy --role-name app --policy-name ReadReports --policy-document '${READ}'`,
      ]);
      // Group: create an inline policy.
      await openConsolePage(page, 'User groups');
      await page.getByRole('button', { name: 'ops', exact: true }).click();
      await page.getByRole('button', { name: 'Create inline policy' }).click();
      await page.getByLabel('Policy name').fill('OpsRead');
      await page.getByLabel('Policy document (JSON)').fill(READ);
      await page.getByRole('button', { name: 'Create policy' }).click();
      const put = await lastResultMatching(page, /OpsRead/);
      assert.equal(put.cli, `aws iam put-group-policy --group-name ops --policy-name OpsRead --policy-document '${READ}'`);
      assert.match((await page.getByTestId('group-policies').textContent()) ?? '', /OpsRead[\s\S]*inline/);

      // Role: the trust policy is checked as a trust policy (one without a Principal is an error).
      await openConsolePage(page, 'Roles');
      await page.getByRole('button', { name: 'app', exact: true }).click();
      await page.getByRole('button', { name: 'Edit trust policy' }).click();
      const box = page.getByLabel('Policy document (JSON)');
      const ec2 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, null, 2);
      await box.fill(ec2.replace(/"Principal": \{[^}]*\},/, ''));
      await page.getByTestId('policy-form').locator('.finding-error').first().waitFor();
      assert.match((await page.getByTestId('policy-form').locator('.findings').textContent()) ?? '', /MISSING_PRINCIPAL/);
      assert.equal(await page.getByRole('button', { name: 'Update policy' }).isDisabled(), true);
      await box.fill(ec2);
      await page.getByTestId('policy-form').locator('.findings-none').waitFor();
      await page.getByRole('button', { name: 'Update policy' }).click();
      const updated = await lastResultMatching(page, /Trust policy of role app updated/);
      assert.match(updated.cli, /^aws iam update-assume-role-policy --role-name app --policy-document '\{[\s\S]*ec2\.amazonaws\.com[\s\S]*\}'$/);
      assert.match((await page.getByTestId('trust-policy').textContent()) ?? '', /ec2\.amazonaws\.com/);

      // Delete the role in one go.
      await page.getByRole('button', { name: 'Delete role' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Delete role app?' });
      assert.deepEqual(await dialog.getByTestId('delete-steps').locator('li').allTextContents(), ['Attached policy ReadOnlyAccess', 'Inline policy ReadReports', 'Role app']);
      assert.deepEqual(await axeProblems(page, 'delete role dialog'), []);
      await dialog.getByLabel(/type the role name/).fill('app');
      await dialog.getByRole('button', { name: 'Delete role' }).click();
      await page.getByRole('heading', { level: 2, name: 'Roles' }).waitFor();
      await lastResultMatching(page, /Role app deleted/);
      assert.deepEqual((await results(page)).map((r) => r.cli), [
        'aws iam detach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
        'aws iam delete-role-policy --role-name app --policy-name ReadReports',
        'aws iam delete-role --role-name app',
      ]);
    },
  },
  {
    name: 'console access is enabled for an existing user with a generated password, then reset to a typed one',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await terminalThenConsole(page, ['aws iam create-user --user-name kim']);
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'kim', exact: true }).click();
      await page.getByRole('tab', { name: 'Security credentials' }).click();
      assert.match((await page.getByTestId('console-access').textContent()) ?? '', /Console password: none/);
      await page.getByRole('button', { name: 'Enable console access' }).click();
      const form = page.getByRole('form', { name: 'Enable console access' });
      assert.equal(await form.getByRole('radio', { name: 'Autogenerated password' }).isChecked(), true);
      assert.equal(await form.getByRole('checkbox', { name: /new password at next sign-in/ }).isChecked(), true);
      assert.deepEqual(await axeProblems(page, 'console access form'), []);
      await form.getByRole('button', { name: 'Enable console access' }).click();
      const made = await lastResultMatching(page, /Console password set for kim/);
      assert.match(made.cli, /^aws iam create-login-profile --user-name kim --password \S+ --password-reset-required$/);
      await page.getByTestId('new-console-password').getByRole('button', { name: 'Show password' }).click();
      const password = (await page.getByTestId('generated-password').textContent()) ?? '';
      assert.ok(password.length >= 16, password);
      assert.ok(made.cli.includes(password.includes("'") ? password.replace(/'/g, "'\\''") : password), 'the echo carries the same password');
      await page.getByRole('button', { name: 'Done' }).click();
      assert.ok(await focused(page, 'user-console-access'), 'focus on Reset password');
      assert.match((await page.getByTestId('console-access').textContent()) ?? '', /must be reset at next sign-in/);

      await page.getByRole('button', { name: 'Reset password' }).click();
      const reset = page.getByRole('form', { name: 'Reset password' });
      await reset.getByRole('radio', { name: 'Custom password' }).check();
      await reset.getByLabel('Password', { exact: true }).fill('Another-Long-Password-42');
      await reset.getByRole('checkbox', { name: /new password at next sign-in/ }).uncheck();
      await reset.getByRole('button', { name: 'Reset password' }).click();
      const changed = await lastResultMatching(page, /Console password of kim changed/);
      assert.equal(changed.cli, 'aws iam update-login-profile --user-name kim --password Another-Long-Password-42 --no-password-reset-required');
      assert.doesNotMatch((await page.getByTestId('console-access').textContent()) ?? '', /must be reset/);

      // The Users list deletes a user too, and stays on the list.
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'Delete user kim' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Delete user kim?' });
      await dialog.getByLabel(/type the user name/).fill('kim');
      await dialog.getByRole('button', { name: 'Delete user' }).click();
      await lastResultMatching(page, /User kim deleted/);
      assert.deepEqual((await results(page)).map((r) => r.cli), ['aws iam delete-login-profile --user-name kim', 'aws iam delete-user --user-name kim']);
      assert.equal(await page.getByTestId('users-table').count(), 0, 'no users left');
    },
  },
];
