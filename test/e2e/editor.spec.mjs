// The Monaco policy editor in real Chromium, in the least-privilege lesson: Monaco loads only when the
// "Policy editor" tab is first opened (its size is measured), a typed policy gets finding markers with
// their issue codes, a quick fix repairs one, a lesson request is tested with the deciding statement
// highlighted, and the policy is saved and attached to analyst (each call echoed as a CLI command) so the
// step passes. Also: keystroke-to-markers time for a 6 KB policy.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { axeProblems } from './lib/axe.mjs';
import { setTheme, startLesson } from './lib/workspace.mjs';


const POLICY = `{
  "Statement": [
    { "Sid": "ListReports", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::reports" },
    { "Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObject"], "Resource": "arn:aws:s3:::reports/*" }
  ]
}`;

/** Opens least-privilege, starts it and opens the Policy editor tab; resolves when Monaco is ready. */
async function openEditor(page, url) {
  await startLesson(page, url, 'least-privilege', 2);
  await page.getByRole('tab', { name: 'Policy editor' }).click();
  await page.getByTestId('monaco-host').locator('.monaco-editor .view-lines').waitFor();
}

/** Replaces the editor's whole text by pasting it (typing would let Monaco close brackets itself). */
async function typeText(page, text) {
  await page.getByTestId('monaco-host').locator('.monaco-editor .view-lines').click({ position: { x: 30, y: 8 } });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The issue codes in the findings list beside the editor. */
async function listedCodes(page) {
  return page.getByTestId('findings').locator('li code').allTextContents();
}

/** A policy of about 6 KB: many statements, each with a condition. */
function bigPolicy() {
  const statements = [];
  for (let i = 0; statements.length < 60; i++) {
    statements.push({
      Sid: `S${i}`,
      Effect: i % 5 === 0 ? 'Deny' : 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
  }
  let text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 1);
  while (text.length > 6200) {
    statements.pop();
    text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 1);
  }
  return text;
}

export const tests = [
  {
    name: 'least-privilege in the editor: markers with codes, a quick fix, a tested request highlighted, saved and attached, step passes',
    async run({ page, url, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // Monaco's size: every JS/CSS body fetched once the editor tab is opened.
      const bodies = [];
      let counting = false;
      context.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        // The service worker's own precache fetches are not what the editor loads.
        if (r.request().serviceWorker() || bodies.some((b) => b.path === path)) return;
        if (counting && /\.(js|css)$/.test(path)) bodies.push({ path, body: r.body().catch(() => Buffer.alloc(0)) });
      });
      await startLesson(page, url, 'least-privilege', 2);
      counting = true;
      await page.getByRole('tab', { name: 'Policy editor' }).click();
      await page.getByTestId('monaco-host').locator('.monaco-editor .view-lines').waitFor();
      await page.waitForLoadState('networkidle');
      counting = false;
      const files = await Promise.all(bodies.map(async (b) => ({ path: b.path, gzip: gzipSync(await b.body, { level: 9 }).length })));
      const total = files.reduce((n, f) => n + f.gzip, 0);
      // The workers themselves start later (when a language feature first needs them): not counted here.
      console.log(`     editor load: ${(total / 1024).toFixed(1)} KB gzip of JS+CSS in ${files.length} files on first open`);
      assert.ok(total > 100 * 1024, 'Monaco was loaded when the tab opened');

      // Type a policy: a missing Version and a duplicate action, shown as markers with their codes.
      await typeText(page, POLICY);
      await page.waitForFunction(() => document.querySelector('[data-testid="findings"]')?.textContent?.includes('MISSING_VERSION'));
      assert.deepEqual((await listedCodes(page)).sort(), ['MISSING_VERSION', 'REDUNDANT_ACTION']);
      await page.getByTestId('monaco-host').locator('.squiggly-warning').first().waitFor();
      // The marker itself carries the code: jump to it (F8) and read Monaco's problem widget.
      await page.getByTestId('findings').getByRole('button', { name: /MISSING_VERSION/ }).click();
      await page.keyboard.press('F8');
      const widget = page.getByTestId('monaco-host').locator('.marker-widget');
      await widget.waitFor();
      assert.match((await widget.textContent()) ?? '', /MISSING_VERSION/);
      await page.keyboard.press('Escape');

      // Its quick fix (Ctrl+.): Version is added and the finding is gone.
      await page.getByTestId('findings').getByRole('button', { name: /MISSING_VERSION/ }).click();
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget').getByText('Add "Version": "2012-10-17"');
      await fix.waitFor();
      await fix.click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="findings"]')?.textContent?.includes('MISSING_VERSION'));
      // And the duplicate action's, from the button in the findings list.
      await page.getByTestId('findings').getByRole('button', { name: 'Fix: Remove "s3:GetObject"' }).click();
      await page.getByTestId('findings').getByText('No findings.').waitFor();

      // Test a request of the lesson: allowed by ReadReports, which is highlighted in the editor.
      await page.getByLabel('A request from this step').selectOption({ label: 'analyst can read objects in reports' });
      await page.getByTestId('pe-decision').getByText('Allow').waitFor();
      await page.getByTestId('monaco-host').locator('.policy-deciding').first().waitFor();
      const verdicts = await page.getByTestId('test-result').textContent();
      assert.match(verdicts ?? '', /ReadReports\) — Allow — decides it/);
      assert.match(verdicts ?? '', /Its Action does not include s3:GetObject/);
      // Refreshes as the form changes: payroll is denied, nothing highlighted.
      await page.getByLabel('Resource', { exact: true }).fill('arn:aws:s3:::payroll/salaries.csv');
      await page.getByTestId('pe-decision').getByText('Implicit deny').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="monaco-host"] .policy-deciding').length === 0);

      // Save as ReportsReadOnly, attached to analyst: two console calls with their CLI echo; the step passes.
      await page.getByLabel('Policy name').fill('ReportsReadOnly');
      await page.getByLabel('Then attach it to').selectOption('user/analyst');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const echoes = page.getByTestId('policy-editor').getByTestId('cli-echo');
      await echoes.nth(1).waitFor();
      const cli = await echoes.allTextContents();
      assert.match(cli[0] ?? '', /^aws iam create-policy --policy-name ReportsReadOnly --policy-document /);
      assert.equal(cli[1], 'aws iam attach-user-policy --user-name analyst --policy-arn arn:aws:iam::111122223333:policy/ReportsReadOnly');
      await page.getByTestId('step-passed').waitFor();
    },
  },
  {
    name: 'a 6 KB policy: every keystroke re-marks it (time reported, target 50 ms); the draft survives a reload',
    async run({ page, url, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openEditor(page, url);
      const text = bigPolicy();
      await typeText(page, text);
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="findings"]')?.getAttribute('data-markers-ms')) > 0);
      // Now single keystrokes at the end of a 6 KB document.
      const times = [];
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('ControlOrMeta+End');
        await page.keyboard.type(' ');
        const ms = Number(await page.getByTestId('findings').getAttribute('data-markers-ms'));
        times.push(ms);
      }
      // Speed is reported, not asserted (a shared machine makes wall-clock limits flaky); the validator's own
      // benchmark (npm run bench) tracks it. What must hold: every keystroke produced a measured re-mark.
      const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
      console.log(`     keystroke to markers, ${text.length} B policy: ${times.map((t) => t.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)}, target < 50)`);
      assert.ok(times.every((t) => Number.isFinite(t) && t > 0), `each keystroke was measured: ${times.join(', ')}`);

      // The draft is kept per workspace: it is back after a reload.
      await page.waitForTimeout(1500);
      await page.reload();
      await page.getByRole('tab', { name: 'Policy editor' }).click();
      await page.getByTestId('monaco-host').locator('.monaco-editor').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('"S0"'));
    },
  },
  {
    name: 'completion from the catalogue, hover with the access level, format document, a template; no serious axe violation',
    async run({ page, url, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openEditor(page, url);
      const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObj", "Resource": "*"}]}';
      await typeText(page, policy);
      // Cursor after "s3:Get": ask for suggestions; actions come with their access level.
      await page.keyboard.press('Home');
      for (let i = 0; i < policy.indexOf('s3:GetObj') + 9; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+Space');
      const suggest = page.getByTestId('monaco-host').locator('.suggest-widget');
      const row = suggest.locator('.monaco-list-row', { hasText: 's3:GetObject' }).first();
      await row.waitFor();
      const rows = await suggest.locator('.monaco-list-row').allTextContents();
      assert.ok(rows.some((r) => r.startsWith('s3:Get')), `suggestions: ${rows.join(' | ')}`);
      await suggest.locator('.monaco-list-row', { hasText: /^s3:GetObject/ }).first().click();
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('"s3:GetObject"'));

      // Hover on the action: what it is and its access level.
      await page.getByTestId('monaco-host').locator('.view-lines span', { hasText: 's3:GetObject' }).last().hover();
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Access level' });
      await hover.first().waitFor();
      assert.match((await hover.first().textContent()) ?? '', /Access level: Read/);

      // Format document spreads the one-line policy over several lines.
      await page.mouse.move(0, 0);
      await page.getByRole('button', { name: 'Format document' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="monaco-host"] .view-line').length > 5);

      // A template replaces the text and explains itself.
      await page.getByLabel('Start from').selectOption({ label: 'Deny everything without MFA' });
      await page.getByText(/An explicit Deny overrides every Allow/).waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('DenyAllWithoutMFA'));

      assert.deepEqual(await axeProblems(page), [], 'light theme');
      await setTheme(page, 'dark');
      await page.getByTestId('monaco-host').locator('.monaco-editor.vs-dark').waitFor();
      assert.deepEqual(await axeProblems(page), [], 'dark theme');
    },
  },
  {
    name: 'what does this policy allow: the summary follows the pasted policy (S3 Read Limited on the bucket, examples); its time for the lesson policy and a 6 KB one',
    async run({ page, url, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openEditor(page, url);
      const panel = page.getByTestId('policy-summary');
      await panel.getByRole('heading', { name: 'What does this policy allow?' }).waitFor();
      const summaryMs = async () => Number(/in ([\d.]+) ms/.exec((await panel.locator('.pe-timing').textContent()) ?? '')?.[1]);

      // Several short lines: after pasting one long line Monaco scrolls sideways, out of typeText's click.
      const getStar = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::reports/*' }] }, null, 2);
      await typeText(page, getStar);
      const read = panel.locator('[data-row="s3/Read"]');
      await read.waitFor();
      const head = (await read.locator('summary').textContent()) ?? '';
      assert.match(head, /S3 · Read · Limited: \d+ of \d+ actions/);
      assert.match(head, /arn:aws:s3:::reports\/q1\.csv/);
      assert.doesNotMatch(head, /payroll/);
      assert.equal(await panel.locator('[data-testid="summary-row"]').count(), 1, 'only S3 Read');
      // Not valid JSON: the summary waits and says so.
      await typeText(page, getStar.slice(0, -3));
      await panel.getByText(/not valid JSON yet/).waitFor();

      // The lesson's reference policy, then a 6 KB policy: how long one summary takes here.
      await typeText(page, POLICY);
      await panel.locator('[data-row="s3/List"]').waitFor();
      await panel.locator('[data-row="s3/Read"]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="policy-summary"]')?.textContent?.includes('Updating'));
      const small = await summaryMs();
      const big = bigPolicy();
      await typeText(page, big);
      await page.waitForFunction(() => document.querySelector('[data-row="s3/Read"] summary')?.textContent?.includes('bucket-'));
      await page.waitForFunction(() => !document.querySelector('[data-testid="policy-summary"]')?.textContent?.includes('Updating'));
      const large = await summaryMs();
      console.log(`     summary: least-privilege policy ${small.toFixed(1)} ms, ${big.length} B policy ${large.toFixed(1)} ms`);
      assert.ok(Number.isFinite(small) && Number.isFinite(large));

      // Back to s3:Get*; expanded, its row lists concrete requests it allows.
      await page.keyboard.press('ControlOrMeta+Home'); // scrolls the long text back to its top
      await typeText(page, getStar);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="summary-row"]').length === 1);
      await read.locator('summary').click();
      const examples = await read.locator('.pe-summary-examples li').allTextContents();
      assert.ok(examples.length > 0 && examples.every((e) => /^s3:Get\S* on arn:aws:s3:::reports\//.test(e)), examples.join(' | '));

      assert.deepEqual(await axeProblems(page), [], 'summary panel');
    },
  },
  {
    name: 'undo survives switching to another tab and back; another workspace starts with a fresh history',
    async run({ page, url, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openEditor(page, url);
      const lines = () => page.evaluate(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent ?? '');
      await typeText(page, '{ "Version": "2012-10-17", "Statement": [] }');
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('"Statement"'));
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('qqq');
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('qqq'));

      // Away to the terminal: the editor is unmounted (not just hidden) …
      await page.getByRole('tab', { name: 'Terminal' }).click();
      await page.getByLabel('Command line', { exact: true }).waitFor();
      assert.equal(await page.getByTestId('monaco-host').count(), 0, 'the editor is gone while another tab shows');
      // … and back: the text is there, and Ctrl+Z undoes the typing done before the switch.
      await page.getByRole('tab', { name: 'Policy editor' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('qqq'));
      await page.getByTestId('monaco-host').locator('.view-lines .view-line').first().click();
      await page.keyboard.press('ControlOrMeta+Z');
      try {
        await page.waitForFunction(() => !document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('q'), null, { timeout: 3000 });
      } catch {
        assert.fail(`Ctrl+Z after the tab switch did not undo the typing: ${await lines()}`);
      }
      assert.match(await lines(), /"Statement"/, 'only the typing was undone');
      // Redo works too, and the findings follow the text.
      await page.keyboard.press('ControlOrMeta+Shift+Z');
      await page.waitForFunction(() => document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('qqq'));

      // Another lesson is another workspace: its editor does not undo into this one's text.
      await page.goto(`${url}#/sandbox`);
      await page.getByRole('tab', { name: 'Policy editor' }).click();
      await page.getByTestId('monaco-host').locator('.monaco-editor .view-lines').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="monaco-host"] .view-lines')?.textContent?.includes('qqq'));
      const fresh = await lines();
      await page.getByTestId('monaco-host').locator('.view-lines .view-line').first().click();
      await page.keyboard.press('ControlOrMeta+Z');
      await page.waitForTimeout(200);
      assert.equal(await lines(), fresh, "nothing of the lesson's history to undo in the sandbox");
    },
  },
];
