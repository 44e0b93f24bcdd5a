import { items, prop, props, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { hasVariable } from '../variables.ts';

const KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const AWS_PRINCIPAL = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}|aws)?:(root|user\/.+|role\/.+|assumed-role\/.+|federated-user\/.+|group\/.+)$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|amazon\.com|aws\.internal)$/;

/** Principal / NotPrincipal of a resource or trust policy statement, and Allow with NotPrincipal. */
export function checkPrincipal(ctx: RuleContext, st: JsonNode): void {
  if (ctx.kind !== 'resource' && ctx.kind !== 'trust') return;
  for (const name of ['Principal', 'NotPrincipal']) {
    const p = prop(st, name);
    if (!p) continue;
    if (name === 'NotPrincipal' && prop(st, 'Effect')?.value.value === 'Allow') {
      ctx.report(
        'SECURITY_WARNING',
        'ALLOW_WITH_NOT_PRINCIPAL',
        'Allow with NotPrincipal grants access to everyone except the listed principals, anonymous users included. Name the principals that need access in "Principal" instead.',
        p.key,
      );
    }
    const v = p.value;
    if (v.type === 'string') {
      if (v.value !== '*') {
        ctx.report('ERROR', 'INVALID_PRINCIPAL_FORMAT', `A Principal written as a plain string must be "*"; name principals as {"AWS": "${String(v.value)}"} or {"Service": "..."}.`, v);
      }
      continue;
    }
    if (v.type !== 'object') {
      ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `"${name}" must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.`, v);
      continue;
    }
    for (const entry of props(v)) {
      if (!KEYS.includes(entry.name)) {
        const fix = KEYS.find((k) => k.toLowerCase() === entry.name.toLowerCase());
        ctx.report(
          'ERROR',
          'INVALID_PRINCIPAL_KEY',
          fix ? `Principal keys are case-sensitive: write "${fix}".` : `"${entry.name}" is not a principal type: use "AWS", "Service", "Federated" or "CanonicalUser".`,
          entry.key,
        );
        continue;
      }
      for (const item of items(entry.value)) {
        if (item.type !== 'string') {
          ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `Each ${entry.name} principal must be a string.`, item);
          continue;
        }
        checkPrincipalValue(ctx, entry.name, String(item.value), item);
      }
    }
  }
}

function checkPrincipalValue(ctx: RuleContext, type: string, s: string, node: JsonNode): void {
  if (hasVariable(s)) {
    ctx.report('ERROR', 'VARIABLE_UNSUPPORTED_IN_ELEMENT', 'Policy variables cannot be used in a Principal: write the principal out.', node);
    return;
  }
  if (s === '*') return;
  if (s.includes('*') || s.includes('?')) {
    ctx.report(
      'ERROR',
      'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
      `Wildcards cannot match part of a principal ("${s}"). Use "*" with a condition such as aws:PrincipalArn with ArnLike instead.`,
      node,
    );
    return;
  }
  if (type === 'AWS' && !/^\d{12}$/.test(s) && !AWS_PRINCIPAL.test(s)) {
    ctx.report(
      'ERROR',
      'INVALID_PRINCIPAL_FORMAT',
      `"${s}" is not an AWS principal: use a 12-digit account ID, or an ARN such as arn:aws:iam::111122223333:root, arn:aws:iam::111122223333:user/Name or arn:aws:iam::111122223333:role/Name.`,
      node,
    );
  } else if (type === 'Service' && !SERVICE_PRINCIPAL.test(s)) {
    ctx.report(
      'ERROR',
      'INVALID_SERVICE_PRINCIPAL_FORMAT',
      `"${s}" is not a service principal: service principals look like ec2.amazonaws.com.`,
      node,
    );
  }
}
