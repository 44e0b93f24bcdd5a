/** The one table of condition operators, by name. Qualifiers and IfExists are parsed in evaluate.ts. */
import { ArnEquals, ArnLike, ArnNotEquals, ArnNotLike } from './arn.ts';
import { BinaryEquals } from './binary.ts';
import { Bool } from './bool.ts';
import { DateEquals, DateGreaterThan, DateGreaterThanEquals, DateLessThan, DateLessThanEquals, DateNotEquals } from './date.ts';
import { IpAddress, NotIpAddress } from './ip.ts';
import { Null } from './null.ts';
import {
  NumericEquals,
  NumericGreaterThan,
  NumericGreaterThanEquals,
  NumericLessThan,
  NumericLessThanEquals,
  NumericNotEquals,
} from './numeric.ts';
import type { ConditionOperator } from './operator.ts';
import { StringEquals, StringEqualsIgnoreCase, StringLike, StringNotEquals, StringNotEqualsIgnoreCase, StringNotLike } from './string.ts';

// Each operator prepares its own value type; the table only stores and hands them back together.
const ALL = [
  StringEquals,
  StringNotEquals,
  StringEqualsIgnoreCase,
  StringNotEqualsIgnoreCase,
  StringLike,
  StringNotLike,
  NumericEquals,
  NumericNotEquals,
  NumericLessThan,
  NumericLessThanEquals,
  NumericGreaterThan,
  NumericGreaterThanEquals,
  DateEquals,
  DateNotEquals,
  DateLessThan,
  DateLessThanEquals,
  DateGreaterThan,
  DateGreaterThanEquals,
  Bool,
  BinaryEquals,
  IpAddress,
  NotIpAddress,
  ArnEquals,
  ArnLike,
  ArnNotEquals,
  ArnNotLike,
  Null,
] as unknown as readonly ConditionOperator<unknown>[];

/** Every base operator by its exact name (AWS spells operator names with this casing). */
export const OPERATORS: ReadonlyMap<string, ConditionOperator<unknown>> = new Map(
  ALL.map((op) => [op.name, op]),
);

/** The base operator names, for completion and validation. */
export const OPERATOR_NAMES: readonly string[] = ALL.map((op) => op.name);
