// Walking lessons 01–05 as a learner in the console: the list pages make their read calls (so looking
// around counts, and a caller without permission sees AccessDenied instead of the list), a signed-in IAM
// user changes their own password on their Security credentials tab, and the MFA device choices are laid
// out one per row.
import assert from 'node:assert/strict';
import { openConsolePage } from './lib/console.mjs';
import { run, startLesson } from './lib/workspace.mjs';

/** Waits for the step to pass and presses its button. */
async function next(page) {
  await page.getByTestId('step-passed').getByRole('button').click();
}

export const tests = [
  {
    name: 'iam-essentials in the console: opening Roles counts as looking around; intern opening Users is refused, and sees no list',
    async run({ page, url }) {
      await startLesson(page, url, 'iam-essentials', 3);
      const checklist = page.getByTestId('checklist');
      assert.match((await checklist.textContent()) ?? '', /Look around first/);
      await openConsolePage(page, 'Roles');
      await page.waitForFunction(() => !/Look around first/.test(document.querySelector('[data-testid="checklist"]')?.textContent ?? ''));
      assert.match((await page.getByTestId('events').textContent()) ?? '', /iam:ListRoles by root \(console\)/);
      await page.getByRole('radio', { name: /In every region/ }).check();
      await next(page);

      await page.getByText('Step 2 of 3').waitFor();
      await run(page, 'aws iam create-user --user-name intern');
      await next(page);
      await page.getByText('Step 3 of 3').waitFor();
      await page.getByLabel('Acting as').selectOption('user/intern');
      await openConsolePage(page, 'Users');
      const denied = page.getByTestId('page-read-denied');
      await denied.waitFor();
      assert.equal(await page.getByTestId('users-table').count(), 0, 'no list for a caller refused ListUsers');
      assert.match((await page.locator('.console-main').textContent()) ?? '', /AccessDenied: User: arn:aws:iam::111122223333:user\/intern is not authorized to perform: iam:ListUsers[\s\S]*aws iam list-users/);
      await page.waitForFunction(() => /A call made as intern was denied\s*\(done\)/.test(document.querySelector('[data-testid="checklist"]')?.textContent ?? ''));

      // Back as root, the same page shows its list again.
      await page.getByLabel('Acting as').selectOption('root');
      await page.getByTestId('users-table').waitFor();
      assert.equal(await denied.count(), 0);
      assert.doesNotMatch((await page.locator('.console-main').textContent()) ?? '', /AccessDenied/, "intern's refusal is not left above root's list");
    },
  },
  {
    name: 'password-policy step 3 in the console: only alice sees Change your password; a weak one bounces, a strong one passes',
    async run({ page, url }) {
      await page.goto(`${url}#/lesson/password-policy`);
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await run(page, 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --max-password-age 90 --password-reuse-prevention 5 --allow-users-to-change-password');
      await next(page);
      await page.getByText('Step 2 of 3').waitFor();
      await run(page, "aws iam create-login-profile --user-name bob --password 'bob1'");
      await page.getByRole('radio', { name: /They go back to their defaults/ }).check();
      await next(page);
      await page.getByText('Step 3 of 3').waitFor();

      // As root, alice's page has no form to change her password (that is hers to do).
      await openConsolePage(page, 'Users');
      await page.getByRole('button', { name: 'alice', exact: true }).click();
      await page.getByRole('tab', { name: 'Security credentials' }).click();
      await page.getByTestId('console-access').waitFor();
      assert.equal(await page.getByTestId('change-password').count(), 0, 'root is not offered alice\'s own password change');

      await page.getByLabel('Acting as').selectOption('user/alice');
      const form = page.getByTestId('change-password');
      await form.waitFor();
      await form.getByLabel('Old password').fill('Alice-Admin-2026!');
      await form.getByLabel('New password', { exact: true }).fill('Spring-Rotation-2026#');
      await form.getByLabel('Confirm new password').fill('Spring-Rotation-2026');
      await form.getByRole('button', { name: 'Change password' }).click();
      assert.match((await form.getByRole('alert').textContent()) ?? '', /confirmation differ/);

      await form.getByLabel('New password', { exact: true }).fill('short');
      await form.getByLabel('Confirm new password').fill('short');
      await form.getByRole('button', { name: 'Change password' }).click();
      await page.locator('.console-main .action-text', { hasText: /PasswordPolicyViolation: Password should have a minimum length of 14/ }).waitFor();
      assert.equal(await page.getByTestId('step-passed').count(), 0);

      await form.getByLabel('New password', { exact: true }).fill('Spring-Rotation-2026#');
      await form.getByLabel('Confirm new password').fill('Spring-Rotation-2026#');
      await form.getByRole('button', { name: 'Change password' }).click();
      await page.getByTestId('step-passed').waitFor();
      assert.match((await page.locator('.console-main').textContent()) ?? '', /Your password has been changed\.[\s\S]*aws iam change-password/);
      assert.match((await page.getByTestId('events').textContent()) ?? '', /iam:ChangePassword by alice \(console\) — allowed/);
    },
  },
  {
    name: 'Assign MFA device lists its two kinds of device one per row',
    async run({ page, url }) {
      await page.goto(`${url}#/lesson/secure-root`);
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await openConsolePage(page, 'Security credentials (root)');
      await page.getByRole('button', { name: 'Assign MFA device' }).click();
      const app = await page.getByText(/^\s*Authenticator app/).boundingBox();
      const token = await page.getByText(/^\s*Hardware TOTP token/).boundingBox();
      assert.ok(app && token, 'both choices shown');
      assert.ok(token.y >= app.y + app.height - 1, `the hardware choice starts below the app choice (${app.y}+${app.height} vs ${token.y})`);
      assert.ok(Math.abs(token.x - app.x) < 2, 'both choices start at the same left edge');
    },
  },
];
