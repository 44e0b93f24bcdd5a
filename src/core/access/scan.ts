/** Read the resource patterns a policy set names, from its raw documents (text or parsed JSON). */
import type { PolicyInput, PolicySet } from '../engine/types.ts';

const KINDS = ['identity', 'resource', 'boundary', 'scp', 'session'] as const;

function parsed(input: PolicyInput): unknown {
  if (typeof input.document !== 'string') return input.document;
  try {
    return JSON.parse(input.document);
  } catch {
    return undefined;
  }
}

function strings(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((v): v is string => typeof v === 'string');
}

/** Every Resource and NotResource string of every statement of the sets. */
export function resourcePatterns(sets: readonly PolicySet[]): string[] {
  const out = new Set<string>();
  for (const set of sets) {
    for (const kind of KINDS) {
      for (const input of set[kind] ?? []) {
        const doc = parsed(input);
        if (typeof doc !== 'object' || doc === null) continue;
        const raw = (doc as Record<string, unknown>).Statement;
        const statements = Array.isArray(raw) ? raw : [raw];
        for (const s of statements) {
          if (typeof s !== 'object' || s === null) continue;
          const st = s as Record<string, unknown>;
          for (const r of [...strings(st.Resource), ...strings(st.NotResource)]) out.add(r);
        }
      }
    }
  }
  return [...out];
}
