import { catalog, getConditionKey, serviceStatus, type ConditionKeyType } from '../../catalog/index.ts';
import { items, prop, props, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { OPERATORS } from '../../engine/conditions/table.ts';
import { BASE_OPERATORS, parseOperator, type ConditionOperator, type OperatorFamily } from '../operators.ts';
import { closest } from '../suggest.ts';
import { scanVariables, withoutVariables } from '../variables.ts';
import { checkVariableSyntax } from './variables.ts';

const KEY_FORMAT = /^[^:\s]+:.+$/;
const NO_VARIABLES: ReadonlySet<OperatorFamily> = new Set(['Numeric', 'Date', 'IpAddress', 'Binary', 'Null']);

/** Condition: operators, keys and values. */
export function checkCondition(ctx: RuleContext, st: JsonNode): void {
  const c = prop(st, 'Condition');
  if (!c) return;
  if (c.value.type !== 'object') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'A Condition must be an object: {"Operator": {"key": "value"}}.', c.value);
    return;
  }
  const operators = props(c.value);
  if (operators.length === 0) {
    ctx.report('SUGGESTION', 'EMPTY_OBJECT_CONDITION', 'This Condition is empty and has no effect: remove it or add a test.', c.value);
  }
  for (const op of operators) {
    const parsed = parseOperator(op.name);
    if (!parsed.ok) {
      if (parsed.problem === 'null-if-exists') {
        ctx.report('ERROR', 'NULL_WITH_IF_EXISTS', 'Null cannot take IfExists: Null already tests whether the key exists. Use "Null".', op.key);
      } else if (parsed.problem === 'case') {
        ctx.report('WARNING', 'INVALID_CONDITION_OPERATOR_CASE', `Write condition operators in AWS's casing: "${parsed.suggestion ?? ''}".`, op.key);
      } else {
        const guess = closest(op.name.replace(/^For(All|Any)Values?:/i, '').replace(/IfExists$/, ''), Object.keys(BASE_OPERATORS));
        ctx.report(
          'ERROR',
          'INVALID_CONDITION_OPERATOR',
          `"${op.name}" is not a condition operator${guess ? `. Did you mean "${guess}"?` : ': use one such as StringEquals, StringLike, ArnLike, Bool, NumericLessThan, DateGreaterThan, IpAddress or Null.'}`,
          op.key,
        );
      }
      continue;
    }
    if (op.value.type !== 'object') {
      ctx.report('ERROR', 'DATA_TYPE_MISMATCH', `"${op.name}" must hold an object of condition keys and values: {"aws:username": "alice"}.`, op.value);
      continue;
    }
    const keys = props(op.value);
    if (keys.length === 0) {
      ctx.report('SUGGESTION', 'EMPTY_OBJECT_CONDITION', `"${op.name}" has no condition keys and tests nothing: add a key or remove it.`, op.value);
    }
    const seenLower = new Map<string, string>();
    for (const k of keys) {
      const lower = k.name.toLowerCase();
      const prev = seenLower.get(lower);
      if (prev !== undefined && prev !== k.name) {
        ctx.report(
          'ERROR',
          'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
          `"${k.name}" and "${prev}" are the same condition key (key names ignore case): keep one of them.`,
          k.key,
        );
      }
      seenLower.set(lower, k.name);
      const type = checkKey(ctx, k.name, k.key);
      checkSetOperator(ctx, parsed.operator, k.name, type, op.key);
      checkKeyType(ctx, parsed.operator, op.name, k.name, type, k.key);
      checkValues(ctx, parsed.operator, op.name, k.value);
    }
  }
}

