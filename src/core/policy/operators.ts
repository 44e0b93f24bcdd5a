/** The family of a condition operator: which kind of values it compares. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** A condition operator as written, taken apart. */
export interface ConditionOperator {
  /** The operator without set prefix and IfExists, e.g. `StringLike`. */
  base: string;
  family: OperatorFamily;
  /** `ForAllValues` / `ForAnyValue`, when present. */
  setOperator: 'ForAllValues' | 'ForAnyValue' | undefined;
  ifExists: boolean;
}

/** Every base operator AWS documents, with its family. */
export const BASE_OPERATORS: Readonly<Record<string, OperatorFamily>> = {
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
};

const BY_LOWER = new Map(Object.keys(BASE_OPERATORS).map((k) => [k.toLowerCase(), k]));

/** The result of reading an operator name. */
export type OperatorParse =
  | { ok: true; operator: ConditionOperator }
  | { ok: false; problem: 'unknown' | 'null-if-exists' | 'case'; suggestion?: string };

/** Reads `ForAnyValue:StringLikeIfExists` and the like. */
export function parseOperator(name: string): OperatorParse {
  let rest = name;
  let setOperator: ConditionOperator['setOperator'];
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix === 'ForAllValues' || prefix === 'ForAnyValue') setOperator = prefix;
    else if (prefix.toLowerCase() === 'forallvalues' || prefix.toLowerCase() === 'foranyvalue')
      return { ok: false, problem: 'case', suggestion: (prefix.toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue') + rest.slice(colon) };
    else return { ok: false, problem: 'unknown' };
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest.length > 'IfExists'.length) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const family = BASE_OPERATORS[rest];
  if (!family) {
    const lower = rest.toLowerCase().replace(/ifexists$/, '');
    const canon = BY_LOWER.get(lower);
    if (canon) {
      const suggestion = `${setOperator ? setOperator + ':' : ''}${canon}${/ifexists$/i.test(rest) || ifExists ? 'IfExists' : ''}`;
      return { ok: false, problem: 'case', suggestion };
    }
    return { ok: false, problem: 'unknown' };
  }
  if (family === 'Null' && ifExists) return { ok: false, problem: 'null-if-exists' };
  return { ok: true, operator: { base: rest, family, setOperator, ifExists } };
}
