/** The command-line services and their operations, read from the operation registry. */
import { kebabName, type OperationDef, type ServiceName } from '../account/operation.ts';
import { operationsOf } from '../account/registry.ts';

/** API services by their command-line name (`s3api` is the S3 API; `s3` is the high-level commands). */
export const API_SERVICES: Record<string, ServiceName> = { iam: 'iam', s3api: 's3', sts: 'sts' };

/** Every command-line service name, sorted. */
export const CLI_SERVICE_NAMES: readonly string[] = ['iam', 's3', 's3api', 'sts'];

/** The command-line name of an operation: `create-user`. */
export function cliNameOf(op: OperationDef<never, unknown>): string {
  return op.cliName ?? kebabName(op.name);
}

/** Operations of a command-line service by command-line name, sorted by name. */
export function cliOperations(cliService: string): Map<string, OperationDef<never, unknown>> {
  const service = API_SERVICES[cliService];
  const out = new Map<string, OperationDef<never, unknown>>();
  if (!service) return out;
  const ops = operationsOf(service).map((op) => [cliNameOf(op), op] as const);
  ops.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, op] of ops) out.set(name, op);
  return out;
}

/**
 * Close matches of a word among choices (Python difflib.get_close_matches with cutoff 0.8, as the
 * AWS CLI suggests "maybe you meant"): Ratcliff/Obershelp similarity, best first, at most three.
 */
export function closeMatches(word: string, choices: Iterable<string>, cutoff = 0.8, n = 3): string[] {
  const scored: [number, string][] = [];
  for (const c of choices) {
    const r = similarity(word, c);
    if (r >= cutoff) scored.push([r, c]);
  }
  scored.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
  return scored.slice(0, n).map(([, c]) => c);
}

function matchingChars(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Longest common substring, then recurse on both sides.
  let best = 0;
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) {
        best = k;
        ai = i;
        bi = j;
      }
    }
  }
  if (best === 0) return 0;
  return best + matchingChars(a.slice(0, ai), b.slice(0, bi)) + matchingChars(a.slice(ai + best), b.slice(bi + best));
}

function similarity(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matchingChars(a, b)) / total;
}
