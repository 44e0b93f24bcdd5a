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

function asStrings(v: RequestContext[string]): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x));
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

/** Build the evaluation context for one request. */
export function buildContext(context: RequestContext | undefined, who: PrincipalInfo): EvalContext {
  const map = new Map<string, string[]>();
  for (const [key, value] of Object.entries(principalKeys(who))) map.set(key, [value]);
  if (context) {
    for (const [key, value] of Object.entries(context)) {
      const values = asStrings(value);
      const lower = key.toLowerCase();
      if (values.length === 0) map.delete(lower);
      else map.set(lower, values);
    }
  }
  return {
    get: (keyLower) => map.get(keyLower),
    variable: (keyLower) => {
      const v = map.get(keyLower);
      return v !== undefined && v.length === 1 ? v[0] : undefined;
    },
  };
}
