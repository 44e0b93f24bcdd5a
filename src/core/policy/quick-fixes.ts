/**
 * Quick fixes for findings whose repair is certain: add the missing Version, turn a
 * StringEquals holding a wildcard into StringLike, remove a duplicate (or already covered) action.
 * Pure: text edits as 1-based spans, which an editor maps to its own ranges.
 */
import { findNodeAtOffset, parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { LineIndex } from './positions.ts';
import type { Finding, Span } from './types.ts';

/** Replace the text of `span` with `text` (an empty span inserts). */
export interface TextEdit {
  span: Span;
  text: string;
}

/** One fix: a title for the menu and its edits (non-overlapping). */
export interface QuickFix {
  title: string;
  /** The finding's issue code it repairs. */
  issueCode: string;
  edits: TextEdit[];
}

/** Issue codes that can have a quick fix. */
const FIXABLE_CODES: ReadonlySet<string> = new Set(['MISSING_VERSION', 'WILDCARD_WITHOUT_LIKE_OPERATOR', 'REDUNDANT_ACTION']);

function edit(lines: LineIndex, offset: number, length: number, text: string): TextEdit {
  return { span: lines.span(offset, length), text };
}

function addVersion(root: Node, lines: LineIndex): QuickFix[] {
  if (root.type !== 'object') return [];
  const first = root.children?.[0];
  const text = first ? '\n  "Version": "2012-10-17",' : '\n  "Version": "2012-10-17"\n';
  return [{ title: 'Add "Version": "2012-10-17"', issueCode: 'MISSING_VERSION', edits: [edit(lines, root.offset + 1, 0, text)] }];
}

const LIKE_OF: Record<string, string> = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike' };

/** The operator's key node above a condition value (value -> [array] -> key property -> block -> operator property). */
function operatorKeyOf(valueNode: Node): Node | undefined {
  let n: Node | undefined = valueNode;
  if (n.parent?.type === 'array') n = n.parent;
  const keyProp = n.parent;
  if (keyProp?.type !== 'property') return undefined;
  const block = keyProp.parent;
  const opProp = block?.parent;
  if (block?.type !== 'object' || opProp?.type !== 'property') return undefined;
  const condition = opProp.parent?.parent;
  const conditionKey = condition?.type === 'property' ? condition.children?.[0]?.value : undefined;
  if (conditionKey !== 'Condition') return undefined;
  return opProp.children?.[0];
}

function toLike(valueNode: Node, lines: LineIndex): QuickFix[] {
  const opKey = operatorKeyOf(valueNode);
  if (!opKey || typeof opKey.value !== 'string') return [];
  const match = /^(ForAllValues:|ForAnyValue:)?(StringEquals|StringNotEquals)(IfExists)?$/.exec(opKey.value);
  if (!match) return [];
  const base = match[2] as string;
  const renamed = `${match[1] ?? ''}${LIKE_OF[base] ?? base}${match[3] ?? ''}`;
  // Not certain when the condition already has that operator: the rename would repeat a key.
  const siblings = opKey.parent?.parent?.children ?? [];
  if (siblings.some((p) => p.children?.[0]?.value === renamed)) return [];
  return [{ title: `Use ${renamed} (wildcards match)`, issueCode: 'WILDCARD_WITHOUT_LIKE_OPERATOR', edits: [edit(lines, opKey.offset, opKey.length, JSON.stringify(renamed))] }];
}

function removeItem(item: Node, lines: LineIndex): QuickFix[] {
  const array = item.parent;
  if (array?.type !== 'array' || !array.children || array.children.length < 2) return [];
  const i = array.children.indexOf(item);
  const next = array.children[i + 1];
  const prev = array.children[i - 1];
  const title = `Remove ${JSON.stringify(item.value)}`;
  if (next) return [{ title, issueCode: 'REDUNDANT_ACTION', edits: [edit(lines, item.offset, next.offset - item.offset, '')] }];
  if (!prev) return [];
  const from = prev.offset + prev.length;
  return [{ title, issueCode: 'REDUNDANT_ACTION', edits: [edit(lines, from, item.offset + item.length - from, '')] }];
}

/** The certain fixes for one finding of `text` (none when the fix would be a guess). */
export function quickFixesFor(text: string, finding: Finding): QuickFix[] {
  if (!FIXABLE_CODES.has(finding.issueCode)) return [];
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return [];
  const lines = new LineIndex(text);
  if (finding.issueCode === 'MISSING_VERSION') return addVersion(root, lines);
  const node = findNodeAtOffset(root, lines.offsetAt(finding.span.start), false);
  if (!node || node.type !== 'string') return [];
  if (finding.issueCode === 'WILDCARD_WITHOUT_LIKE_OPERATOR') return toLike(node, lines);
  return removeItem(node, lines);
}

/** Applies non-overlapping edits to text (for tests and for previewing a fix). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.span.start) - lines.offsetAt(a.span.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.span.start)) + e.text + out.slice(lines.offsetAt(e.span.end));
  return out;
}
