import { actionsMatching, catalog, getAction, getService, hasWildcard, serviceStatus } from '../../catalog/index.ts';
import { actionPatternRegExp } from '../../catalog/wildcard.ts';
import { items, prop, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { closest } from '../suggest.ts';
import { hasVariable } from '../variables.ts';

const ACTION_FORMAT = /^([^:]+):([^:]+)$/;
const SERVICE_CHARS = /^[A-Za-z0-9*?-]+$/;
const NAME_CHARS = /^[A-Za-z0-9*?]+$/;

let allPrefixes: string[] | undefined;

/** The string items of an element that passed the type check. */
export interface StringItem {
  value: string;
  node: JsonNode;
}

/** Reads Action/NotAction/Resource/NotResource: a string or an array of strings. Reports other shapes. */
export function stringItems(ctx: RuleContext, element: string, node: JsonNode): StringItem[] {
  if (node.type !== 'string' && node.type !== 'array') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `"${element}" must be a string or an array of strings.`, node);
    return [];
  }
  if (node.type === 'array' && (node.children ?? []).length === 0) {
    ctx.report(
      'SUGGESTION',
      `EMPTY_ARRAY_${element === 'Action' || element === 'NotAction' ? 'ACTION' : 'RESOURCE'}`,
      `"${element}" is an empty array, so this statement ${element.startsWith('Not') ? 'excludes nothing' : 'matches nothing'}: add values or remove the statement.`,
      node,
    );
  }
  const out: StringItem[] = [];
  for (const item of items(node)) {
    if (item.type === 'string') out.push({ value: String(item.value), node: item });
    else ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `Each ${element} value must be a string.`, item);
  }
  return out;
}

/** Action / NotAction: format, known service and action, and redundant entries. */
export function checkActions(ctx: RuleContext, st: JsonNode): void {
  for (const element of ['Action', 'NotAction']) {
    const p = prop(st, element);
    if (!p) continue;
    const list = stringItems(ctx, element, p.value);
    const valid: StringItem[] = [];
    for (const it of list) if (checkOneAction(ctx, it)) valid.push(it);
    checkRedundant(ctx, element, valid);
  }
}

/** Returns true when the action is well-formed enough to compare with others. */
function checkOneAction(ctx: RuleContext, it: StringItem): boolean {
  const s = it.value;
  if (s === '*') return true;
  if (hasVariable(s)) {
    ctx.report('ERROR', 'VARIABLE_UNSUPPORTED_IN_ELEMENT', 'Policy variables cannot be used in Action: write the action names out.', it.node);
    return false;
  }
  const m = ACTION_FORMAT.exec(s);
  if (!m || !SERVICE_CHARS.test(m[1] ?? '') || !NAME_CHARS.test(m[2] ?? '')) {
    ctx.report(
      'ERROR',
      'INVALID_ACTION_FORMAT',
      `"${s}" is not an action. Write actions as service:ActionName with no spaces, such as "s3:GetObject", "ec2:Describe*" or "*".`,
      it.node,
    );
    return false;
  }
  const service = m[1] ?? '';
  const name = m[2] ?? '';
  if (hasWildcard(service)) {
    ctx.report(
      'SUGGESTION',
      'WILDCARD_IN_SERVICE_NAME',
      `"${s}" uses a wildcard in the service prefix, which can match services you did not mean: name the service, as in "s3:${name}".`,
      it.node,
    );
    return true;
  }
  const status = serviceStatus(service);
  if (status === 'unknown') {
    allPrefixes ??= [...Object.keys(catalog.services), ...catalog.otherServicePrefixes];
    const guess = closest(service, allPrefixes);
    ctx.report(
      'ERROR',
      'INVALID_SERVICE_IN_ACTION',
      `"${service}" is not an AWS service prefix${guess ? `. Did you mean "${guess}"?` : '. Check the prefix in the Service Authorization Reference.'}`,
      it.node,
    );
    return false;
  }
  if (status === 'unchecked') {
    ctx.report(
      'WARNING',
      'SERVICE_NOT_IN_CATALOG',
      `IAM Lab's action list does not include the "${service}" service, so "${s}" cannot be checked here. It may be right; check the name in the Service Authorization Reference.`,
      it.node,
    );
    return true;
  }
  if (hasWildcard(name)) {
    if (actionsMatching(s).length === 0) {
      ctx.report('ERROR', 'INVALID_ACTION', `"${s}" matches no ${service} action: check the spelling of the pattern.`, it.node);
      return false;
    }
    return true;
  }
  if (!getAction(s)) {
    const svc = getService(service);
    const guess = svc ? closest(name, Object.keys(svc.actions)) : undefined;
    ctx.report(
      'ERROR',
      'INVALID_ACTION',
      `The action "${s}" does not exist${guess ? `. Did you mean "${service.toLowerCase()}:${guess}"?` : ` in ${svc?.name ?? service}.`}`,
      it.node,
    );
    return false;
  }
  return true;
}

/** True when every action `narrow` can match is also matched by `wide`. */
function covers(wide: string, narrow: string): boolean {
  if (wide === '*') return true;
  // Different literal services never cover each other.
  const ws = wide.slice(0, wide.indexOf(':'));
  const ns = narrow.slice(0, narrow.indexOf(':'));
  if (!hasWildcard(ws) && !hasWildcard(ns) && ws.toLowerCase() !== ns.toLowerCase()) return false;
  if (!hasWildcard(narrow)) return actionPatternRegExp(wide).test(narrow);
  const narrowSet = actionsMatching(narrow);
  if (narrowSet.length === 0) return false;
  const re = actionPatternRegExp(wide);
  return narrowSet.every((a) => re.test(a.fullName));
}

function checkRedundant(ctx: RuleContext, element: string, list: StringItem[]): void {
  if (list.length < 2) return;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a) continue;
    for (let j = 0; j < list.length; j++) {
      const b = list[j];
      if (!b || i === j) continue;
      const same = a.value.toLowerCase() === b.value.toLowerCase();
      // For a pair of equal entries, only the later one is redundant.
      const redundant = same
        ? j < i
        : hasWildcard(b.value) && covers(b.value, a.value) && !(j > i && covers(a.value, b.value));
      if (redundant) {
        ctx.report(
          'SUGGESTION',
          'REDUNDANT_ACTION',
          same
            ? `"${a.value}" is listed twice in this ${element}: remove this copy.`
            : `"${a.value}" is already covered by "${b.value}" in this ${element}: remove it (or narrow "${b.value}").`,
          a.node,
        );
        break;
      }
    }
  }
}
