/**
 * The request context as the evaluator reads it: keys looked up case-insensitively, every value as a
 * list of strings, and the principal keys AWS always sets filled in from the caller's ARN.
 */
import type { RequestContext } from './types.ts';
import type { PrincipalInfo } from './principal.ts';

/** What conditions and policy variables read from a request. */
export interface EvalContext {
  /** The key's values (never empty), or undefined when the request lacks the key. */
  get(keyLower: string): readonly string[] | undefined;
  /** A single-valued key's value for substitution, or undefined. */
  variable: (keyLower: string) => string | undefined;
}

const EMPTY: readonly string[] = [];

function asStrings(v: RequestContext[string]): readonly string[] {
  if (Array.isArray(v)) return v.length === 0 ? EMPTY : v.map((x) => String(x));
  return [String(v)];
}

/** The principal keys AWS fills from the caller, for those the request does not give. */
export function principalKeys(who: PrincipalInfo): Record<string, string> {
  if (who.type === 'Anonymous' || who.type === 'Service') return {};
  const keys: Record<string, string> = {
    'aws:principalaccount': who.account,
    'aws:principalarn': who.roleArn ?? who.arn,
    'aws:principaltype': who.type === 'Role' ? 'AssumedRole' : who.type,
  };
  if (who.userName !== undefined) keys['aws:username'] = who.userName;
  if (who.type === 'Account') keys['aws:userid'] = who.account;
  if (who.type === 'FederatedUser' && who.federatedName !== undefined) {
    keys['aws:userid'] = `${who.account}:${who.federatedName}`;
  }
  return keys;
}

/** The principal keys as a lookup map, built once per caller (see principalDefaults). */
export function principalDefaults(who: PrincipalInfo): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(principalKeys(who)).map(([k, v]) => [k, [v]]));
}

/**
 * Build the evaluation context for one request. `defaults` are the caller's principal keys (from
 * principalDefaults); the request's own values win over them, and an empty list removes a key.
 */
export function buildContext(
  context: RequestContext | undefined,
  who: PrincipalInfo,
  defaults: ReadonlyMap<string, readonly string[]> = principalDefaults(who),
): EvalContext {
  let own: Map<string, readonly string[]> | undefined;
  if (context) {
    for (const key in context) {
      const value = context[key] as RequestContext[string];
      (own ??= new Map()).set(key.toLowerCase(), Array.isArray(value) ? asStrings(value) : [String(value)]);
    }
  }
  const get = own === undefined
    ? (keyLower: string): readonly string[] | undefined => defaults.get(keyLower)
    : (keyLower: string): readonly string[] | undefined => {
        const v = own.get(keyLower) ?? defaults.get(keyLower);
        return v === undefined || v.length === 0 ? undefined : v;
      };
  return {
    get,
    variable: (keyLower) => {
      const v = get(keyLower);
      return v !== undefined && v.length === 1 ? v[0] : undefined;
    },
  };
}
