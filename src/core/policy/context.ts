import type { JsonNode, ParsedPolicy } from './parse.ts';
import type { Finding, FindingType, PolicyKind } from './types.ts';

/** What every rule sees: the parsed document, the policy kind, and a way to report. */
export interface RuleContext {
  readonly parsed: ParsedPolicy;
  readonly kind: PolicyKind;
  /** The Version string when it is one IAM knows, else undefined. */
  readonly version: '2012-10-17' | '2008-10-17' | undefined;
  /** Records a finding located at a node (its path and span are taken from the node). */
  report(findingType: FindingType, issueCode: string, message: string, node: JsonNode): void;
}

/** Creates a context that collects findings into `out`. */
export function createContext(
  parsed: ParsedPolicy,
  kind: PolicyKind,
  version: RuleContext['version'],
  out: Finding[],
): RuleContext {
  return {
    parsed,
    kind,
    version,
    report(findingType, issueCode, message, node) {
      out.push({ findingType, issueCode, message, path: parsed.pathOfNode(node), span: parsed.spanOfNode(node) });
    },
  };
}

/** A property of an object node: its name, key node and value node. */
export interface Prop {
  name: string;
  key: JsonNode;
  value: JsonNode;
}

/** The properties of an object node, in source order ([] for anything else). */
export function props(node: JsonNode | undefined): Prop[] {
  if (!node || node.type !== 'object') return [];
  const out: Prop[] = [];
  for (const p of node.children ?? []) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value && typeof key.value === 'string') out.push({ name: key.value, key, value });
  }
  return out;
}

/** The last property with this exact name (the one JSON keeps), if any. */
export function prop(node: JsonNode | undefined, name: string): Prop | undefined {
  let found: Prop | undefined;
  for (const p of props(node)) if (p.name === name) found = p;
  return found;
}

/** Items of a string-or-array element: a lone value becomes a one-item list. */
export function items(node: JsonNode): JsonNode[] {
  return node.type === 'array' ? (node.children ?? []) : [node];
}

/** Human name of a JSON node type, for messages. */
export function typeName(node: JsonNode): string {
  return node.type === 'property' ? 'property' : node.type;
}
