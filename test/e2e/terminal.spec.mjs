// The terminal, the API form and the account panel in real Chromium: a learner does the whole
// `create-users` lesson by typing aws commands (Tab completion included), reloads mid-lesson and finds
// everything where it was, and axe finds no serious problem with the terminal open.
import assert from 'node:assert/strict';
import { axeProblems } from './lib/axe.mjs';
import { setTheme } from './lib/workspace.mjs';


/** Opens the create-users lesson, starts it (when it shows its intro) and opens the Terminal tab. */
async function openLessonTerminal(page, url, { start = true } = {}) {
  await page.goto(`${url}#/lesson/create-users`);
  if (start) await page.getByRole('button', { name: 'Start the lesson' }).click();
  await page.getByRole('tab', { name: 'Terminal' }).click();
  const input = page.getByLabel('Command line', { exact: true });
  await input.waitFor();
  return input;
}

const entries = (page) => page.locator('[data-testid="terminal-output"] .terminal-entry');

/** Waits until the terminal shows `count` output blocks. */
async function waitEntries(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="terminal-output"] .terminal-entry').length >= n, count, { timeout: 5000 });
}

/** Types a whole command line and runs it; returns the block it printed. */
async function run(page, input, command) {
  const before = await entries(page).count();
  await input.fill(command);
  await input.press('Enter');
  await waitEntries(page, before + 1);
  return (await entries(page).nth(before).textContent()) ?? '';
}

/** Types `typed`, presses Tab, and checks the line then reads `expected`. */
async function tabTo(input, typed, expected) {
  await input.fill(typed);
  await input.press('End');
  await input.press('Tab');
  assert.equal(await input.inputValue(), expected, `Tab after "${typed}"`);
  await assert.doesNotReject(input.evaluate((el) => document.activeElement === el || Promise.reject(new Error('focus left the command line'))));
}

/** Continues typing at the end of the line, then runs it. */
async function finish(page, input, rest) {
  const before = await entries(page).count();
  await input.press('End');
  await page.keyboard.type(rest);
  await input.press('Enter');
  await waitEntries(page, before + 1);
  return (await entries(page).nth(before).textContent()) ?? '';
}

async function stepPassed(page) {
  await page.getByRole('heading', { name: /Step passed/ }).waitFor({ timeout: 5000 });
}

/** Step 1 (alice) through the terminal, with Tab completing the operation name. */
async function doAlice(page, input) {
  await tabTo(input, 'aws iam create-us', 'aws iam create-user ');
  const created = await finish(page, input, '--user-name alice');
  assert.match(created, /"UserName": "alice"/);
  const profile = await run(page, input, "aws iam create-login-profile --user-name alice --password 'First-Login-2026' --password-reset-required");
  assert.match(profile, /"PasswordResetRequired": true/);
  await stepPassed(page);
}

