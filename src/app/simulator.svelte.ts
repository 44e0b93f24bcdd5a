import type { PolicySetKind } from '../core/engine/types.ts';
import type { ContextRow, ContextValueType } from './context-rows.ts';
import { evaluate, statusOf, type Outcome, type PolicyDraft, type PolicyStatus } from './evaluate.ts';
import { EXAMPLES } from './examples.ts';
import { FindingCache } from './finding-cache.ts';
import { DEFAULT_NAMES, KIND_ORDER, MULTI_KINDS, SINGLE_KINDS } from './policy-kinds.ts';

export type { Outcome, PolicyDraft, PolicyStatus } from './evaluate.ts';
export { MULTI_KINDS } from './policy-kinds.ts';

/** The policy simulator's state: policy texts, the request form, and the derived findings and decision. */
export class Simulator {
  drafts = $state<PolicyDraft[]>([]);
  principal = $state('');
  action = $state('');
  resource = $state('');
  resourceAccount = $state('');
  contextRows = $state<ContextRow[]>([]);
  /** What the loaded example teaches; empty when the learner started from scratch. */
  lesson = $state('');

  #nextId = 1;
  #cache = new FindingCache();

  /** Every box with its findings, in display order. */
  statuses: PolicyStatus[] = $derived(this.drafts.map((d) => statusOf(d, (x) => this.#cache.get(x.kind, x.text))));

  /** The result of evaluating the request against the non-empty policies. */
  outcome: Outcome = $derived(evaluate(this.statuses, this));

  constructor() {
    this.clear();
  }

  /** The boxes of one kind, in order. */
  ofKind(kind: PolicySetKind): PolicyStatus[] {
    return this.statuses.filter((s) => s.draft.kind === kind);
  }

  /** Adds a box (only identity policies and SCPs come in lists). */
  addPolicy(kind: PolicySetKind, name?: string, text = ''): void {
    const count = this.drafts.filter((d) => d.kind === kind).length;
    this.drafts.push({
      id: this.#nextId++,
      kind,
      name: name ?? (MULTI_KINDS.has(kind) ? `${DEFAULT_NAMES[kind]} ${count + 1}` : DEFAULT_NAMES[kind]),
      text,
    });
  }

  /** Removes a box from a list kind; single boxes are emptied instead. */
  removePolicy(id: number): void {
    const draft = this.drafts.find((d) => d.id === id);
    if (!draft) return;
    if (MULTI_KINDS.has(draft.kind)) this.drafts = this.drafts.filter((d) => d.id !== id);
    else draft.text = '';
  }

  addContextRow(key = '', type: ContextValueType = 'string', value = ''): void {
    this.contextRows.push({ id: this.#nextId++, key, type, value: type === 'bool' && value === '' ? 'true' : value });
  }

  removeContextRow(id: number): void {
    this.contextRows = this.contextRows.filter((r) => r.id !== id);
  }

  /** Starts over: one empty identity policy, empty single boxes, an empty request. */
  clear(): void {
    this.drafts = [];
    this.addPolicy('identity');
    for (const kind of SINGLE_KINDS) this.addPolicy(kind);
    this.principal = '';
    this.action = '';
    this.resource = '';
    this.resourceAccount = '';
    this.contextRows = [];
    this.lesson = '';
  }

  /** Replaces everything with one of the built-in examples. */
  loadExample(id: string): void {
    const example = EXAMPLES.find((e) => e.id === id);
    if (!example) return;
    this.clear();
    this.drafts = this.drafts.filter((d) => d.kind !== 'identity');
    for (const p of example.policies) {
      const text = JSON.stringify(p.document, null, 2);
      const single = MULTI_KINDS.has(p.kind) ? undefined : this.drafts.find((d) => d.kind === p.kind);
      if (single) {
        single.name = p.name;
        single.text = text;
      } else {
        this.addPolicy(p.kind, p.name, text);
      }
    }
    if (!this.drafts.some((d) => d.kind === 'identity')) this.addPolicy('identity');
    this.drafts.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    this.principal = example.request.principal;
    this.action = example.request.action;
    this.resource = example.request.resource;
    this.resourceAccount = example.request.resourceAccount ?? '';
    for (const row of example.request.context ?? []) this.addContextRow(row.key, row.type, row.value);
    this.lesson = example.lesson;
  }
}