/** Checks a key's format and that its service knows it; returns its type when known. */
function checkKey(ctx: RuleContext, key: string, node: JsonNode): ConditionKeyType | undefined {
  if (!KEY_FORMAT.test(key)) {
    ctx.report('ERROR', 'INVALID_CONDITION_KEY_FORMAT', `"${key}" is not a condition key: keys look like service:name, such as aws:username or s3:prefix.`, node);
    return undefined;
  }
  const info = getConditionKey(key);
  if (info) return info.type;
  const prefix = key.slice(0, key.indexOf(':'));
  if (prefix.includes('.') || prefix.includes('/')) return undefined; // a web identity / OIDC provider's key
  if (prefix.toLowerCase() === 'aws') {
    const guess = closest(key, Object.keys(catalog.globalConditionKeys));
    ctx.report(
      'WARNING',
      'INVALID_GLOBAL_CONDITION_KEY',
      `"${key}" is not a known global condition key${guess ? `. Did you mean "${guess}"?` : '; check its spelling on the "AWS global condition context keys" page.'}`,
      node,
    );
    return undefined;
  }
  const status = serviceStatus(prefix);
  if (status === 'catalog') {
    const svc = catalog.services[prefix.toLowerCase()];
    const guess = svc ? closest(key, Object.keys(svc.conditionKeys)) : undefined;
    ctx.report(
      'ERROR',
      'INVALID_SERVICE_CONDITION_KEY',
      `${svc?.name ?? prefix} has no condition key "${key}"${guess ? `. Did you mean "${guess}"?` : '.'}`,
      node,
    );
  } else if (status === 'unknown' && prefix.toLowerCase() !== 'saml') {
    ctx.report('ERROR', 'INVALID_SERVICE_CONDITION_KEY', `"${prefix}" in "${key}" is not an AWS service prefix, so the key can never be present: check the spelling.`, node);
  }
  return undefined;
}

function checkSetOperator(
  ctx: RuleContext,
  op: ConditionOperator,
  key: string,
  type: ConditionKeyType | undefined,
  opNode: JsonNode,
): void {
  if (!op.setOperator && type?.startsWith('ArrayOf') && op.family !== 'Null') {
    ctx.report(
      'WARNING',
      'MULTIVALUED_KEY_WITHOUT_SET_OPERATOR',
      `"${key}" can hold several values; compare it with ForAnyValue: (at least one value matches) or ForAllValues: (every value matches) in front of the operator.`,
      opNode,
    );
    return;
  }
  if (!op.setOperator || !type || type.startsWith('ArrayOf')) return;
  if (op.setOperator === 'ForAllValues') {
    ctx.report(
      'SECURITY_WARNING',
      'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
      `ForAllValues with the single-valued key "${key}" is also true when the key is missing, which can allow more than you meant. Remove "ForAllValues:".`,
      opNode,
    );
  } else {
    ctx.report(
      'WARNING',
      'FORANYVALUE_WITH_SINGLE_VALUED_KEY',
      `"${key}" holds a single value, so ForAnyValue adds nothing: remove "ForAnyValue:".`,
      opNode,
    );
  }
}

/** Which key types each operator family is meant for. */
function familyFits(family: OperatorFamily, type: ConditionKeyType, key: string): boolean {
  const base = type.replace(/^ArrayOf/, '');
  switch (family) {
    case 'Null':
      return true;
    case 'String':
      return base === 'String' || base === 'ARN';
    case 'Arn':
      return base === 'ARN' || base === 'String';
    case 'Numeric':
      return base === 'Numeric' || key.toLowerCase() === 'aws:epochtime';
    case 'Date':
      return base === 'Date';
    case 'Bool':
      return base === 'Bool';
    case 'IpAddress':
      return base === 'IPAddress';
    case 'Binary':
      return base === 'Binary' || base === 'String';
  }
}

function checkKeyType(
  ctx: RuleContext,
  op: ConditionOperator,
  opName: string,
  key: string,
  type: ConditionKeyType | undefined,
  node: JsonNode,
): void {
  if (!type || familyFits(op.family, type, key)) return;
  ctx.report(
    'WARNING',
    'TYPE_MISMATCH',
    `"${key}" is a ${type.replace(/^ArrayOf/, '')} key, but ${opName} compares ${op.family === 'IpAddress' ? 'IP addresses' : `${op.family} values`}: use a ${type.replace(/^ArrayOf/, '').replace('IPAddress', 'IpAddress')} operator.`,
    node,
  );
}

