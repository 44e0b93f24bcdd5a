/**
 * Completion for policy documents from the action catalogue: service prefixes, then actions with
 * their access level (and wildcards), condition operators, the condition keys the statement's
 * actions support, and ARN templates for the statement's resource types. Pure: the result names a
 * 1-based span to replace and the text to insert; the UI maps both to its editor.
 */
import { findNodeAtOffset, getLocation, parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { actionsMatching, catalog, getService, listServices } from '../catalog/index.ts';
import { BASE_OPERATORS } from './operators.ts';
import { LineIndex } from './positions.ts';
import type { Span } from './types.ts';

/** What kind of thing a suggestion inserts (the UI picks an icon). */
export type CompletionKind = 'service' | 'action' | 'wildcard' | 'operator' | 'conditionKey' | 'arn' | 'value';

/** One suggestion. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Short detail shown beside the label, e.g. the access level. */
  detail: string;
  /** Text to insert. With `snippet`, `${1:Name}` placeholders mark the parts to fill in. */
  insertText: string;
  snippet: boolean;
  /** Sort key (lower first). */
  sortText: string;
}

/** The suggestions at a position and the span they replace. */
export interface Completion {
  span: Span;
  items: CompletionItem[];
}

const ACTION_ELEMENTS = new Set(['Action', 'NotAction']);
const RESOURCE_ELEMENTS = new Set(['Resource', 'NotResource']);

/** The statement object that contains a node, if any. */
function statementOf(node: Node | undefined): Node | undefined {
  let n = node;
  while (n) {
    const parent: Node | undefined = n.parent;
    if (n.type === 'object' && parent) {
      const holder = parent.type === 'array' ? parent.parent : parent;
      if (holder?.type === 'property' && holder.children?.[0]?.value === 'Statement' && holder.parent === findRoot(n)) return n;
    }
    n = parent;
  }
  return undefined;
}

function findRoot(node: Node): Node {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

function propValue(obj: Node | undefined, name: string): Node | undefined {
  for (const p of obj?.children ?? []) if (p.children?.[0]?.value === name) return p.children?.[1];
  return undefined;
}

/** The action names (patterns) a statement lists under Action. */
function statementActions(statement: Node | undefined): string[] {
  const v = propValue(statement, 'Action');
  if (!v) return [];
  const list = v.type === 'array' ? (v.children ?? []) : [v];
  return list.flatMap((n) => (typeof n.value === 'string' ? [n.value] : []));
}

function actionItems(typed: string): CompletionItem[] {
  const colon = typed.indexOf(':');
  if (colon < 0) {
    return listServices().map((s) => ({
      label: `${s.prefix}:`,
      kind: 'service',
      detail: s.name,
      insertText: `${s.prefix}:`,
      snippet: false,
      sortText: `1${s.prefix}`,
    }));
  }
  const svc = getService(typed.slice(0, colon));
  if (!svc) return [];
  const items: CompletionItem[] = [
    { label: `${svc.prefix}:*`, kind: 'wildcard', detail: `every ${svc.name} action`, insertText: `${svc.prefix}:*`, snippet: false, sortText: '0*' },
  ];
  const verbs = new Set<string>();
  for (const name of Object.keys(svc.actions)) {
    const verb = /^[A-Z][a-z]+/.exec(name)?.[0];
    if (verb) verbs.add(verb);
  }
  for (const verb of [...verbs].sort()) {
    const n = actionsMatching(`${svc.prefix}:${verb}*`).length;
    items.push({ label: `${svc.prefix}:${verb}*`, kind: 'wildcard', detail: `${n} actions`, insertText: `${svc.prefix}:${verb}*`, snippet: false, sortText: `2${verb}` });
  }
  for (const [name, a] of Object.entries(svc.actions)) {
    items.push({ label: `${svc.prefix}:${name}`, kind: 'action', detail: a.access, insertText: `${svc.prefix}:${name}`, snippet: false, sortText: `1${name}` });
  }
  return items;
}

/** `arn:${Partition}:s3:::${BucketName}` -> `arn:aws:s3:::${1:BucketName}` (a snippet). */
export function arnSnippet(template: string): string {
  let n = 0;
  return template.replace(/\$\{([^}]*)\}/g, (_m, name: string) => (name === 'Partition' ? 'aws' : `\${${++n}:${name}}`));
}

