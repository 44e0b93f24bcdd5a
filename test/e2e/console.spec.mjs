// The IAM console pages in real Chromium: a new learner completes `secure-root` entirely through the
// console (question, root key deleted on root's Security credentials page, a virtual MFA device enabled
// with two consecutive codes read from the simulated authenticator), the Create user wizard shows a new
// access key's secret once with its .csv, and axe-core finds no serious or critical violation on the
// console's pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeProblems } from './lib/axe.mjs';
import { setTheme, startLesson, terminalThenConsole } from './lib/workspace.mjs';
import { openConsolePage } from './lib/console.mjs';


/** The newest console action result: its text and its echoed command line. */
async function lastResult(page) {
  const box = page.getByTestId('action-results').locator('.action-result').last();
  await box.waitFor();
  return { text: (await box.locator('.action-text').textContent())?.trim() ?? '', cli: (await box.getByTestId('cli-echo').textContent()) ?? '' };
}

/** Waits for the step to pass, then presses its button (Next step / Finish the lesson). */
async function passStep(page, button) {
  const box = page.getByTestId('step-passed');
  await box.waitFor();
  await box.getByRole('button', { name: button }).click();
}

/**
 * Fills the MFA form's two codes from the authenticator on the page: the code now, then (the clock moved on
 * to the next period) the one after it.
 */
async function fillTwoCodes(page) {
  const code = page.getByTestId('authenticator-code');
  await page.waitForFunction(() => /^\d{6}$/.test(document.querySelector('[data-testid="authenticator-code"]')?.textContent ?? ''));
  const first = (await code.textContent()) ?? '';
  const secondsLeft = Number(await page.getByTestId('authenticator-seconds').textContent());
  assert.ok(secondsLeft >= 1 && secondsLeft <= 30, `seconds left: ${secondsLeft}`);
  await page.getByLabel('MFA code 1').fill(first);
  // Skip most of the wait, then let the authenticator's own 1-s tick show the next code.
  if (secondsLeft > 2) await page.clock.fastForward((secondsLeft - 2) * 1000);
  await page.waitForFunction((c) => {
    const now = document.querySelector('[data-testid="authenticator-code"]')?.textContent ?? '';
    return /^\d{6}$/.test(now) && now !== c;
  }, first, { timeout: 8000 });
  const second = (await code.textContent()) ?? '';
  assert.notEqual(second, first);
  await page.getByLabel('MFA code 2').fill(second);
}

