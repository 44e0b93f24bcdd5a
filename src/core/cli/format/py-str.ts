/** Python's str() of a JSON scalar, which the text and table formats print. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) || !Number.isFinite(v) ? String(v) : String(v);
  return String(v);
}

/** True for values that are not lists or objects. */
export function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}
