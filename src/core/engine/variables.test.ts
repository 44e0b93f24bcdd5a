import { describe, expect, it } from 'vitest';
import { compileTemplate, renderTemplate, templateKeys } from './variables.ts';
import { globToText } from './glob.ts';

const values: Record<string, string> = { 'aws:username': 'alice', 'aws:principaltag/team': 'blue', 'weird': 'a*b' };
const lookup = (k: string): string | undefined => values[k];
const plain = (s: string, substitute = true) => renderTemplate(compileTemplate(s, substitute), lookup, 'plain');

describe('policy variables (IAM User Guide: policy variables)', () => {
  it('substitutes keys case-insensitively', () => {
    expect(plain('home/${aws:username}/*')).toEqual({ ok: true, value: 'home/alice/*' });
    expect(plain('home/${AWS:UserName}')).toEqual({ ok: true, value: 'home/alice' });
  });
  it('keeps text literal when substitution is off (Version 2008-10-17 or none)', () => {
    expect(plain('home/${aws:username}', false)).toEqual({ ok: true, value: 'home/${aws:username}' });
  });
  it('turns ${*}, ${?} and ${$} into literal characters', () => {
    const r = renderTemplate(compileTemplate('a${*}b${?}c${$}', true), lookup, 'glob');
    expect(r).toEqual({ ok: true, value: 'a*b?c$' });
    // In glob mode, the policy's own * stays a wildcard while ${*} stays literal.
    const g = renderTemplate(compileTemplate('x*${*}', true), lookup, 'glob');
    expect(g.ok && globToText(g.value)).toBe('x**');
    expect(g.ok && g.value.endsWith('*')).toBe(true);
  });
  it('uses the default when the key is missing, and reports a missing key otherwise', () => {
    expect(plain("${aws:PrincipalTag/dept, 'company-wide'}")).toEqual({ ok: true, value: 'company-wide' });
    expect(plain("${aws:PrincipalTag/team, 'company-wide'}")).toEqual({ ok: true, value: 'blue' });
    expect(plain('${aws:SourceIdentity}')).toEqual({ ok: false, missing: 'aws:SourceIdentity' });
  });
  it('keeps a substituted value literal in glob mode', () => {
    const r = renderTemplate(compileTemplate('${weird}', true), lookup, 'glob');
    expect(r).toEqual({ ok: true, value: 'a*b' });
  });
  it('lists the keys a template uses', () => {
    expect(templateKeys(compileTemplate('${aws:username}/${*}/${s3:prefix}', true))).toEqual(['aws:username', 's3:prefix']);
  });
});