/** Visits every console page (and the MFA assignment, a confirmation, the wizard, a policy's JSON) in one theme. */
async function axeConsole(page, url, theme) {
  await startLesson(page, url, 'secure-root', 3);
  await setTheme(page, theme);
  const problems = [];
  for (const label of ['Dashboard', 'User groups', 'Users', 'Roles', 'Policies', 'Account settings', 'Security credentials (root)']) {
    await openConsolePage(page, label);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    problems.push(...(await axeProblems(page, label)));
  }
  // Root's MFA assignment with the QR code and the authenticator, and an access key's confirmation.
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  await page.getByLabel('Device name').fill('root-mfa');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByTestId('authenticator-code').waitFor();
  await page.getByTestId('access-keys').getByRole('button', { name: /^Delete / }).click();
  problems.push(...(await axeProblems(page, 'root MFA assignment')));
  await page.getByRole('button', { name: 'Cancel' }).last().click();
  // The wizard and a policy's JSON.
  await openConsolePage(page, 'Users');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByLabel('User name').fill('bob');
  await page.getByRole('checkbox', { name: /Programmatic access/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  problems.push(...(await axeProblems(page, 'wizard permissions')));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByTestId('new-access-key').waitFor();
  problems.push(...(await axeProblems(page, 'wizard done')));
  await page.getByRole('button', { name: 'View user' }).click();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
  problems.push(...(await axeProblems(page, 'user security credentials')));
  await openConsolePage(page, 'Policies');
  await page.getByRole('button', { name: 'ReadOnlyAccess', exact: true }).click();
  await page.getByTestId('policy-json').waitFor();
  problems.push(...(await axeProblems(page, 'policy JSON')));
  assert.deepEqual(problems, []);
}

export const tests = [
  {
    name: 'secure-root completed entirely through the console, root MFA from the simulated authenticator',
    async run({ page, url }) {
      // The page's clock is Playwright's: it runs with real time, and the test can skip the wait for the
      // authenticator's next code (a learner just waits up to 30 s).
      await page.clock.install();
      await startLesson(page, url, 'secure-root', 3);

      // Step 1: read the Security Status checklist on the console's dashboard.
      const status = page.getByTestId('security-status');
      assert.match((await status.textContent()) ?? '', /Delete your root access keys \(to do\)/);
      assert.match((await status.textContent()) ?? '', /Activate MFA on your root account \(to do\)/);
      await page.getByRole('radio', { name: /Delete the root user's access keys, and activate MFA/ }).check();
      await passStep(page, 'Next step');
      await page.getByText('Step 2 of 3').waitFor();

      // Step 2: delete root's access key on root's Security credentials page (with a confirmation).
      await openConsolePage(page, 'Security credentials (root)');
      const keys = page.getByTestId('access-keys');
      assert.match((await keys.textContent()) ?? '', /AKIAROOTKEYEXAMPLE23[\s\S]*Active[\s\S]*300 days[\s\S]*45 days ago/);
      await keys.getByRole('button', { name: 'Delete AKIAROOTKEYEXAMPLE23' }).click();
      await page.getByRole('alertdialog', { name: 'Delete access key' }).getByRole('button', { name: 'Delete access key' }).click();
      const deleted = await lastResult(page);
      assert.equal(deleted.text, '✔ Success: Access key AKIAROOTKEYEXAMPLE23 deleted.');
      assert.equal(deleted.cli, 'aws iam delete-access-key --access-key-id AKIAROOTKEYEXAMPLE23');
      await page.getByTestId('no-access-keys').waitFor();
      await passStep(page, 'Next step');
      await page.getByText('Step 3 of 3').waitFor();

      // Step 3: assign a virtual MFA device to root.
      await page.getByRole('button', { name: 'Assign MFA device' }).click();
      await page.getByRole('radio', { name: /Authenticator app/ }).check();
      await page.getByLabel('Device name').fill('root-mfa');
      await page.getByRole('button', { name: 'Next' }).click();
      const created = await lastResult(page);
      assert.equal(created.cli, 'aws iam create-virtual-mfa-device --virtual-mfa-device-name root-mfa --outfile QRCode.png --bootstrap-method QRCodePNG');
      const qr = page.getByTestId('mfa-qr');
      await qr.waitFor();
      assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 20), 'the QR code image renders');
      assert.equal(await page.getByTestId('mfa-seed').count(), 0, 'the secret key is hidden until asked for');
      await page.getByRole('button', { name: 'Show secret key' }).click();
      assert.match((await page.getByTestId('mfa-seed').textContent()) ?? '', /^[A-Z2-7]{32,}$/);

      // Read the code, wait for the next one, read it.
      await fillTwoCodes(page);
      await page.getByRole('button', { name: 'Add MFA' }).click();
      const enabled = await lastResult(page);
      assert.equal(enabled.text, '✔ Success: MFA device assigned to the root user.');
      assert.match(enabled.cli, /^aws iam enable-mfa-device --serial-number arn:aws:iam::\d{12}:mfa\/root-mfa --authentication-code1 \d{6} --authentication-code2 \d{6}$/);
      assert.match((await page.getByTestId('root-mfa-devices').textContent()) ?? '', /Virtual MFA device[\s\S]*mfa\/root-mfa/);

      await page.getByRole('radio', { name: /A hardware MFA device/ }).check();
      await passStep(page, 'Finish the lesson');
      const done = page.getByTestId('lesson-complete');
      await done.waitFor();
      assert.match((await done.textContent()) ?? '', /Lesson complete/);

      // Every action of the lesson was made in the console.
      await openConsolePage(page, 'Dashboard');
      assert.match((await page.getByTestId('security-status').textContent()) ?? '', /Delete your root access keys \(done\)[\s\S]*Activate MFA on your root account \(done\)/);
    },
  },
  {
    name: 'the Create user wizard: console and programmatic access, the secret shown once with its .csv',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await page.getByRole('tab', { name: 'Console' }).waitFor();
      await openConsolePage(page, 'Users');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Users', 'a new console page takes the focus to its heading');
      await page.getByRole('button', { name: 'Create user' }).click();

      // A bad name is refused before anything is called.
      await page.getByLabel('User name').fill('not valid');
      await page.getByRole('button', { name: 'Next' }).click();
      assert.match((await page.getByRole('alert').first().textContent()) ?? '', /may contain only letters/);

      await page.getByLabel('User name').fill('alice');
      await page.getByRole('checkbox', { name: /Programmatic access/ }).check();
      await page.getByRole('checkbox', { name: /AWS Management Console access/ }).check();
      await page.getByRole('radio', { name: 'Custom password' }).check();
      await page.getByLabel('Password', { exact: true }).fill('Correct-Horse-9');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('checkbox', { name: /IAMUserChangePassword/ }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      const review = (await page.locator('.review').textContent()) ?? '';
      assert.match(review, /alice[\s\S]*Yes: an access key[\s\S]*custom password, reset required[\s\S]*IAMUserChangePassword/);
      await page.getByRole('button', { name: 'Create user' }).click();

      await page.getByRole('heading', { name: 'User alice created' }).waitFor();
      const clis = await page.getByTestId('cli-echo').allTextContents();
      assert.deepEqual(clis, [
        'aws iam create-user --user-name alice',
        'aws iam create-login-profile --user-name alice --password Correct-Horse-9 --password-reset-required',
        'aws iam create-access-key --user-name alice',
        'aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/IAMUserChangePassword',
      ]);
      const keyId = (await page.getByTestId('new-key-id').textContent()) ?? '';
      assert.match(keyId, /^AKIA[A-Z0-9]{16}$/);
      assert.equal(await page.getByTestId('new-key-secret').count(), 0, 'the secret is hidden until shown');
      await page.getByRole('button', { name: 'Show secret access key' }).click();
      const secret = (await page.getByTestId('new-key-secret').textContent()) ?? '';
      assert.equal(secret.length, 40);

      // The .csv comes from a same-origin Blob URL, named as AWS names it, with AWS's columns.
      const href = await page.getByRole('link', { name: 'Download .csv file' }).getAttribute('href');
      assert.ok(href?.startsWith(`blob:${new URL(url).origin}/`), `blob URL: ${href}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .csv file' }).click()]);
      assert.equal(download.suggestedFilename(), 'alice_accessKeys.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      assert.equal(csv, `Access key ID,Secret access key\r\n${keyId},${secret}\r\n`);

      // Once left, the secret is gone: the user's page lists the key, never the secret.
      await page.getByRole('button', { name: 'View user' }).click();
      await page.getByRole('tab', { name: 'Security credentials' }).click();
      const keys = page.getByTestId('access-keys');
      assert.match((await keys.textContent()) ?? '', new RegExp(`${keyId}[\\s\\S]*Active[\\s\\S]*Today[\\s\\S]*Never`));
      assert.ok(!((await page.locator('body').textContent()) ?? '').includes(secret), 'the secret is not shown again');
      assert.match((await page.getByTestId('console-access').textContent()) ?? '', /must be reset at next sign-in/);

      await openConsolePage(page, 'Users');
      const row = (await page.getByTestId('users-table').locator('tbody tr').first().textContent()) ?? '';
      assert.match(row, /alice[\s\S]*None[\s\S]*Never[\s\S]*Not enabled[\s\S]*Today[\s\S]*Today/);
    },
  },
  {
    name: 'account settings replace the whole password policy; a user gets a hardware MFA token',
    async run({ page, url }) {
      await page.clock.install();
      await page.goto(`${url}#/sandbox`);
      await openConsolePage(page, 'Account settings');
      assert.match((await page.getByTestId('password-policy-state').textContent()) ?? '', /IAM default password policy/);
      await page.getByLabel(/Minimum password length/).fill('14');
      await page.getByRole('checkbox', { name: /non-alphanumeric/ }).uncheck();
      await page.getByRole('checkbox', { name: 'Turn on password expiration' }).check();
      await page.getByLabel(/Expire passwords after/).fill('60');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const saved = await lastResult(page);
      assert.equal(saved.text, '✔ Success: Password policy saved.');
      assert.equal(saved.cli, 'aws iam update-account-password-policy --minimum-password-length 14 --no-require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --max-password-age 60 --no-hard-expiry');
      assert.match((await page.getByTestId('password-policy-state').textContent()) ?? '', /custom password policy/);

      // A user with no credentials, then a hardware token the learner orders and registers.
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByLabel('User name').fill('carol');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByRole('button', { name: 'View user' }).click();
      await page.getByRole('tab', { name: 'Security credentials' }).click();
      await page.getByRole('button', { name: 'Assign MFA device' }).click();
      await page.getByRole('radio', { name: /Hardware TOTP token/ }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Order a (simulated) hardware token' }).click();
      const serial = await page.getByLabel(/Serial number/).inputValue();
      assert.match(serial, /^GAHT\d{8}$/);
      await page.getByRole('region', { name: `Hardware token ${serial}` }).waitFor();
      await fillTwoCodes(page);
      await page.getByRole('button', { name: 'Add MFA' }).click();
      const enabled = await lastResult(page);
      assert.equal(enabled.text, '✔ Success: MFA device assigned to carol.');
      assert.match(enabled.cli, new RegExp(`^aws iam enable-mfa-device --user-name carol --serial-number ${serial} --authentication-code1 \\d{6} --authentication-code2 \\d{6}$`));
      assert.match((await page.getByRole('tabpanel', { name: 'Security credentials' }).textContent()) ?? '', new RegExp(`Hardware TOTP token ${serial}`));
    },
  },
  {
    name: 'console errors show AWS\'s code and message with the command line',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      await openConsolePage(page, 'User groups');
      for (let i = 0; i < 2; i++) {
        await page.getByRole('button', { name: 'Create group' }).click();
        await page.getByLabel('User group name').fill('devs');
        await page.getByRole('button', { name: 'Create group' }).click();
        await page.getByTestId('action-results').locator('.action-result').first().waitFor();
        if (i === 0) await openConsolePage(page, 'User groups');
      }
      const failed = await lastResult(page);
      assert.equal(failed.text, '✘ Error: EntityAlreadyExists: Group with name devs already exists.');
      assert.equal(failed.cli, 'aws iam create-group --group-name devs');
      assert.equal(await page.getByRole('alert').filter({ hasText: 'EntityAlreadyExists' }).count(), 1);
    },
  },
  {
    name: 'a user made in the terminal with an S3 read policy: the Effective permissions tab shows and explains limited S3 Read',
    async run({ page, url }) {
      await page.goto(`${url}#/sandbox`);
      const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }] });
      await terminalThenConsole(page, ['aws s3api create-bucket --bucket reports', 'aws iam create-user --user-name reader', `aws iam put-user-policy --user-name reader --policy-name S3Read --policy-document '${policy}'`]);
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'reader', exact: true }).click();
      await page.getByRole('tab', { name: 'Effective permissions' }).click();
      const table = page.getByTestId('effective-permissions');
      await table.waitFor({ timeout: 10000 });
      const read = table.locator('tr[data-row="s3/Read"]');
      assert.match((await read.textContent()) ?? '', /S3[\s\S]*Read[\s\S]*Limited: 1 of \d+ actions[\s\S]*arn:aws:s3:::reports\/\*/);
      assert.doesNotMatch((await read.textContent()) ?? '', /All resources/);
      assert.match((await table.locator('tr[data-row="s3/List"]').textContent()) ?? '', /Limited[\s\S]*arn:aws:s3:::reports(?!\/)/);
      // Expanded, the row names the statement that grants it.
      await read.getByRole('button', { name: /show why/ }).click();
      assert.match((await table.textContent()) ?? '', /Granted by:[\s\S]*S3Read \(inline, user reader\): Sid "ReadReports"/);
      assert.deepEqual(await axeProblems(page, 'effective permissions'), []);
    },
  },
  ...['light', 'dark'].map((theme) => ({
    name: `axe-core finds no serious or critical violation on the console pages (${theme} theme)`,
    run: ({ page, url }) => axeConsole(page, url, theme),
  })),
];
