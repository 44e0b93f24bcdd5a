/**
 * The condition contexts a set of statements distinguishes: for each condition key they test, the values
 * that fall on each side of each test (MFA true/false, an address inside and outside each range, each
 * string and one other, a number or date at and around each bound) plus the key being absent.
 */
import type { CompiledStatement } from '../engine/compile.ts';
import type { CompiledCondition } from '../engine/conditions/evaluate.ts';
import { cidrContains, parseCidr, type CidrBlock } from '../engine/conditions/ip.ts';
import { isMultiValuedKey } from '../catalog/index.ts';
import type { ContextValue, RequestContext } from '../engine/types.ts';

/** The most context combinations enumerated for one action. */
export const MAX_CONTEXTS = 256;

/** The value a string key takes when it matches none of the policy's values. */
export const OTHER_VALUE = 'iam-lab-other';

const OUTSIDE_ADDRESSES = ['198.51.100.77', '192.0.2.77', '203.0.113.77', '10.255.255.77', '172.31.255.77', '100.64.0.77', '2001:db8:ffff::77'];

/** What the statements ask of one key. */
interface KeyUse {
  key: string;
  multi: boolean;
  values: Set<string>;
  blocks: CidrBlock[];
}

/** A literal instance of a glob-like value (`*`, `?` and `${...}` filled). */
function instance(value: string): string {
  return value.replace(/\$\{[^}]*\}/g, 'x').replace(/[*?]/g, 'x');
}

function addValues(use: KeyUse, c: CompiledCondition): void {
  const family = c.op?.family;
  for (const t of c.templates) {
    const v = t.source;
    switch (family) {
      case 'Bool':
        use.values.add('true').add('false');
        break;
      case 'Numeric': {
        const n = Number(v);
        if (Number.isFinite(n)) use.values.add(String(n)).add(String(n + 1)).add(String(n - 1));
        break;
      }
      case 'Date': {
        const ms = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v);
        if (Number.isFinite(ms)) for (const d of [ms, ms - 1000, ms + 1000]) use.values.add(new Date(d).toISOString());
        break;
      }
      case 'IpAddress': {
        const block = parseCidr(v);
        if (block) {
          use.blocks.push(block);
          use.values.add(v.split('/')[0] ?? v);
        }
        break;
      }
      case 'Null':
        break;
      default:
        use.values.add(instance(v));
        if (v !== instance(v)) use.values.add(v.replace(/\$\{[^}]*\}/g, '').replace(/[*?]/g, ''));
    }
  }
  if (family === 'String' || family === 'Arn' || family === 'Binary' || family === undefined || family === 'Null') use.values.add(OTHER_VALUE);
}

/** The keys the statements' conditions test, with the values on each side of each test. */
function keyUses(statements: readonly CompiledStatement[]): Map<string, KeyUse> {
  const uses = new Map<string, KeyUse>();
  for (const s of statements) {
    for (const c of s.conditions) {
      let use = uses.get(c.keyLower);
      if (!use) uses.set(c.keyLower, (use = { key: c.key, multi: false, values: new Set(), blocks: [] }));
      if (c.qualifier !== undefined || isMultiValuedKey(c.key)) use.multi = true;
      addValues(use, c);
    }
  }
  for (const use of uses.values()) {
    if (use.blocks.length > 0) {
      const outside = OUTSIDE_ADDRESSES.find((a) => use.blocks.every((b) => !cidrContains(b, a)));
      if (outside) use.values.add(outside);
    }
  }
  return uses;
}

/** The variants of one key: absent, then each value (and, for multi-valued keys, all values at once). */
function variantsOf(use: KeyUse): (ContextValue | undefined)[] {
  const values = [...use.values].filter((v) => v !== '');
  const typed = (v: string): ContextValue => (v === 'true' ? true : v === 'false' ? false : v);
  if (!use.multi) return [undefined, ...values.map(typed)];
  const out: (ContextValue | undefined)[] = [undefined, ...values.map((v) => [v])];
  if (values.length > 1) out.push(values);
  return out;
}

/** The context variants of a set of statements: every combination of the keys' variants (capped). */
export function contextVariants(statements: readonly CompiledStatement[]): { contexts: RequestContext[]; truncated: boolean } {
  const uses = [...keyUses(statements).values()];
  let contexts: RequestContext[] = [{}];
  let truncated = false;
  for (const use of uses) {
    const next: RequestContext[] = [];
    for (const ctx of contexts) {
      for (const v of variantsOf(use)) {
        if (next.length >= MAX_CONTEXTS) {
          truncated = true;
          break;
        }
        next.push(v === undefined ? ctx : { ...ctx, [use.key]: v });
      }
    }
    contexts = next;
  }
  return { contexts, truncated };
}

/** The request context of a variant over a base context: the variant's keys win, and a key it leaves out that a statement tests is removed. */
export function withBase(base: RequestContext | undefined, variant: RequestContext, testedKeysLower: ReadonlySet<string>): RequestContext {
  const out: RequestContext = {};
  for (const [k, v] of Object.entries(base ?? {})) if (!testedKeysLower.has(k.toLowerCase())) out[k] = v;
  return Object.assign(out, variant);
}
