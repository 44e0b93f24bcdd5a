/** One `${...}` policy variable found in a string. */
export interface VariableRef {
  /** Offset of `$` within the string. */
  start: number;
  /** Offset just past `}`. */
  end: number;
  /** The text between the braces. */
  inner: string;
}

/** The result of scanning a string for policy variables. */
export interface VariableScan {
  vars: VariableRef[];
  /** Offset of a `${` that is never closed, else -1. */
  unclosedAt: number;
}

/** Finds every `${...}` in a string. `${*}`, `${?}` and `${$}` are variables too (escapes). */
export function scanVariables(s: string): VariableScan {
  const vars: VariableRef[] = [];
  let i = s.indexOf('${');
  while (i >= 0) {
    const close = s.indexOf('}', i + 2);
    if (close < 0) return { vars, unclosedAt: i };
    vars.push({ start: i, end: close + 1, inner: s.slice(i + 2, close) });
    i = s.indexOf('${', close + 1);
  }
  return { vars, unclosedAt: -1 };
}

/** True when a string holds a `${` (a policy variable, or the start of one). */
export function hasVariable(s: string): boolean {
  return s.includes('${');
}

/** The string with every `${...}` removed (so `${*}` does not count as a wildcard). */
export function withoutVariables(s: string): string {
  return hasVariable(s) ? s.replace(/\$\{[^}]*\}/g, '') : s;
}
