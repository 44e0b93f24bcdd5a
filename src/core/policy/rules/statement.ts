import { prop, props, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { article } from './document.ts';

const ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const NO_PRINCIPAL_KINDS = new Set(['identity', 'boundary', 'session', 'scp']);

/** Element names, Effect, Sid, required elements and forbidden pairs of one statement. */
export function checkStatementShape(ctx: RuleContext, st: JsonNode): void {
  for (const p of props(st)) {
    if (ELEMENTS.includes(p.name)) continue;
    const fix = ELEMENTS.find((e) => e.toLowerCase() === p.name.toLowerCase());
    const top = ['Version', 'Statement', 'Id'].find((e) => e.toLowerCase() === p.name.toLowerCase());
    ctx.report(
      'ERROR',
      'INVALID_POLICY_ELEMENT',
      fix
        ? `"${p.name}" is not a statement element; element names are case-sensitive: write "${fix}".`
        : top
          ? `"${p.name}" belongs at the top level of the policy, not inside a statement.`
          : `"${p.name}" is not a statement element. A statement may hold ${ELEMENTS.join(', ')}.`,
      p.key,
    );
  }

  const effect = prop(st, 'Effect');
  if (!effect) {
    ctx.report('ERROR', 'MISSING_EFFECT', 'This statement has no "Effect": add "Effect": "Allow" or "Effect": "Deny".', st);
  } else if (effect.value.type !== 'string') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'The Effect must be the string "Allow" or "Deny".', effect.value);
  } else if (effect.value.value !== 'Allow' && effect.value.value !== 'Deny') {
    const v = String(effect.value.value);
    const fix = v.toLowerCase() === 'allow' ? 'Allow' : v.toLowerCase() === 'deny' ? 'Deny' : undefined;
    ctx.report(
      'ERROR',
      'INVALID_EFFECT',
      fix ? `The Effect is case-sensitive: write "${fix}", not "${v}".` : `"${v}" is not an Effect: use "Allow" or "Deny".`,
      effect.value,
    );
  }

  const sid = prop(st, 'Sid');
  if (sid && sid.value.type !== 'string') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'The Sid must be a string, such as "AllowReadReports".', sid.value);
  } else if (sid && ctx.kind !== 'resource' && !/^[A-Za-z0-9]*$/.test(String(sid.value.value))) {
    ctx.report(
      'ERROR',
      'UNSUPPORTED_SID',
      `The Sid "${String(sid.value.value)}" may contain only letters A-Z, a-z and digits 0-9 in IAM policies: remove spaces, dashes and other symbols.`,
      sid.value,
    );
  }

  pair(ctx, st, 'Action', 'NotAction');
  pair(ctx, st, 'Resource', 'NotResource');
  pair(ctx, st, 'Principal', 'NotPrincipal');

  if (!prop(st, 'Action') && !prop(st, 'NotAction')) {
    ctx.report('ERROR', 'MISSING_ACTION', 'This statement has no "Action" (or "NotAction"): add the actions it allows or denies, such as "s3:GetObject".', st);
  }
  if (ctx.kind !== 'trust' && !prop(st, 'Resource') && !prop(st, 'NotResource')) {
    ctx.report(
      'ERROR',
      'MISSING_RESOURCE',
      'This statement has no "Resource" (or "NotResource"): add the ARNs it applies to, or "*" for every resource.',
      st,
    );
  }

  if (ctx.kind === 'trust') {
    // A role's trust policy is attached to the role itself, so IAM refuses a Resource in it.
    for (const name of ['Resource', 'NotResource']) {
      const r = prop(st, name);
      if (r) ctx.report('ERROR', 'UNSUPPORTED_RESOURCE', `"${name}" is not allowed in a trust policy: the policy is attached to the role it protects. Remove "${name}" (permissions for what the role may do belong in its permissions policies).`, r.key);
    }
  }

  const principal = prop(st, 'Principal') ?? prop(st, 'NotPrincipal');
  if (NO_PRINCIPAL_KINDS.has(ctx.kind)) {
    for (const name of ['Principal', 'NotPrincipal']) {
      const p = prop(st, name);
      if (!p) continue;
      const what = ctx.kind === 'scp' ? 'service control policy' : ctx.kind === 'boundary' ? 'permissions boundary' : ctx.kind === 'session' ? 'session policy' : 'identity-based policy';
      ctx.report(
        'ERROR',
        ctx.kind === 'scp' ? 'SCP_SYNTAX_ERROR_PRINCIPAL' : 'UNSUPPORTED_PRINCIPAL',
        `"${name}" is not allowed in ${article(what)}: it applies to whoever it is attached to. Remove "${name}" (it belongs in resource-based and trust policies).`,
        p.key,
      );
    }
  } else if (!principal) {
    ctx.report(
      'ERROR',
      'MISSING_PRINCIPAL',
      ctx.kind === 'trust'
        ? 'A trust policy statement must name who may assume the role: add "Principal", e.g. {"Service": "ec2.amazonaws.com"} or {"AWS": "arn:aws:iam::111122223333:root"}.'
        : 'A resource-based policy statement must name who it applies to: add "Principal", e.g. {"AWS": "arn:aws:iam::111122223333:root"}.',
      st,
    );
  }
}

function pair(ctx: RuleContext, st: JsonNode, a: string, b: string): void {
  const pa = prop(st, a);
  const pb = prop(st, b);
  if (pa && pb) {
    ctx.report(
      'ERROR',
      'UNSUPPORTED_ELEMENT_COMBINATION',
      `A statement may have "${a}" or "${b}", not both: keep one of them.`,
      pb.key,
    );
  }
}

/** Sids must be unique within a policy (IAM policies); resource policies are only warned. */
export function checkUniqueSids(ctx: RuleContext, statements: JsonNode[]): void {
  const seen = new Map<string, JsonNode>();
  for (const st of statements) {
    const sid = prop(st, 'Sid');
    if (!sid || sid.value.type !== 'string' || sid.value.value === '') continue;
    const value = String(sid.value.value);
    const first = seen.get(value);
    if (!first) {
      seen.set(value, sid.value);
      continue;
    }
    const line = ctx.parsed.spanOfNode(first).start.line;
    if (ctx.kind === 'resource') {
      ctx.report('WARNING', 'UNIQUE_SIDS_RECOMMENDED', `The Sid "${value}" is already used on line ${line}: give each statement its own Sid.`, sid.value);
    } else {
      ctx.report('ERROR', 'UNIQUE_SIDS_REQUIRED', `The Sid "${value}" is already used on line ${line}; Sids must be unique within a policy: rename one of them.`, sid.value);
    }
  }
}
