/**
 * Hover text for policy documents: on an action (or a wildcard pattern), what it is and its access
 * level; on a condition key, its type and which service defines it; on an operator, its family.
 * Pure: a 1-based span and plain Markdown lines.
 */
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import { actionsMatching, getConditionKey, getService, hasWildcard, type ActionInfo } from '../catalog/index.ts';
import { parseOperator } from './operators.ts';
import { LineIndex } from './positions.ts';
import type { Span } from './types.ts';

/** What to show on hover. */
export interface HoverInfo {
  span: Span;
  /** Markdown paragraphs. */
  contents: string[];
}

function describeActions(pattern: string, list: ActionInfo[]): string[] {
  if (!hasWildcard(pattern)) {
    const a = list[0];
    if (!a) return [`**${pattern}**: not an action in the catalogue.`];
    const svc = getService(a.service);
    const types = Object.entries(a.resources).map(([t, required]) => `${t}${required ? ' (required)' : ''}`);
    return [
      `**${a.fullName}** — ${svc?.name ?? a.service}`,
      `Access level: **${a.access}**`,
      types.length > 0 ? `Resource types: ${types.join(', ')}` : 'Takes no resource: use `"Resource": "*"`.',
    ];
  }
  if (list.length === 0) return [`**${pattern}** matches no action in the catalogue.`];
  const levels = new Map<string, number>();
  for (const a of list) levels.set(a.access, (levels.get(a.access) ?? 0) + 1);
  const summary = [...levels.entries()].map(([l, n]) => `${n} ${l}`).join(', ');
  const shown = list.slice(0, 8).map((a) => a.fullName).join(', ');
  return [`**${pattern}** matches ${list.length} actions (${summary}).`, `${shown}${list.length > 8 ? ', …' : ''}`];
}

/** Hover at a 1-based position of `text`, or undefined when there is nothing to say. */
export function hoverPolicy(text: string, position: { line: number; column: number }): HoverInfo | undefined {
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return undefined;
  const lines = new LineIndex(text);
  const node = findNodeAtOffset(root, lines.offsetAt(position), false);
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return undefined;
  const span = lines.span(node.offset, node.length);
  const value = node.value;
  const path = getNodePath(node);
  const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
  const last = path[path.length - 1];
  const element = typeof last === 'number' ? path[path.length - 2] : last;
  if (!isKey && (element === 'Action' || element === 'NotAction') && path[0] === 'Statement') {
    return { span, contents: describeActions(value, actionsMatching(value)) };
  }
  if (isKey && path[0] === 'Statement' && path[path.length - 3] === 'Condition') {
    const info = getConditionKey(value);
    if (!info) return { span, contents: [`**${value}**: not a condition key in the catalogue.`] };
    const where = info.source === 'global' ? 'a global condition key (any service)' : `a condition key of ${getService(info.source)?.name ?? info.source}`;
    return { span, contents: [`**${info.key}** — ${where}`, `Type: **${info.type}**${info.type.startsWith('ArrayOf') ? ' (multi-valued: use ForAnyValue or ForAllValues)' : ''}`] };
  }
  if (isKey && path[0] === 'Statement' && path[path.length - 2] === 'Condition') {
    const op = parseOperator(value);
    if (!op.ok) return { span, contents: [`**${value}**: not a condition operator.`] };
    const o = op.operator;
    return {
      span,
      contents: [
        `**${value}** — a ${o.family} condition operator`,
        [o.ifExists ? 'Also true when the request has no such key.' : '', o.setOperator ? `${o.setOperator}: compares every value of a multi-valued key.` : ''].filter(Boolean).join(' ') || 'False when the request has no such key.',
      ],
    };
  }
  return undefined;
}
