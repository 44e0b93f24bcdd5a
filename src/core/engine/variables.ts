/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`, and the escapes `${*}`,
 * `${?}`, `${$}`). They are only substituted under Version 2012-10-17; elsewhere the text is literal.
 */
import { globFromText } from './glob.ts';

/** A variable reference inside a policy string. */
export interface VariableRef {
  /** The key as written, e.g. `aws:username`. */
  key: string;
  /** Lower-cased key, for lookup in the request context. */
  keyLower: string;
  /** The default value after a comma, e.g. `'company-wide'`. */
  fallback?: string;
}

/** A policy string split into literal text and variable references. */
export type TemplatePart = { text: string } | { variable: VariableRef };

/** A policy string ready for substitution. `parts` is undefined when the string holds no variable. */
export interface Template {
  source: string;
  parts?: TemplatePart[];
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };
// ${key} or ${key, 'default'}; keys are made of the characters condition keys use.
const VARIABLE = /\$\{\s*([^}\s,]+)\s*(?:,\s*'([^']*)'\s*)?\}/g;

/** Split `source` into literal text and variables. With `substitute` false, the string stays literal. */
export function compileTemplate(source: string, substitute: boolean): Template {
  if (!substitute || !source.includes('${')) return { source };
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of source.matchAll(VARIABLE)) {
    const start = m.index;
    if (start > last) parts.push({ text: source.slice(last, start) });
    const key = m[1] as string;
    const escaped = ESCAPES[key];
    if (escaped !== undefined && m[2] === undefined) {
      parts.push({ variable: { key, keyLower: key, fallback: escaped } });
    } else {
      const ref: VariableRef = { key, keyLower: key.toLowerCase() };
      if (m[2] !== undefined) ref.fallback = m[2];
      parts.push({ variable: ref });
    }
    last = start + m[0].length;
  }
  if (parts.length === 0) return { source };
  if (last < source.length) parts.push({ text: source.slice(last) });
  return { source, parts };
}

/** True for `${*}`, `${?}` and `${$}`, which always stand for their literal character. */
function isEscape(ref: VariableRef): boolean {
  return ref.keyLower.length === 1 && ESCAPES[ref.keyLower] !== undefined;
}

/** Looks up one variable's value: a single string, or undefined when it cannot be resolved. */
export type VariableLookup = (keyLower: string) => string | undefined;

/** Result of rendering a template: the text, or the first variable that could not be resolved. */
export type Rendered = { ok: true; value: string } | { ok: false; missing: string };

/**
 * Render a template. In `glob` mode the literal text's `*` and `?` become wildcards while substituted
 * values and escapes stay literal characters; in `plain` mode everything is literal.
 */
export function renderTemplate(t: Template, lookup: VariableLookup, mode: 'glob' | 'plain'): Rendered {
  if (t.parts === undefined) return { ok: true, value: mode === 'glob' ? globFromText(t.source) : t.source };
  let out = '';
  for (const part of t.parts) {
    if ('text' in part) {
      out += mode === 'glob' ? globFromText(part.text) : part.text;
      continue;
    }
    const ref = part.variable;
    if (isEscape(ref)) {
      out += ref.fallback;
      continue;
    }
    const value = lookup(ref.keyLower) ?? ref.fallback;
    if (value === undefined) return { ok: false, missing: ref.key };
    out += value;
  }
  return { ok: true, value: out };
}

/** The variable keys a template refers to (escapes excluded). */
export function templateKeys(t: Template): string[] {
  if (t.parts === undefined) return [];
  const keys: string[] = [];
  for (const part of t.parts) if ('variable' in part && !isEscape(part.variable)) keys.push(part.variable.key);
  return keys;
}
