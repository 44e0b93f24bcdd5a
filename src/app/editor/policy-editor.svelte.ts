/**
 * The policy editor of one workspace: the text being written (a draft kept in the store), its live
 * findings, "test this policy" (a request decided against the text, refreshed as it changes), the
 * templates, and saving to the account as console calls, each echoed as an `aws` command line.
 */
import type { RequestCheck } from '../../lessons/types.ts';
import { resolvePrincipal } from '../../lessons/checks/principal-ref.ts';
import { cliEcho } from '../../core/cli/echo.ts';
import type { Finding } from '../../core/policy/types.ts';
import { validatePolicy } from '../../core/policy/validate.ts';
import { quickFixesFor, type QuickFix } from '../../core/policy/quick-fixes.ts';
import type { LessonPlayer } from '../lesson-player.svelte.ts';
import type { LabStore } from '../ports.ts';
import { readContextRows, type ContextRow } from '../context-rows.ts';
import { successMessage } from '../console/messages.ts';
import type { ActionResult } from '../console/console-state.svelte.ts';
import type { Workspace } from '../workspace.svelte.ts';
import { requestContext, testPolicy, type EditorPolicyKind, type PolicyTestResult } from './policy-test.ts';
import { savePlan, type SaveChoice } from './save-plan.ts';
import { summarizePolicy, type PolicySummaryResult } from './policy-summary.ts';
import { TEMPLATES, type PolicyTemplate } from './templates.ts';
import { realNowIso } from '../time.ts';

/** The text a new editor starts with. */
export const STARTER_TEXT = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    \n  ]\n}\n';

/** How long the summary waits after the last keystroke before it is recomputed (ms). */
export const SUMMARY_DEBOUNCE_MS = 300;

/** A lesson request the learner can test with one click. */
export interface LessonRequest {
  label: string;
  check: RequestCheck;
}

export class PolicyEditorModel {
  text = $state(STARTER_TEXT);
  kind: EditorPolicyKind = $state('identity');
  findings: Finding[] = $state.raw([]);
  /** How long the last validation took (ms). */
  validationMs = $state(0);
  /** Set when the draft has been read from the store (the editor may show its text). */
  loaded = $state(false);

  principal = $state('root');
  action = $state('');
  resource = $state('');
  contextRows: ContextRow[] = $state([]);
  private nextRowId = 1;

  save: SaveChoice = $state({ mode: 'create', name: '', policyArn: '', target: '' });
  results: ActionResult[] = $state([]);
  busy = $state(false);
  private nextResultId = 1;

