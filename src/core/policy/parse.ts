/**
 * Policy JSON text -> plain value + a syntax tree with source positions, using jsonc-parser in
 * strict JSON mode. Never throws: malformed text, comments, trailing commas and repeated keys
 * come back as findings with a position.
 */
import { getNodePath, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { LineIndex } from './positions.ts';
import type { Finding, JsonPath, Span } from './types.ts';

export type { Node as JsonNode } from 'jsonc-parser';

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

/** A parsed policy document. */
export interface ParsedPolicy {
  /** The source text. */
  readonly text: string;
  /** The syntax tree (jsonc-parser nodes with offsets), or undefined when there is no value at all. */
  readonly root: Node | undefined;
  /** The plain JSON value (for a repeated key, the last one wins), undefined when there is none. */
  readonly value: unknown;
  /** JSON syntax errors (JSON_SYNTAX_ERROR) and repeated keys (DUPLICATE_KEY), in source order. */
  readonly errors: Finding[];
  /** True when the text is not well-formed JSON (repeated keys alone do not count). */
  readonly malformed: boolean;
  /** Offset <-> line/column conversion for this text. */
  readonly lines: LineIndex;
  /** The span of `length` characters from `offset`. */
  spanAt(offset: number, length: number): Span;
  /** The span of a node. */
  spanOfNode(node: Node): Span;
  /** The path of a node (a property's key and value share their path). */
  pathOfNode(node: Node): JsonPath;
  /** The value node at a path such as `Statement[0].Action[1]`, or given as segments. */
  nodeAt(path: JsonPath | PathSegment[]): Node | undefined;
  /** The span of the value at a path. */
  spanOf(path: JsonPath | PathSegment[]): Span | undefined;
  /** The span of the property name whose value is at the path (undefined for array items and the root). */
  keySpanOf(path: JsonPath | PathSegment[]): Span | undefined;
}

/** Formats segments as `Statement[0].Condition.StringEquals.aws:username`. */
export function formatPath(segments: readonly PathSegment[]): JsonPath {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

function describeError(text: string, e: ParseError): { message: string; offset: number; length: number } {
  const at = text.charAt(e.offset);
  const name = printParseErrorCode(e.error);
  const trailingComma = (): number => {
    // The comma just before a closing brace or bracket, if that is where the parser stopped.
    if (at !== '}' && at !== ']') return -1;
    let i = e.offset - 1;
    while (i >= 0 && /\s/.test(text.charAt(i))) i--;
    return text.charAt(i) === ',' ? i : -1;
  };
  switch (name) {
    case 'InvalidSymbol':
      if (at === "'") return { ...e, message: "Strings in JSON use double quotes (\"), not single quotes (')." };
      if (at === '\u201c' || at === '\u201d' || at === '\u2018' || at === '\u2019')
        return { ...e, message: 'Curly quotes are not JSON quotes: type straight double quotes (") instead.' };
      return {
        ...e,
        message: `Unexpected character ${JSON.stringify(at)}: JSON allows only objects, arrays, double-quoted strings, numbers, true, false and null here.`,
      };
    case 'InvalidNumberFormat':
      return { ...e, message: 'This number is not valid JSON (no leading zeros, +, hex or trailing dot): quote it or fix it.' };
    case 'PropertyNameExpected': {
      const comma = trailingComma();
      if (comma >= 0)
        return { offset: comma, length: 1, message: 'Trailing comma: JSON does not allow a comma after the last property. Remove it.' };
      return { ...e, message: 'Expected a property name in double quotes, such as "Effect".' };
    }
    case 'ValueExpected': {
      const comma = trailingComma();
      if (comma >= 0)
        return { offset: comma, length: 1, message: 'Trailing comma: JSON does not allow a comma after the last item. Remove it.' };
      if (text.trim() === '') return { offset: 0, length: 0, message: 'The policy is empty: write a JSON object such as {"Version": "2012-10-17", "Statement": []}.' };
      if (e.offset >= text.length) return { ...e, message: 'The text ends where a value is expected: finish the value and close every { and [.' };
      return { ...e, message: 'Expected a value here: a string, number, object, array, true, false or null.' };
    }
    case 'ColonExpected':
      return { ...e, message: 'Expected a colon (:) between the property name and its value.' };
    case 'CommaExpected':
      return { ...e, message: 'Expected a comma (,) between these two items.' };
    case 'CloseBraceExpected':
      return { ...e, message: 'An object is not closed here: add the missing } (or a comma if more properties follow).' };
    case 'CloseBracketExpected':
      return { ...e, message: 'An array is not closed here: add the missing ] (or a comma if more items follow).' };
    case 'EndOfFileExpected':
      return { ...e, message: 'Unexpected text after the end of the policy: a policy is exactly one JSON object.' };
    case 'InvalidCommentToken':
      return { ...e, message: 'Comments are not valid JSON and IAM rejects them: remove this comment.' };
    case 'UnexpectedEndOfComment':
      return { ...e, message: 'This comment is never closed; comments are not valid JSON anyway: remove it.' };
    case 'UnexpectedEndOfString':
      return { ...e, message: 'This string is never closed: add the missing double quote (").' };
    case 'UnexpectedEndOfNumber':
      return { ...e, message: 'This number ends too early: add its missing digits.' };
    case 'InvalidUnicode':
      return { ...e, message: 'Invalid \\u escape: it needs exactly four hexadecimal digits, as in \\u00e9.' };
    case 'InvalidEscapeCharacter':
      return { ...e, message: 'Invalid escape in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.' };
    case 'InvalidCharacter':
      return { ...e, message: 'A tab or line break inside a string must be written as \\t or \\n.' };
    default:
      return { ...e, message: 'The text is not valid JSON here.' };
  }
}

/** Parses policy text. Never throws. */
export function parsePolicy(text: string): ParsedPolicy {
  const lines = new LineIndex(text);
  const rawErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, rawErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser is tolerant and should not throw; if it ever does, report it as malformed.
    root = undefined;
    rawErrors.push({ error: 4, offset: 0, length: 0 });
  }

  const spanAt = (offset: number, length: number): Span => {
    // A zero-width error is widened to the character it points at, when there is one.
    const len = length > 0 ? length : offset < text.length ? 1 : 0;
    return lines.span(offset, len);
  };
  const spanOfNode = (node: Node): Span => spanAt(node.offset, node.length);
  const pathOfNode = (node: Node): JsonPath => formatPath(getNodePath(node));

  const errors: Finding[] = [];
  const seen = new Set<number>();
  for (const e of rawErrors) {
    const d = describeError(text, e);
    if (seen.has(d.offset)) continue;
    seen.add(d.offset);
    errors.push({ findingType: 'ERROR', issueCode: 'JSON_SYNTAX_ERROR', message: d.message, path: '', span: spanAt(d.offset, d.length) });
  }
  if (root === undefined && errors.length === 0) {
    errors.push({ findingType: 'ERROR', issueCode: 'JSON_SYNTAX_ERROR', message: 'The text is not valid JSON.', path: '', span: spanAt(0, 0) });
  }

  const malformed = errors.length > 0;

  // Repeated keys: IAM rejects a document whose object names a key twice (e.g. two "Statement"s).
  if (root) {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.type === 'object' && node.children) {
        const firstAt = new Map<string, Node>();
        for (const prop of node.children) {
          const keyNode = prop.children?.[0];
          if (!keyNode || typeof keyNode.value !== 'string') continue;
          const key = keyNode.value;
          const first = firstAt.get(key);
          if (first) {
            const where = lines.positionAt(first.offset);
            errors.push({
              findingType: 'ERROR',
              issueCode: 'DUPLICATE_KEY',
              message: `"${key}" appears more than once in this object (first at line ${where.line}). IAM rejects repeated keys, and JSON tools keep only the last one: merge them into one.`,
              path: pathOfNode(keyNode),
              span: spanOfNode(keyNode),
            });
          } else {
            firstAt.set(key, keyNode);
          }
        }
      }
      if (node.children) for (const c of node.children) stack.push(c);
    }
  }
  errors.sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column);

  let value: unknown;
  try {
    value = root ? getNodeValue(root) : undefined;
  } catch {
    value = undefined;
  }

  let index: Map<string, Node> | undefined;
  const nodeAt = (path: JsonPath | PathSegment[]): Node | undefined => {
    if (!root) return undefined;
    if (!index) {
      index = new Map();
      const walk = (node: Node, p: string): void => {
        index?.set(p, node);
        if (node.type === 'object') {
          for (const prop of node.children ?? []) {
            const k = prop.children?.[0];
            const v = prop.children?.[1];
            if (k && v && typeof k.value === 'string') walk(v, p === '' ? k.value : `${p}.${k.value}`);
          }
        } else if (node.type === 'array') {
          (node.children ?? []).forEach((c, i) => walk(c, `${p}[${i}]`));
        }
      };
      walk(root, '');
    }
    return index.get(typeof path === 'string' ? path : formatPath(path));
  };

  return {
    text,
    root,
    value,
    errors,
    malformed,
    lines,
    spanAt,
    spanOfNode,
    pathOfNode,
    nodeAt,
    spanOf: (path) => {
      const n = nodeAt(path);
      return n ? spanOfNode(n) : undefined;
    },
    keySpanOf: (path) => {
      const n = nodeAt(path);
      const key = n?.parent?.type === 'property' ? n.parent.children?.[0] : undefined;
      return key ? spanOfNode(key) : undefined;
    },
  };
}
