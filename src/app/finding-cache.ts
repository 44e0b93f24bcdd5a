import type { PolicySetKind } from '../core/engine/types.ts';
import type { Finding } from '../core/policy/types.ts';
import { validatePolicy } from '../core/policy/validate.ts';
import { VALIDATION_KIND } from './policy-kinds.ts';

/**
 * Validation results by (kind, text), so boxes the learner is not typing in are
 * not re-validated on every keystroke. Small and bounded: cleared when full.
 */
export class FindingCache {
  #entries = new Map<string, Finding[]>();

  constructor(private readonly limit = 64) {}

  get(kind: PolicySetKind, text: string): Finding[] {
    const key = `${kind}\n${text}`;
    const known = this.#entries.get(key);
    if (known !== undefined) return known;
    const findings: Finding[] = validatePolicy(text, { kind: VALIDATION_KIND[kind] });
    if (this.#entries.size >= this.limit) this.#entries.clear();
    this.#entries.set(key, findings);
    return findings;
  }
}
