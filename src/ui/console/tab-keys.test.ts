import { describe, expect, it } from 'vitest';
import { arrowTab } from './tab-keys.ts';

describe('arrowTab', () => {
  const ids = ['a', 'b', 'c'] as const;
  it('moves right and left, wrapping at both ends', () => {
    expect(arrowTab(ids, 0, 'ArrowRight')).toBe('b');
    expect(arrowTab(ids, 2, 'ArrowRight')).toBe('a');
    expect(arrowTab(ids, 0, 'ArrowLeft')).toBe('c');
    expect(arrowTab(ids, 1, 'ArrowLeft')).toBe('a');
  });
  it('toggles between two tabs with either arrow', () => {
    expect(arrowTab(['details', 'effective'], 0, 'ArrowLeft')).toBe('effective');
    expect(arrowTab(['details', 'effective'], 1, 'ArrowRight')).toBe('details');
  });
  it('ignores other keys', () => {
    expect(arrowTab(ids, 0, 'Enter')).toBeUndefined();
    expect(arrowTab(ids, 1, 'ArrowDown')).toBeUndefined();
  });
});
