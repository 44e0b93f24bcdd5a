/**
 * Checks PutBucketPolicy makes before storing a bucket policy, worded as S3's MalformedPolicy messages:
 * the IAM Lab validator as a resource policy, then S3's own rules — every Resource inside this bucket,
 * only S3 actions, each statement's actions applying to its resources, and principals that exist.
 */
import { actionsMatching } from '../../../catalog/index.ts';
import { validatePolicy } from '../../../policy/validate.ts';
import type { ApiError } from '../../errors.ts';
import type { AccountState } from '../../model.ts';
import { findRole, findUser } from '../../principals.ts';
import { malformedBucketPolicy, policyTooLarge } from './errors.ts';

/** Bucket policies are limited to 20 KB. */
export const BUCKET_POLICY_MAX_BYTES = 20 * 1024;

const INVALID_JSON = 'This policy contains invalid Json';
const INVALID_RESOURCE = 'Policy has invalid resource';
const INVALID_ACTION = 'Policy has invalid action';
const INVALID_PRINCIPAL = 'Invalid principal in policy';
const INVALID_CONDITION_KEY = 'Policy has an invalid condition key';
const NO_RESOURCE_FOR_ACTION = 'Action does not apply to any resource(s) in statement';
const SYNTAX = 'Invalid policy syntax.';

/** S3's wording for a validator finding, by issue code. */
export function s3MessageFor(issueCode: string): string {
  if (issueCode === 'JSON_SYNTAX_ERROR' || issueCode === 'DUPLICATE_KEY') return INVALID_JSON;
  if (issueCode.startsWith('MISSING_') && !issueCode.includes('ARN')) {
    const field = { MISSING_STATEMENT: 'Statement', MISSING_EFFECT: 'Effect', MISSING_PRINCIPAL: 'Principal', MISSING_ACTION: 'Action', MISSING_RESOURCE: 'Resource' }[issueCode];
    if (field) return `Missing required field ${field}`;
  }
  if (issueCode === 'INVALID_VERSION') return 'The policy must contain a valid version string';
  if (issueCode.includes('PRINCIPAL')) return INVALID_PRINCIPAL;
  if (issueCode.includes('ARN') || issueCode === 'INVALID_PARTITION' || issueCode.includes('RESOURCE')) return INVALID_RESOURCE;
  if (issueCode.includes('ACTION') || issueCode === 'INVALID_SERVICE' || issueCode === 'WILDCARD_IN_SERVICE_NAME') return INVALID_ACTION;
  if (issueCode.includes('CONDITION_KEY')) return INVALID_CONDITION_KEY;
  return SYNTAX;
}

/** A string or list of strings, as policy elements hold them. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A `*`/`?` pattern as a whole-string RegExp (case-sensitive, as ARNs are). */
function globRegExp(pattern: string): RegExp {
  const src = [...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${src}$`, 's');
}

/** The kinds of S3 resource a Resource of this bucket's policy can stand for; empty when it is not in the bucket. */
function resourceKinds(resource: string, bucket: string): Set<'bucket' | 'object'> {
  const kinds = new Set<'bucket' | 'object'>();
  const prefix = 'arn:aws:s3:::';
  if (!resource.startsWith(prefix)) return kinds;
  const rest = resource.slice(prefix.length);
  const slash = rest.indexOf('/');
  const bucketPart = slash >= 0 ? rest.slice(0, slash) : rest;
  if (slash >= 0) {
    if (globRegExp(bucketPart).test(bucket)) kinds.add('object');
    return kinds;
  }
  // No slash: the bucket itself, or (when a `*` can reach across `/`) objects too.
  if (globRegExp(rest).test(bucket)) kinds.add('bucket');
  if (rest.includes('*') && globRegExp(rest).test(`${bucket}/x`)) kinds.add('object');
  return kinds;
}

/** The IAM user and role ARNs of this account that a Principal names, when they do not exist. */
function missingPrincipal(state: AccountState, principal: unknown): boolean {
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return false;
  for (const arn of strings((principal as Record<string, unknown>).AWS)) {
    const m = /^arn:aws:iam::(\d{12}):(user|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (!m || m[1] !== state.accountId) continue;
    const name = m[3] as string;
    if (m[2] === 'user' ? !findUser(state, name) : !findRole(state, name)) return true;
  }
  return false;
}

/** Why S3 would refuse this bucket policy, or undefined when it would store it. */
export function checkBucketPolicy(state: AccountState, bucket: string, text: string): ApiError | undefined {
  if (!text.trimStart().startsWith('{')) return malformedBucketPolicy("Policies must be valid JSON and the first byte must be '{'");
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(text) as { Statement?: unknown };
  } catch {
    return malformedBucketPolicy(INVALID_JSON);
  }
  if (new TextEncoder().encode(JSON.stringify(doc)).length > BUCKET_POLICY_MAX_BYTES) return policyTooLarge();
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const error = validatePolicy(text, { kind: 'resource' }).find((f) => f.findingType === 'ERROR');
  if (error?.issueCode === 'INVALID_EFFECT') {
    const effect = statements.map((st) => (st as Record<string, unknown> | null)?.Effect).find((e) => e !== 'Allow' && e !== 'Deny' && e !== undefined);
    return malformedBucketPolicy(`Invalid effect: ${typeof effect === 'string' ? effect : JSON.stringify(effect)}`);
  }
  if (error) return malformedBucketPolicy(s3MessageFor(error.issueCode));

  for (const raw of statements) {
    const st = raw as Record<string, unknown>;
    const resources = strings(st.Resource ?? st.NotResource);
    const kinds = new Set<'bucket' | 'object'>();
    for (const r of resources) {
      const k = resourceKinds(r, bucket);
      if (k.size === 0) return malformedBucketPolicy(INVALID_RESOURCE);
      for (const kind of k) kinds.add(kind);
    }
    const actionPatterns = strings(st.Action ?? st.NotAction);
    for (const a of actionPatterns) {
      const service = a.slice(0, Math.max(a.indexOf(':'), 0)).toLowerCase();
      if (a !== '*' && service !== 's3') return malformedBucketPolicy(INVALID_ACTION);
    }
    if (st.Action !== undefined && st.Resource !== undefined) {
      const applies = actionPatterns.some((pattern) =>
        actionsMatching(pattern === '*' ? 's3:*' : pattern).some((action) => Object.keys(action.resources).some((t) => kinds.has(t as 'bucket' | 'object'))),
      );
      if (!applies) return malformedBucketPolicy(NO_RESOURCE_FOR_ACTION);
    }
    if (missingPrincipal(state, st.Principal) || missingPrincipal(state, st.NotPrincipal)) return malformedBucketPolicy(INVALID_PRINCIPAL);
  }
  return undefined;
}