function checkValues(ctx: RuleContext, op: ConditionOperator, opName: string, node: JsonNode): void {
  if (node.type === 'array' && (node.children ?? []).length === 0) {
    ctx.report('SUGGESTION', 'EMPTY_ARRAY_CONDITION', `This ${opName} test has no values: add values or remove the key.`, node);
    return;
  }
  if (node.type === 'object' || node.type === 'null') {
    ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'A condition value must be a string, number or boolean, or an array of them.', node);
    return;
  }
  for (const item of items(node)) {
    if (item.type === 'object' || item.type === 'array' || item.type === 'null') {
      ctx.report('ERROR', 'DATA_TYPE_MISMATCH', 'Each condition value must be a string, number or boolean.', item);
      continue;
    }
    const s = String(item.value);
    if (item.type === 'string' && s.includes('${')) {
      if (NO_VARIABLES.has(op.family)) {
        ctx.report(
          'ERROR',
          'INVALID_VARIABLE_FOR_OPERATOR',
          `Policy variables cannot be used with ${opName}; they work only with String, ARN and Bool operators. Write the value out.`,
          item,
        );
        continue;
      }
      checkVariableSyntax(ctx, { value: s, node: item });
    }
    checkValueForFamily(ctx, op, opName, s, item);
  }
}

/** Does the engine accept this value for the operator? (The validator and the engine never disagree.) */
function engineAccepts(op: ConditionOperator, value: string): boolean {
  const engineOp = OPERATORS.get(op.base);
  return engineOp === undefined || engineOp.prepare(value) !== undefined;
}

const VALUE_PROBLEMS: Partial<Record<OperatorFamily, [code: string, message: (opName: string, s: string) => string]>> = {
  Bool: ['TYPE_MISMATCH_BOOLEAN', (opName, s) => `${opName} takes "true" or "false"; "${s}" never matches.`],
  Null: ['TYPE_MISMATCH_BOOLEAN', (opName, s) => `${opName} takes "true" or "false"; "${s}" never matches (Null "true" means the key is absent, "false" that it is present).`],
  Numeric: ['TYPE_MISMATCH_NUMBER', (opName, s) => `${opName} compares numbers; "${s}" is not a number, so the test never matches.`],
  Date: ['TYPE_MISMATCH_DATE', (opName, s) => `${opName} compares dates; "${s}" is not an ISO 8601 date (2025-01-31T12:00:00Z) or epoch seconds, so the test never matches.`],
  IpAddress: ['TYPE_MISMATCH_IP_RANGE', (opName, s) => `${opName} compares IP addresses; "${s}" is not an IPv4 or IPv6 address or CIDR range (such as 203.0.113.0/24).`],
  Binary: ['TYPE_MISMATCH_BINARY', (_opName, s) => `BinaryEquals compares base64 values; "${s}" is not base64.`],
};

function checkValueForFamily(ctx: RuleContext, op: ConditionOperator, opName: string, s: string, item: JsonNode): void {
  const problem = VALUE_PROBLEMS[op.family];
  if (problem) {
    if (scanVariables(s).vars.length === 0 && !engineAccepts(op, s)) ctx.report('WARNING', problem[0], problem[1](opName, s), item);
    return;
  }
  switch (op.family) {
    case 'String':
      if ((op.base === 'StringEquals' || op.base === 'StringNotEquals' || op.base === 'StringEqualsIgnoreCase' || op.base === 'StringNotEqualsIgnoreCase') && /[*?]/.test(withoutVariables(s))) {
        const like = op.base.includes('Not') ? 'StringNotLike' : 'StringLike';
        ctx.report(
          'SUGGESTION',
          'WILDCARD_WITHOUT_LIKE_OPERATOR',
          `${op.base} compares "${s}" literally, so * and ? are not wildcards here. If you meant a wildcard, use ${like}.`,
          item,
        );
      }
      return;
    case 'Arn':
      return;
  }
}
