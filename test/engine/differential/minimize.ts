/**
 * Shrinks a disagreeing case to a small one that still disagrees the same way: drops policies,
 * statements, list elements, conditions and context keys one at a time while the predicate holds.
 * Used to print a readable case when the differential test fails.
 */
import type { DiffCase, Json, JsonObject } from './case.ts';

type Path = (string | number)[];

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Every removable spot inside one policy document, as paths from the document root. */
function removablePaths(v: Json, path: Path, inCondition: boolean, out: Path[]): void {
  if (Array.isArray(v)) {
    if (v.length > 1) v.forEach((_, i) => out.push([...path, i]));
    v.forEach((x, i) => removablePaths(x, [...path, i], inCondition, out));
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  for (const [k, x] of Object.entries(v)) {
    if (inCondition || k === 'Condition' || k === 'Sid') out.push([...path, k]);
    removablePaths(x, [...path, k], inCondition || k === 'Condition', out);
  }
}

function removeAt(doc: JsonObject, path: Path): JsonObject {
  const copy = clone(doc);
  let node: Json = copy;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, Json>)[step] as Json;
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (typeof node === 'object' && node !== null && typeof last === 'string') delete (node as JsonObject)[last];
  // An emptied condition block is as good as none.
  return copy;
}

/** All one-step smaller versions of a case. */
function shrinks(c: DiffCase): DiffCase[] {
  const out: DiffCase[] = [];
  c.identity.forEach((_, i) => out.push({ ...c, identity: c.identity.filter((__, j) => j !== i) }));
  c.scp.forEach((_, i) => out.push({ ...c, scp: c.scp.filter((__, j) => j !== i) }));
  for (const kind of ['resource', 'boundary', 'session'] as const) {
    if (c[kind]) {
      const copy: DiffCase = { ...c };
      delete copy[kind];
      out.push(copy);
    }
  }
  const ctx = c.request.context ?? {};
  for (const key of Object.keys(ctx)) {
    const next = { ...ctx };
    delete next[key];
    out.push({ ...c, request: { ...c.request, context: next } });
  }
  const single = (kind: 'resource' | 'boundary' | 'session'): void => {
    const doc = c[kind];
    if (!doc) return;
    const paths: Path[] = [];
    removablePaths(doc, [], false, paths);
    for (const p of paths) out.push({ ...c, [kind]: removeAt(doc, p) });
  };
  single('resource');
  single('boundary');
  single('session');
  for (const list of ['identity', 'scp'] as const) {
    c[list].forEach((doc, i) => {
      const paths: Path[] = [];
      removablePaths(doc, [], false, paths);
      for (const p of paths) out.push({ ...c, [list]: c[list].map((d, j) => (j === i ? removeAt(d, p) : d)) });
    });
  }
  return out;
}

/** Greedy shrink: keep taking the first smaller case that still satisfies `stillFails`. */
export function minimize(c: DiffCase, stillFails: (c: DiffCase) => boolean, budget = 400): DiffCase {
  let current = c;
  let tries = 0;
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    for (const candidate of shrinks(current)) {
      tries++;
      let fails = false;
      try {
        fails = stillFails(candidate);
      } catch {
        fails = false;
      }
      if (fails) {
        current = candidate;
        progress = true;
        break;
      }
      if (tries >= budget) break;
    }
  }
  return current;
}
