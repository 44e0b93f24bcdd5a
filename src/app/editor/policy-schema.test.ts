import { describe, expect, it } from 'vitest';
import { policySchema } from './policy-schema.ts';

/** The statement schema's property names for a kind. */
function statementKeys(kind: 'identity' | 'resource' | 'trust'): string[] {
  const statement = (policySchema(kind).properties as { Statement: { anyOf: { properties: Record<string, unknown> }[] } }).Statement.anyOf[0];
  return Object.keys(statement?.properties ?? {}).sort();
}

describe('policySchema', () => {
  it('allows Principal only where a policy names one, and Resource not in trust policies', () => {
    expect(statementKeys('identity')).not.toContain('Principal');
    expect(statementKeys('identity')).toContain('Resource');
    expect(statementKeys('resource')).toEqual(expect.arrayContaining(['Principal', 'NotPrincipal', 'Resource']));
    expect(statementKeys('trust')).toContain('Principal');
    expect(statementKeys('trust')).not.toContain('Resource');
  });

  it('knows the top-level elements and Effect values', () => {
    const s = policySchema('identity');
    expect(Object.keys(s.properties as object).sort()).toEqual(['Id', 'Statement', 'Version']);
    expect(JSON.stringify(s)).toContain('"enum":["Allow","Deny"]');
  });
});
