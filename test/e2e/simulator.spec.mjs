// The policy simulator in real Chromium: paste, decide, deny, break the JSON, load examples, keyboard.
import assert from 'node:assert/strict';

const ALICE = 'arn:aws:iam::111122223333:user/alice';

const allowRead = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
  },
  null,
  2,
);

const denyRead = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NoReportReads', Effect: 'Deny', Action: 's3:Get*', Resource: '*' }],
  },
  null,
  2,
);

/** Waits until the decision headline reads exactly `want`; fails with what it read instead. */
async function expectDecision(page, want) {
  const decision = page.getByTestId('decision');
  try {
    await page.waitForFunction(
      (w) => document.querySelector('[data-testid="decision"]')?.textContent?.trim() === w,
      want,
      { timeout: 5000 },
    );
  } catch {
    assert.fail(`decision should read "${want}" but reads "${(await decision.textContent())?.trim()}"`);
  }
}

/** Opens the app, starts from an empty simulator, and fills one identity policy and the request. */
async function startWithAllow(page, url) {
  await page.goto(`${url}#/simulator`);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByLabel('identity policy: identity policy 1 (JSON)', { exact: true }).fill(allowRead);
  await page.getByLabel('Principal ARN').fill(ALICE);
  await page.getByLabel('Action').fill('s3:GetObject');
  await page.getByLabel('Resource ARN').fill('arn:aws:s3:::reports/2024/q1.csv');
}

export const tests = [
  {
    name: 'a pasted identity policy allows a matching request',
    async run({ page, url }) {
      await startWithAllow(page, url);
      await expectDecision(page, 'Allow');
      const deciding = await page.getByTestId('deciding').textContent();
      assert.match(deciding ?? '', /ReadReports/);
      assert.match(deciding ?? '', /identity policy 1/);

      // A different bucket no longer matches: implicit deny, and the statement says why.
      await page.getByLabel('Resource ARN').fill('arn:aws:s3:::payroll/salaries.csv');
      await expectDecision(page, 'Implicit deny');
      const others = await page.getByTestId('others').textContent();
      assert.match(others ?? '', /Its Resource does not match arn:aws:s3:::payroll\/salaries\.csv\./);
    },
  },
  {
    name: 'adding a Deny gives an explicit deny naming the deciding Sid',
    async run({ page, url }) {
      await startWithAllow(page, url);
      await expectDecision(page, 'Allow');
      await page.getByRole('button', { name: 'Add identity policy' }).click();
      await page.getByLabel('identity policy: identity policy 2 (JSON)', { exact: true }).fill(denyRead);
      await expectDecision(page, 'Explicit deny');
      const deciding = await page.getByTestId('deciding').textContent();
      assert.match(deciding ?? '', /NoReportReads/);
      assert.match(deciding ?? '', /Deny/);
      assert.doesNotMatch(deciding ?? '', /ReadReports/, 'the overridden allow is not a deciding statement');
      const others = await page.getByTestId('others').textContent();
      assert.match(others ?? '', /ReadReports[\s\S]*explicit deny overrides it/);
    },
  },
  {
    name: 'malformed JSON shows a finding with line and column, and recovers',
    async run({ page, url }) {
      await startWithAllow(page, url);
      await expectDecision(page, 'Allow');
      const box = page.getByLabel('identity policy: identity policy 1 (JSON)', { exact: true });
      const broken = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "*" }\n  ]\n}';
      await box.fill(broken);
      await expectDecision(page, 'Fix the policy JSON');
      assert.equal(await box.getAttribute('aria-invalid'), 'true');

      const where = page.locator('.finding-error .finding-where').first();
      const label = (await where.textContent())?.trim() ?? '';
      const m = /^line (\d+):(\d+)$/.exec(label);
      assert.ok(m, `the finding shows line:column, got "${label}"`);
      assert.equal(Number(m[1]), 4, 'the missing comma is on line 4');
      const brokenList = await page.getByTestId('broken').textContent();
      assert.match(brokenList ?? '', /identity policy 1[\s\S]*line 4:\d+/);

      // "Show" moves the caret to the finding, inside the text box.
      await where.click();
      const caret = await box.evaluate((el) => el.selectionStart);
      const lineOfCaret = broken.slice(0, caret).split('\n').length;
      assert.equal(lineOfCaret, 4);

      // Text that is not even an object, then back to a valid policy: the page keeps working.
      await box.fill('[1, 2');
      await expectDecision(page, 'Fix the policy JSON');
      await box.fill(allowRead);
      await expectDecision(page, 'Allow');
    },
  },
  {
    name: 'each example loads and decides as AWS documents',
    async run({ page, url }) {
      await page.goto(`${url}#/simulator`);
      const expected = {
        'An explicit deny beats an allow': 'Explicit deny',
        'A condition that asks for MFA': 'Implicit deny',
        'A bucket policy that names a user': 'Allow',
        'A permissions boundary limits an administrator': 'Implicit deny',
      };
      for (const [title, decision] of Object.entries(expected)) {
        await page.getByLabel('Example').selectOption({ label: title });
        await page.getByRole('button', { name: 'Load example' }).click();
        await expectDecision(page, decision);
        assert.ok(await page.getByTestId('lesson').isVisible(), `${title}: the lesson text is shown`);
      }

      // The MFA example flips to Allow when MFA is present, and names the key when it is missing.
      await page.getByLabel('Example').selectOption({ label: 'A condition that asks for MFA' });
      await page.getByRole('button', { name: 'Load example' }).click();
      await expectDecision(page, 'Implicit deny');
      await page.getByLabel('Value of context key 1').selectOption('true');
      await expectDecision(page, 'Allow');
      await page.getByRole('button', { name: 'Remove context key 1' }).click();
      await expectDecision(page, 'Implicit deny');
      const missing = await page.getByTestId('missing-keys').textContent();
      assert.match(missing ?? '', /aws:MultiFactorAuthPresent/);
    },
  },
  {
    name: 'works from the keyboard alone, with a visible focus ring',
    async run({ page, url }) {
      await page.goto(`${url}#/simulator`);
      await page.getByRole('button', { name: 'Start empty' }).waitFor();
      // Tab order: the shell's skip link and navigation, then the page's own skip link, then the example menu.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to main content');
      let seenSkipToDecision = false;
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const active = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
        if (active.text === 'Skip to the decision') seenSkipToDecision = true;
        if (active.id === 'example-select') break;
      }
      assert.ok(seenSkipToDecision, 'the page offers its own skip link before the example menu');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'example-select');
      // Pick the bucket-policy example with arrow keys, then Tab to "Load example" and press Enter.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      assert.equal((await focused.textContent())?.trim(), 'Load example');
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none', 'a keyboard-focused button shows a focus outline');
      await page.keyboard.press('Enter');
      await expectDecision(page, 'Allow');
      const deciding = await page.getByTestId('deciding').textContent();
      assert.match(deciding ?? '', /AliceReadsReports/);
    },
  },
];