export const tests = [
  {
    name: 'a new learner completes create-users entirely through the terminal',
    async run({ page, url }) {
      const input = await openLessonTerminal(page, url);

      // help, a mistake (red stderr), history and Ctrl+C on the way.
      assert.match(await run(page, input, 'help'), /Tab\s+complete services/);
      const wrong = await run(page, input, 'aws iam get-user --user-name alice');
      assert.match(wrong, /An error occurred \(NoSuchEntity\) when calling the GetUser operation/);
      assert.equal(await entries(page).last().locator('.stderr').count(), 1, 'stderr is marked');

      await doAlice(page, input);
      await page.getByRole('button', { name: 'Next step' }).click();

      // Step 2: several candidates are listed, then a unique one completes.
      await input.fill('aws iam create-');
      await input.press('Tab');
      const listed = await page.getByTestId('completions').textContent();
      assert.match(listed ?? '', /create-access-key/);
      assert.match(listed ?? '', /create-login-profile/);
      await run(page, input, 'aws iam create-user --user-name deploy-bot');
      await tabTo(input, 'aws iam create-access-key --user-name dep', 'aws iam create-access-key --user-name deploy-bot ');
      await input.press('Enter');
      await page.waitForFunction(() => /"SecretAccessKey"/.test(document.querySelector('[data-testid="terminal-output"]')?.textContent ?? ''));
      await stepPassed(page);
      await page.getByRole('button', { name: 'Next step' }).click();

      // Step 3: the user name and the policy ARN come from Tab.
      await tabTo(input, 'aws iam attach-user-policy --user-name ali', 'aws iam attach-user-policy --user-name alice ');
      await tabTo(
        input,
        'aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/ReadO',
        'aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess ',
      );
      await input.press('Enter');
      await stepPassed(page);
      await page.getByRole('button', { name: 'Finish the lesson' }).click();
      await page.getByRole('heading', { name: /Lesson complete/ }).waitFor();

      // ↑ brings back the last command; Ctrl+C abandons a line; Ctrl+L clears the screen.
      await input.press('ArrowUp');
      assert.match(await input.inputValue(), /attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy\/ReadOnlyAccess/);
      await input.press('Control+c');
      assert.equal(await input.inputValue(), '');
      assert.match((await entries(page).last().textContent()) ?? '', /\^C\s*$/);
      await input.press('Control+l');
      assert.equal(await entries(page).count(), 0);
    },
  },
  {
    name: 'reload in the middle of the lesson: same step, same account, same terminal history',
    async run({ page, url }) {
      const input = await openLessonTerminal(page, url);
      await doAlice(page, input);
      await page.getByRole('button', { name: 'Next step' }).click();
      await page.getByText('Step 2 of 3').waitFor();
      await run(page, input, 'aws iam create-user --user-name deploy-bot');
      // Let the debounced saves land (workspace 300 ms, terminal history 400 ms), as they do while a learner
      // reads the output. A reload within 400 ms of a command loses that newest history line (reported).
      await page.waitForTimeout(1000);

      await page.reload();
      await page.getByText('Step 2 of 3').waitFor();
      await page.getByRole('tab', { name: 'Terminal' }).click();
      const again = page.getByLabel('Command line', { exact: true });
      await again.press('ArrowUp');
      assert.equal(await again.inputValue(), 'aws iam create-user --user-name deploy-bot');
      await again.press('ArrowUp');
      assert.match(await again.inputValue(), /create-login-profile --user-name alice/);
      // The account kept alice and deploy-bot.
      const users = await run(page, again, 'aws iam list-users --query Users[].UserName --output text');
      assert.match(users, /alice\s+deploy-bot/);
      const options = await page.getByLabel('Acting as').locator('option').allTextContents();
      assert.ok(options.includes('IAM user deploy-bot'), options.join(', '));
      // Finish the step after the reload.
      await run(page, again, 'aws iam create-access-key --user-name deploy-bot');
      await stepPassed(page);
    },
  },
  {
    name: 'the account panel switches callers, advances the clock and explains denials',
    async run({ page, url }) {
      const input = await openLessonTerminal(page, url);
      await run(page, input, 'aws iam create-user --user-name bob');
      await page.getByLabel('Acting as').selectOption({ label: 'IAM user bob' });
      assert.match((await page.getByTestId('acting-as-meaning').textContent()) ?? '', /IAM user bob/);
      const denied = await run(page, input, 'aws iam list-users');
      assert.match(denied, /AccessDenied/);

      await page.getByLabel('Show').selectOption('denied');
      const rows = page.locator('[data-testid="events"] > li');
      assert.equal(await rows.count(), 1);
      assert.match((await rows.first().textContent()) ?? '', /iam:ListUsers by bob[\s\S]*User: arn:aws:iam::111122223333:user\/bob is not authorized to perform: iam:ListUsers/);
      await rows.first().locator('summary').click();
      assert.match((await rows.first().locator('.event-more').textContent()) ?? '', /Request parameters/);
      await page.getByLabel('Show').selectOption('all');
      await page.getByLabel('by', { exact: true }).selectOption('root');
      assert.match((await rows.first().textContent()) ?? '', /iam:CreateUser by root/);

      const before = (await page.getByTestId('clock').textContent()) ?? '';
      await page.getByRole('button', { name: '+400 days' }).click();
      await page.waitForFunction((b) => document.querySelector('[data-testid="clock"]')?.textContent !== b, before);
      const after = (await page.getByTestId('clock').textContent()) ?? '';
      assert.equal(Date.parse(after.replace(' UTC', 'Z').replace(' ', 'T')) - Date.parse(before.replace(' UTC', 'Z').replace(' ', 'T')), 400 * 86_400_000);
    },
  },
  {
    name: 'a multi-line paste runs each line; a clicked example fills the line',
    async run({ page, url }) {
      const input = await openLessonTerminal(page, url);
      await input.focus();
      await input.evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'aws iam create-user --user-name alice\n$ aws iam create-login-profile \\\n  --user-name alice --password First-Login-2026 --password-reset-required\n');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await waitEntries(page, 2);
      const texts = await entries(page).allTextContents();
      assert.equal(texts.length, 2);
      assert.match(texts[0], /^\$ aws iam create-user --user-name alice\n\{/);
      assert.match(texts[1], /"PasswordResetRequired": true/);
      // More output than fits: the newest stays in view.
      await run(page, input, 'help');
      await run(page, input, 'aws iam get-user --user-name alice');
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="terminal-output"]');
        return el && el.scrollHeight > el.clientHeight && el.scrollHeight - el.scrollTop - el.clientHeight < 2;
      });
      await page.getByRole('button', { name: 'aws iam list-attached-user-policies --user-name alice' }).click();
      assert.equal(await input.inputValue(), 'aws iam list-attached-user-policies --user-name alice');
      assert.ok(await input.evaluate((el) => document.activeElement === el), 'the line has the focus');
    },
  },
  {
    name: 'the API form sends a Query API request and shows the XML and the CLI equivalent',
    async run({ page, url }) {
      await page.goto(`${url}#/lesson/create-users`);
      await page.getByRole('button', { name: 'Start the lesson' }).click();
      await page.getByRole('tab', { name: 'API' }).click();
      await page.getByLabel('Operation (Action)').selectOption('iam:CreateUser');
      await page.getByLabel(/^UserName/).fill('carol');
      await page.getByLabel(/^Tags/).fill('team=data');
      assert.equal(
        await page.getByTestId('api-body').inputValue(),
        'Action=CreateUser&Version=2010-05-08&UserName=carol&Tags.member.1.Key=team&Tags.member.1.Value=data',
      );
      assert.equal(await page.getByTestId('api-cli').textContent(), "aws iam create-user --user-name carol --tags '[{\"Key\":\"team\",\"Value\":\"data\"}]'");
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByTestId('api-response').waitFor();
      assert.equal(await page.getByTestId('api-status').textContent(), 'HTTP/1.1 200 OK');
      assert.match((await page.getByTestId('api-response').textContent()) ?? '', /<CreateUserResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/">\n  <CreateUserResult>\n    <User>/);
      // Send it again: AWS's error XML comes back.
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { name: 'Error response: EntityAlreadyExists' }).waitFor();
      assert.equal(await page.getByTestId('api-status').textContent(), 'HTTP/1.1 409 Conflict');
      // The raw body is editable, and the picker and fields follow it.
      await page.getByTestId('api-body').fill('Action=GetUser&Version=2010-05-08&UserName=carol');
      assert.equal(await page.getByLabel('Operation (Action)').inputValue(), 'iam:GetUser');
      assert.equal(await page.getByLabel(/^UserName/).inputValue(), 'carol');
      assert.equal(await page.getByTestId('api-cli').textContent(), 'aws iam get-user --user-name carol');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { name: 'Response' }).waitFor();
      assert.match((await page.getByTestId('api-response').textContent()) ?? '', /<GetUserResult>[\s\S]*<UserName>carol<\/UserName>/);
    },
  },
  {
    name: 'axe finds no serious or critical violation on the lesson page with the terminal open (light and dark), nor on the API form',
    async run({ page, url }) {
      const input = await openLessonTerminal(page, url);
      await run(page, input, 'aws iam create-user --user-name alice');
      await run(page, input, 'aws iam nope');
      await page.locator('[data-testid="events"] summary').first().click();
      await input.fill('aws iam list-');
      await input.press('Tab');
      await page.getByTestId('completions').waitFor();
      const problems = [];
      for (const theme of ['light', 'dark']) {
        await setTheme(page, theme);
        for (const v of await axeProblems(page)) problems.push(`terminal, ${theme}: ${v}`);
      }
      await page.getByRole('tab', { name: 'API' }).click();
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByTestId('api-response').waitFor();
      for (const v of await axeProblems(page)) problems.push(`API form: ${v}`);
      assert.deepEqual(problems, []);
    },
  },
];
