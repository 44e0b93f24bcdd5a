import { prop, props, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { policySize, SIZE_QUOTAS } from '../quotas.ts';

const TOP_LEVEL = ['Version', 'Id', 'Statement'];

/** The Version the document declares, when it is one IAM knows. */
export function readVersion(root: JsonNode | undefined): '2012-10-17' | '2008-10-17' | undefined {
  const v = prop(root, 'Version')?.value.value;
  return v === '2012-10-17' || v === '2008-10-17' ? v : undefined;
}

/** Top-level checks: the document is an object, its elements, Version, Statement, size, characters. */
export function checkDocument(ctx: RuleContext, root: JsonNode): JsonNode[] {
  if (root.type !== 'object') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `A policy must be a JSON object ({ ... }), not ${article(root.type)}.`, root);
    return [];
  }
  for (const p of props(root)) {
    if (TOP_LEVEL.includes(p.name)) continue;
    const fix = TOP_LEVEL.find((t) => t.toLowerCase() === p.name.toLowerCase());
    const STATEMENT_LEVEL = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];
    const misplaced = STATEMENT_LEVEL.find((t) => t.toLowerCase() === p.name.toLowerCase());
    ctx.report(
      'ERROR',
      'INVALID_POLICY_ELEMENT',
      fix
        ? `"${p.name}" is not a policy element; element names are case-sensitive: write "${fix}".`
        : misplaced
          ? `"${p.name}" belongs inside a statement, not at the top of the policy: move it into an object of the "Statement" array.`
          : `"${p.name}" is not a policy element. The top level may hold only "Version", "Id" and "Statement".`,
      p.key,
    );
  }

  const version = prop(root, 'Version');
  if (!version) {
    ctx.report(
      'WARNING',
      'MISSING_VERSION',
      'The policy has no "Version". Add "Version": "2012-10-17" as its first element; without it IAM uses the 2008-10-17 rules and policy variables such as ${aws:username} stay literal text.',
      root.children?.[0]?.children?.[0] ?? root,
    );
  } else if (version.value.type !== 'string') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'The Version must be a string: write "Version": "2012-10-17".', version.value);
  } else if (version.value.value !== '2012-10-17' && version.value.value !== '2008-10-17') {
    ctx.report(
      'ERROR',
      'INVALID_VERSION',
      `"${String(version.value.value)}" is not a policy language version. Use "2012-10-17" (the current one; "2008-10-17" is the old one). The Version is a fixed date, not today's date.`,
      version.value,
    );
  }

  const id = prop(root, 'Id');
  if (id && id.value.type !== 'string') ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'The Id must be a string.', id.value);

  checkSize(ctx, root);
  checkCharacters(ctx);

  const statement = prop(root, 'Statement');
  if (!statement) {
    ctx.report('ERROR', 'MISSING_STATEMENT', 'The policy has no "Statement". Add "Statement": [ { "Effect": ..., "Action": ..., "Resource": ... } ].', root);
    return [];
  }
  const s = statement.value;
  if (s.type === 'object') return [s];
  if (s.type !== 'array') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `"Statement" must be an object or an array of objects, not ${article(s.type)}.`, s);
    return [];
  }
  const list = s.children ?? [];
  if (list.length === 0) {
    ctx.report('ERROR', 'MISSING_STATEMENT', 'The Statement array is empty, so the policy grants and denies nothing: add at least one statement.', s);
  }
  const out: JsonNode[] = [];
  for (const item of list) {
    if (item.type === 'object') out.push(item);
    else ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `Each statement must be an object ({ "Effect": ..., ... }), not ${article(item.type)}.`, item);
  }
  return out;
}

function checkSize(ctx: RuleContext, root: JsonNode): void {
  const quota = SIZE_QUOTAS[ctx.kind];
  const size = policySize(ctx.parsed.text, quota);
  if (size <= quota.limit) return;
  ctx.report(
    'ERROR',
    quota.issueCode,
    `This policy has ${size.toLocaleString('en-US')} ${quota.countsWhitespace ? '' : 'non-whitespace '}characters; a ${quota.label} may have at most ${quota.limit.toLocaleString('en-US')}. Remove redundant statements, use wildcards, or split it into several policies.`,
    root,
  );
}

/** IAM accepts only tab, line feed, carriage return and U+0020 to U+00FF in a policy. */
function checkCharacters(ctx: RuleContext): void {
  const text = ctx.parsed.text;
  let reported = 0;
  for (let i = 0; i < text.length && reported < 5; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) continue;
    const node = { type: 'string' as const, offset: i, length: c >= 0xd800 && c <= 0xdbff ? 2 : 1 };
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    ctx.report(
      'ERROR',
      'UNSUPPORTED_CHARACTER',
      `IAM policies may contain only Latin-1 characters (U+0020 to U+00FF, plus tab and line breaks); "${ch}" (U+${c.toString(16).toUpperCase().padStart(4, '0')}) is not allowed. Replace it, for example a curly quote with a straight one.`,
      node,
    );
    if (node.length === 2) i++;
    reported++;
  }
}

/** "an object", "a string", ... for messages. */
export function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