  /** "What does this policy allow?": the summary of the text, recomputed a moment after it changes. */
  summary: PolicySummaryResult | undefined = $state.raw(undefined);
  /** True while a recomputation of the summary is waiting for the typing to pause. */
  summaryPending = $state(false);
  private summaryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly workspace: Workspace,
    private readonly store: LabStore,
    private readonly player: () => LessonPlayer | undefined,
  ) {
    this.validate();
  }

  /** The store key of this workspace's draft. */
  get draftId(): string {
    return `${this.workspace.id}:policy-editor`;
  }

  /** Read the saved draft, if any. */
  async load(): Promise<void> {
    const draft = await this.store.getDraft(this.draftId);
    if (draft && draft.text.trim() !== '') this.setText(draft.text, false);
    this.refreshSummary();
    this.loaded = true;
  }

  /** The learner changed the text: re-validate now, keep the draft (the store debounces writes). */
  setText(text: string, keep = true): void {
    if (text === this.text) return;
    this.text = text;
    this.validate();
    this.scheduleSummary();
    if (keep) void this.store.putDraft({ id: this.draftId, text, updatedAt: realNowIso() });
  }

  setKind(kind: EditorPolicyKind): void {
    this.kind = kind;
    this.validate();
    this.scheduleSummary();
  }

  /** Recompute the summary once the text has not changed for `delayMs` (the account may have changed too). */
  scheduleSummary(delayMs = SUMMARY_DEBOUNCE_MS): void {
    this.cancelSummary();
    this.summaryPending = true;
    this.summaryTimer = setTimeout(() => this.refreshSummary(), delayMs);
  }

  /** Drop a pending recomputation. */
  cancelSummary(): void {
    if (this.summaryTimer !== undefined) clearTimeout(this.summaryTimer);
    this.summaryTimer = undefined;
    this.summaryPending = false;
  }

  /** Recompute the summary now (it says so instead while the text is not valid JSON). */
  refreshSummary(): void {
    this.cancelSummary();
    this.summary = summarizePolicy(this.text, this.kind, this.workspace.account, this.workspace.now());
  }

  private validate(): void {
    const t0 = performance.now();
    this.findings = validatePolicy(this.text, { kind: this.kind });
    this.validationMs = performance.now() - t0;
  }

  /** Counts by finding type, for the list's heading. */
  get counts(): { errors: number; warnings: number; suggestions: number } {
    let errors = 0;
    let warnings = 0;
    let suggestions = 0;
    for (const f of this.findings) {
      if (f.findingType === 'ERROR') errors++;
      else if (f.findingType === 'SUGGESTION') suggestions++;
      else warnings++;
    }
    return { errors, warnings, suggestions };
  }

  /** The list's heading: "1 error, 2 warnings, 0 suggestions". */
  get countsLabel(): string {
    return findingCountsLabel(this.counts);
  }

  /** The certain fixes of a finding of the current text. */
  fixesFor(finding: Finding): QuickFix[] {
    return quickFixesFor(this.text, finding);
  }

  get templates(): readonly PolicyTemplate[] {
    return TEMPLATES;
  }

  /** Replace the text with a template. */
  useTemplate(id: string): PolicyTemplate | undefined {
    const t = TEMPLATES.find((x) => x.id === id);
    if (!t) return undefined;
    this.kind = t.kind;
    this.setText(t.text);
    this.scheduleSummary();
    return t;
  }

  /** Who can be tested: root, the account's users and roles. */
  get principals(): { value: string; label: string }[] {
    void this.workspace.version;
    const state = this.workspace.account;
    return [
      { value: 'root', label: 'root user' },
      ...Object.values(state.users).map((u) => ({ value: `user/${u.userName}`, label: `user ${u.userName}` })),
      ...Object.values(state.roles).map((r) => ({ value: `role/${r.roleName}`, label: `role ${r.roleName}` })),
    ];
  }

  /** The current lesson step's request checks that are shown to the learner. */
  get lessonRequests(): LessonRequest[] {
    const step = this.player()?.step;
    if (!step) return [];
    return step.checks.flatMap((c) => (c.kind === 'request' && !c.hidden ? [{ label: c.label, check: c as RequestCheck }] : []));
  }

  /** Fill the test form from a lesson request. */
  useLessonRequest(index: number): void {
    const r = this.lessonRequests[index];
    if (!r) return;
    this.principal = r.check.as;
    this.action = r.check.action;
    this.resource = r.check.resource;
    this.contextRows = Object.entries(r.check.context ?? {}).map(([key, v]) => ({
      id: this.nextRowId++,
      key,
      type: Array.isArray(v) ? 'list' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'number' : 'string',
      value: Array.isArray(v) ? v.join(', ') : String(v),
    }));
  }

  addContextRow(): void {
    this.contextRows = [...this.contextRows, { id: this.nextRowId++, key: '', type: 'string', value: '' }];
  }

  removeContextRow(id: number): void {
    this.contextRows = this.contextRows.filter((r) => r.id !== id);
  }

  /** The decision for the test request (recomputed as the text, form or account changes). */
  get testResult(): PolicyTestResult | undefined {
    void this.workspace.version;
    if (this.action.trim() === '' && this.resource.trim() === '') return undefined;
    const state = this.workspace.account;
    const who = resolvePrincipal(state, this.principal);
    if (!who) return { ok: false, problem: `There is no ${this.principal} in this account.` };
    const { context, problems } = readContextRows(this.contextRows);
    if (problems.length > 0) return { ok: false, problem: problems.join(' ') };
    return testPolicy(this.text, this.kind, {
      principalArn: who.arn,
      action: this.action,
      resource: this.resource,
      context: requestContext(this.workspace.now(), context),
    }, state.accountId);
  }

  /** Save to the account (and attach), one console call after the other, stopping at the first failure. */
  async saveToAccount(): Promise<boolean> {
    // As the console's forms: a policy with an ERROR finding is not saved (IAM would refuse some of them and
    // accept others, such as a misspelt action, that then silently grant nothing).
    const errors = this.counts.errors;
    if (errors > 0) {
      const problem = `Fix the policy's ${errors === 1 ? 'error' : `${errors} errors`} first (see Findings); then save.`;
      this.results = [{ id: this.nextResultId++, ok: false, operation: '', text: problem, cli: '' }];
      return false;
    }
    const plan = savePlan(this.save, this.text, this.workspace.account.accountId);
    if ('problem' in plan) {
      this.results = [{ id: this.nextResultId++, ok: false, operation: '', text: plan.problem, cli: '' }];
      return false;
    }
    this.busy = true;
    this.results = [];
    try {
      for (const call of plan) {
        const r = await this.workspace.call('iam', call.operation, call.params, 'console');
        this.results = [
          ...this.results,
          {
            id: this.nextResultId++,
            ok: r.ok,
            operation: call.operation,
            text: r.ok ? successMessage(call.operation, call.params) : `${r.error.code}: ${r.error.message}`,
            cli: cliEcho('iam', call.operation, call.params),
          },
        ];
        if (!r.ok) return false;
      }
      return true;
    } finally {
      this.busy = false;
    }
  }
}

const byWorkspace = new WeakMap<Workspace, PolicyEditorModel>();

/** The policy editor of a workspace (made on first use, its draft read from the store). */
export function policyEditorFor(workspace: Workspace, store: LabStore, player: () => LessonPlayer | undefined): PolicyEditorModel {
  let model = byWorkspace.get(workspace);
  if (!model) {
    model = new PolicyEditorModel(workspace, store, player);
    void model.load();
    byWorkspace.set(workspace, model);
  }
  return model;
}

/** Counts of findings in words, singular where there is one: "1 error, 2 warnings, 0 suggestions". */
export function findingCountsLabel(c: { errors: number; warnings: number; suggestions: number }): string {
  const words = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  return `${words(c.errors, 'error')}, ${words(c.warnings, 'warning')}, ${words(c.suggestions, 'suggestion')}`;
}
