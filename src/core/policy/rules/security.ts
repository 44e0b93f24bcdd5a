import { hasWildcard } from '../../catalog/index.ts';
import { actionPatternRegExp } from '../../catalog/wildcard.ts';
import { items, prop, props, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';

function strings(node: JsonNode | undefined): { value: string; node: JsonNode }[] {
  if (!node) return [];
  return items(node)
    .filter((n) => n.type === 'string')
    .map((n) => ({ value: String(n.value), node: n }));
}

/** A Resource value that covers every IAM role: `*`, or an iam ARN ending in `role/*` or `*`. */
function allRoles(resource: string): boolean {
  return resource === '*' || /^arn:[^:]*:iam::[^:]*:(\*|role\/\*)$/.test(resource);
}

function hasConditionKey(st: JsonNode, key: string): boolean {
  const c = prop(st, 'Condition');
  for (const op of props(c?.value)) for (const k of props(op.value)) if (k.name.toLowerCase() === key) return true;
  return false;
}

/** Allow * on * (full administrator) and iam:PassRole on every role. */
export function checkSecurity(ctx: RuleContext, st: JsonNode): void {
  if (prop(st, 'Effect')?.value.value !== 'Allow') return;
  const actions = strings(prop(st, 'Action')?.value);
  const resources = strings(prop(st, 'Resource')?.value);
  if (actions.length === 0 || resources.length === 0) return;

  const anyResource = resources.some((r) => r.value === '*');
  const star = actions.find((a) => a.value === '*' || a.value === '*:*');
  if (star && anyResource) {
    ctx.report(
      'SECURITY_WARNING',
      'FULL_ADMIN_ACCESS',
      `Allow "*" on "*" grants every action on every resource: full administrator access${prop(st, 'Condition') ? ' (only narrowed by this statement\'s Condition)' : ''}. Grant only the actions and resources this identity needs.`,
      star.node,
    );
    return; // iam:PassRole on every role is part of that already.
  }

  const roleResource = resources.find((r) => allRoles(r.value));
  if (!roleResource || hasConditionKey(st, 'iam:passedtoservice')) return;
  for (const a of actions) {
    if (!actionPatternRegExp(a.value).test('iam:PassRole')) continue;
    const wildcard = hasWildcard(a.value);
    ctx.report(
      'SECURITY_WARNING',
      wildcard ? 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE' : 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      `${wildcard ? `"${a.value}" includes iam:PassRole, and with` : 'iam:PassRole with'} Resource "${roleResource.value}" lets this identity pass any role, including admin roles, to a service it controls. List the role ARNs it may pass, or add an iam:PassedToService condition.`,
      a.node,
    );
    return;
  }
}
