/**
 * Checks every operation that takes a policy document shares: validation with the policy validator
 * (an ERROR finding is a MalformedPolicyDocument, worded as IAM words it where IAM has a fixed message),
 * the non-whitespace size IAM's quotas count, and the document as AWS CLI v2 prints it.
 */
import { policySize, SIZE_QUOTAS } from '../policy/quotas.ts';
import type { Finding, PolicyKind } from '../policy/types.ts';
import { validatePolicy } from '../policy/validate.ts';
import { ApiError, limitExceeded, malformedPolicy } from './errors.ts';
import { PATTERNS, type ParamSpec } from './params.ts';
import { QUOTAS } from './quotas.ts';

/** The `PolicyDocument` parameter as IAM's API reference gives it (1–131,072 characters, Latin-1). */
export const POLICY_DOCUMENT_PARAM: ParamSpec = {
  name: 'PolicyDocument',
  type: 'string',
  required: true,
  min: 1,
  max: 131072,
  pattern: PATTERNS.policyDocument,
  doc: 'The policy document, as JSON text (file://policy.json on the command line).',
};

/** Size quotas are checked by the callers (managed: PolicySize; inline: the aggregate per entity). */
const SIZE_CODES = new Set(Object.values(SIZE_QUOTAS).map((q) => q.issueCode));

/** IAM's own MalformedPolicyDocument messages, for the findings that have one. */
const IAM_WORDING: Record<string, string> = {
  JSON_SYNTAX_ERROR: 'Syntax errors in policy.',
  DUPLICATE_KEY: 'Syntax errors in policy.',
  UNSUPPORTED_PRINCIPAL: 'Policy document should not specify a principal.',
  UNSUPPORTED_RESOURCE: 'Has prohibited field Resource',
  MISSING_ACTION: 'Policy statement must contain actions.',
  MISSING_RESOURCE: 'Policy statement must contain resources.',
  INVALID_ACTION_FORMAT: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
};

/**
 * Findings the validator calls errors but IAM itself accepts when a policy is saved: IAM does not check
 * action names of a known service, service condition keys, or resource-type ARN details (that is what
 * Access Analyzer is for). The lab saves such policies, as AWS would; the editor still shows the findings.
 */
const IAM_ACCEPTS = new Set(['INVALID_ACTION', 'INVALID_SERVICE_CONDITION_KEY', 'MISSING_ARN_REGION', 'ARN_REGION_NOT_ALLOWED', 'INVALID_ARN_REGION', 'INVALID_ARN_ACCOUNT']);

/** The ERROR findings of a document that IAM itself refuses (size findings left out). */
export function documentErrors(text: string, kind: PolicyKind = 'identity'): Finding[] {
  return validatePolicy(text, { kind }).filter((f) => f.findingType === 'ERROR' && !SIZE_CODES.has(f.issueCode) && !IAM_ACCEPTS.has(f.issueCode));
}

/** The message of a MalformedPolicyDocument for a finding: IAM's wording, or the finding located in the text. */
export function malformedMessage(f: Finding): string {
  const fixed = IAM_WORDING[f.issueCode];
  if (fixed) return fixed;
  const where = f.path ? `${f.path} (line ${f.span.start.line}, column ${f.span.start.column})` : `line ${f.span.start.line}, column ${f.span.start.column}`;
  return `${f.message} [${f.issueCode} at ${where}]`;
}

/** A MalformedPolicyDocument for the first ERROR of the document, or undefined when it has none. */
export function checkPolicyDocument(text: string, kind: PolicyKind = 'identity'): ApiError | undefined {
  const first = documentErrors(text, kind)[0];
  return first ? malformedPolicy(malformedMessage(first)) : undefined;
}

/** Characters that count toward IAM's size quotas (white space does not count). */
export function documentSize(text: string): number {
  return policySize(text, { limit: 0, countsWhitespace: false, label: '', issueCode: '' });
}

/** LimitExceeded when a managed policy document is over 6,144 non-whitespace characters. */
export function checkManagedPolicySize(text: string): ApiError | undefined {
  return documentSize(text) > QUOTAS.PolicySizeQuota ? limitExceeded(`Cannot exceed quota for PolicySize: ${QUOTAS.PolicySizeQuota}`) : undefined;
}

/** The kinds of IAM identity that hold inline policies, with their aggregate size quota. */
export type InlineOwnerKind = 'user' | 'group' | 'role';

const INLINE_QUOTA: Record<InlineOwnerKind, number> = {
  user: QUOTAS.UserPolicySizeQuota,
  group: QUOTAS.GroupPolicySizeQuota,
  role: QUOTAS.RolePolicySizeQuota,
};

/**
 * LimitExceeded when the inline policies of one identity, with `name` set to `text`, would be over the
 * aggregate quota (user 2,048, group 5,120, role 10,240 non-whitespace characters).
 */
export function checkInlineAggregate(kind: InlineOwnerKind, ownerName: string, inline: Record<string, string>, name: string, text: string): ApiError | undefined {
  let total = documentSize(text);
  for (const [other, doc] of Object.entries(inline)) if (other !== name) total += documentSize(doc);
  const quota = INLINE_QUOTA[kind];
  return total > quota ? limitExceeded(`Maximum policy size of ${quota} bytes exceeded for ${kind} ${ownerName}`) : undefined;
}

/**
 * A stored document as AWS CLI v2 prints it: the API returns it URL-encoded, and the CLI decodes and
 * parses it into JSON. Text that no longer parses is returned as it is.
 */
export function documentOutput(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
