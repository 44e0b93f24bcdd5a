import type { RuleContext } from '../context.ts';
import { scanVariables } from '../variables.ts';
import type { StringItem } from './action.ts';

/** `${` never closed, or `${}`: report once per string. Returns true when the string has variables. */
export function checkVariableSyntax(ctx: RuleContext, it: StringItem): boolean {
  const scan = scanVariables(it.value);
  if (scan.unclosedAt >= 0) {
    ctx.report('ERROR', 'MISSING_BRACE_IN_VARIABLE', 'A policy variable starts with "${" but is never closed: add the "}".', it.node);
  } else if (scan.vars.some((v) => v.inner.trim() === '')) {
    ctx.report('ERROR', 'EMPTY_VARIABLE', 'The policy variable "${}" is empty: name a key, as in ${aws:username}.', it.node);
  }
  const has = scan.vars.length > 0 || scan.unclosedAt >= 0;
  if (has && ctx.version !== '2012-10-17') {
    ctx.report(
      'WARNING',
      'VARIABLE_UNSUPPORTED_IN_VERSION',
      `Policy variables work only with "Version": "2012-10-17"; ${ctx.version ? `under ${ctx.version}` : 'without a Version'} "${it.value}" is compared as literal text. Set the Version to 2012-10-17.`,
      it.node,
    );
  }
  return has;
}
