/**
 * validatePolicy: policy text -> findings shaped like IAM Access Analyzer's ValidatePolicy
 * (findingType, issueCode, message, path, span), sorted by position. Access Analyzer's issue codes
 * are used where one exists. Never throws.
 */
import { createContext } from './context.ts';
import { parsePolicy, type ParsedPolicy } from './parse.ts';
import { checkActions } from './rules/action.ts';
import { checkCondition } from './rules/condition.ts';
import { checkDocument, readVersion } from './rules/document.ts';
import { checkPrincipal } from './rules/principal.ts';
import { checkResources } from './rules/resource.ts';
import { checkSecurity } from './rules/security.ts';
import { checkStatementShape, checkUniqueSids } from './rules/statement.ts';
import type { Finding, FindingType, PolicyKind } from './types.ts';

/** Options for validatePolicy. */
export interface ValidateOptions {
  /** Which kind of policy the text is (default `identity`): changes allowed elements and the size quota. */
  kind?: PolicyKind;
}

const SEVERITY: Record<FindingType, number> = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 };

/** Sorts findings by start position, then severity, then code. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      SEVERITY[a.findingType] - SEVERITY[b.findingType] ||
      (a.issueCode < b.issueCode ? -1 : a.issueCode > b.issueCode ? 1 : 0),
  );
}

/** Validates an already-parsed policy. */
export function validateParsed(parsed: ParsedPolicy, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [...parsed.errors];
  // Malformed JSON: the syntax errors are the findings; the rest would only echo them.
  if (parsed.malformed || !parsed.root) return sortFindings(findings);
  const kind = options.kind ?? 'identity';
  const ctx = createContext(parsed, kind, readVersion(parsed.root), findings);
  const statements = checkDocument(ctx, parsed.root);
  for (const st of statements) {
    checkStatementShape(ctx, st);
    checkPrincipal(ctx, st);
    checkActions(ctx, st);
    checkResources(ctx, st);
    checkCondition(ctx, st);
    checkSecurity(ctx, st);
  }
  checkUniqueSids(ctx, statements);
  return sortFindings(findings);
}

/** Validates policy text as the given kind of policy (default `identity`). */
export function validatePolicy(text: string, options: ValidateOptions = {}): Finding[] {
  return validateParsed(parsePolicy(text), options);
}