function resourceItems(statement: Node | undefined): CompletionItem[] {
  const seen = new Map<string, CompletionItem>();
  for (const pattern of statementActions(statement)) {
    for (const a of actionsMatching(pattern).slice(0, 400)) {
      const svc = getService(a.service);
      for (const type of Object.keys(a.resources)) {
        const template = svc?.resourceTypes[type];
        if (!template || seen.has(template)) continue;
        seen.set(template, {
          label: template.replace('${Partition}', 'aws'),
          kind: 'arn',
          detail: `${a.service} ${type}`,
          insertText: arnSnippet(template),
          snippet: true,
          sortText: `1${String(template.length).padStart(4, '0')}`,
        });
      }
    }
  }
  const items = [...seen.values()];
  items.push({ label: '*', kind: 'wildcard', detail: 'every resource', insertText: '*', snippet: false, sortText: '9' });
  return items;
}

function operatorItems(): CompletionItem[] {
  return Object.entries(BASE_OPERATORS).flatMap(([name, family]) => [
    { label: name, kind: 'operator' as const, detail: `${family} operator`, insertText: name, snippet: false, sortText: `1${name}` },
    { label: `${name}IfExists`, kind: 'operator' as const, detail: `${family}, true when the key is absent`, insertText: `${name}IfExists`, snippet: false, sortText: `2${name}` },
  ]).filter((i) => i.label !== 'NullIfExists');
}

function conditionKeyItems(statement: Node | undefined): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const pattern of statementActions(statement)) {
    for (const a of actionsMatching(pattern).slice(0, 400)) {
      for (const key of a.conditionKeys) {
        if (items.has(key)) continue;
        const svc = getService(a.service);
        const type = svc?.conditionKeys[key] ?? catalog.globalConditionKeys[key] ?? 'String';
        items.set(key, { label: key, kind: 'conditionKey', detail: `${type}, for ${a.service} actions`, insertText: key, snippet: false, sortText: `1${key}` });
      }
    }
  }
  for (const [key, type] of Object.entries(catalog.globalConditionKeys)) {
    if (!key.startsWith('aws:') || items.has(key)) continue;
    items.set(key, { label: key, kind: 'conditionKey', detail: `${type}, global`, insertText: key, snippet: false, sortText: `2${key}` });
  }
  return [...items.values()];
}

function valueItems(values: readonly string[], detail: string): CompletionItem[] {
  return values.map((v) => ({ label: v, kind: 'value', detail, insertText: v, snippet: false, sortText: `1${v}` }));
}

/** Suggestions at a 1-based position of `text`, or undefined when there is nothing policy-specific to offer. */
export function completePolicy(text: string, position: { line: number; column: number }): Completion | undefined {
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(position);
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return undefined;
  const loc = getLocation(text, offset);
  const node = findNodeAtOffset(root, offset, true);
  // Only inside a string (between its quotes): replace from the opening quote to the cursor.
  if (!node || node.type !== 'string' || offset <= node.offset || offset >= node.offset + node.length + (text[node.offset + node.length - 1] === '"' && node.length > 1 ? 0 : 1)) return undefined;
  const contentStart = node.offset + 1;
  const contentEnd = Math.max(offset, node.offset + node.length - (node.length > 1 && text[node.offset + node.length - 1] === '"' ? 1 : 0));
  const span = lines.span(contentStart, contentEnd - contentStart);
  const typed = text.slice(contentStart, offset);
  const path = loc.path;
  const statement = statementOf(node);
  const isKey = loc.isAtPropertyKey;
  const last = path[path.length - 1];
  const element = typeof last === 'number' ? path[path.length - 2] : last;

  let items: CompletionItem[] = [];
  if (statement && !isKey && typeof element === 'string' && ACTION_ELEMENTS.has(element)) items = actionItems(typed);
  else if (statement && !isKey && typeof element === 'string' && RESOURCE_ELEMENTS.has(element)) items = resourceItems(statement);
  else if (statement && isKey && path[path.length - 2] === 'Condition') items = operatorItems();
  else if (statement && isKey && path[path.length - 3] === 'Condition') items = conditionKeyItems(statement);
  else if (statement && !isKey && element === 'Effect') items = valueItems(['Allow', 'Deny'], 'Effect');
  else if (!isKey && path.length === 1 && path[0] === 'Version') items = valueItems(['2012-10-17'], 'the current policy language');
  if (items.length === 0) return undefined;
  return { span, items };
}
