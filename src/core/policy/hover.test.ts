import { describe, expect, it } from 'vitest';
import { hoverPolicy } from './hover.ts';

function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return hoverPolicy(text, { line: 1, column: offset + 1 });
}

describe('hoverPolicy', () => {
  it('tells an action and its access level', () => {
    const h = at('{"Statement":[{"Action":"s3:Get|Object"}]}');
    expect(h?.contents.join('\n')).toContain('Access level: **Read**');
    expect(h?.contents.join('\n')).toContain('object');
    expect(at('{"Statement":[{"Action":["s3:Put|BucketPolicy"]}]}')?.contents.join('\n')).toContain('Permissions management');
  });

  it('counts what a wildcard matches', () => {
    expect(at('{"Statement":[{"Action":"s3:List|*"}]}')?.contents[0]).toMatch(/matches \d+ actions \(\d+ List/);
  });

  it('tells a condition key, its type and its source', () => {
    const h = at('{"Statement":[{"Condition":{"Bool":{"aws:MultiFactor|AuthPresent":"true"}}}]}');
    expect(h?.contents.join('\n')).toContain('global');
    expect(h?.contents.join('\n')).toContain('Bool');
  });

  it('says nothing on other strings', () => {
    expect(at('{"Statement":[{"Effect":"Al|low"}]}')).toBeUndefined();
  });
});
