/**
 * The schema of lesson files, checked with valibot: lesson packs are untrusted data. Every problem is
 * reported with the file and the field (`steps/02-delete-keys.md: checks[1].expect: ...`).
 */
import * as v from 'valibot';
import { isComparison } from './compare.ts';

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const comparison = v.custom<number | string>(isComparison, 'must be a number or a comparison such as ">= 14"');
const principalRef = v.pipe(v.string(), v.regex(/^(root|any|user\/[\w+=,.@/-]+|role\/[\w+=,.@-]+)$/, 'must be root, any, user/NAME or role/NAME'));

const eventMatch = v.strictObject({
  by: v.optional(principalRef),
  operation: v.optional(v.union([name, v.array(name)])),
  service: v.optional(v.picklist(['iam', 'sts', 's3'])),
  allowed: v.optional(v.boolean()),
  params: v.optional(v.record(v.string(), v.unknown())),
  accessKeyId: v.optional(v.union([v.string(), v.strictObject({ not: v.string() })])),
  via: v.optional(v.picklist(['console', 'cli', 'api', 'sdk'])),
  errorCode: v.optional(name),
});

const base = {
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  failure: v.optional(v.pipe(v.string(), v.maxLength(400))),
  hidden: v.optional(v.boolean()),
};
const contextValue = v.union([v.string(), v.number(), v.boolean(), v.array(v.union([v.string(), v.number(), v.boolean()]))]);

/** One check, by kind (see types.ts and docs/lesson-authoring.md). */
export const checkSchema = v.variant('kind', [
  v.strictObject({ ...base, kind: v.literal('root'), accessKeys: v.optional(comparison), mfa: v.optional(v.boolean()) }),
  v.strictObject({
    ...base,
    kind: v.literal('user'),
    name,
    exists: v.optional(v.boolean()),
    console: v.optional(v.boolean()),
    passwordResetRequired: v.optional(v.boolean()),
    accessKeys: v.optional(comparison),
    activeAccessKeys: v.optional(comparison),
    activeKeysYoungerThanDays: v.optional(v.pipe(v.number(), v.minValue(0))),
    inGroups: v.optional(v.array(name)),
    directPolicies: v.optional(comparison),
    attached: v.optional(v.array(v.string())),
    mfa: v.optional(v.boolean()),
    keyDeleted: v.optional(v.string()),
  }),
  v.strictObject({ ...base, kind: v.literal('group'), name, exists: v.optional(v.boolean()), attached: v.optional(v.array(v.string())), members: v.optional(v.array(name)) }),
  v.strictObject({ ...base, kind: v.literal('role'), name, exists: v.optional(v.boolean()), attached: v.optional(v.array(v.string())), trusts: v.optional(v.string()) }),
  v.strictObject({ ...base, kind: v.literal('password-policy'), exists: v.optional(v.boolean()), fields: v.optional(v.record(v.string(), v.union([comparison, v.boolean()]))) }),
  v.strictObject({
    ...base,
    kind: v.literal('request'),
    as: principalRef,
    action: v.pipe(v.string(), v.regex(/^[\w-]+:[\w*?-]+$/, 'must be service:Action')),
    resource: v.pipe(v.string(), v.minLength(1)),
    context: v.optional(v.record(v.string(), contextValue)),
    expect: v.picklist(['allowed', 'denied', 'explicit-deny', 'implicit-deny']),
  }),
  v.strictObject({
    ...base,
    kind: v.literal('access'),
    as: principalRef,
    relation: v.picklist(['equals', 'within', 'covers']),
    reference: v.union([v.pipe(v.string(), v.minLength(1)), v.record(v.string(), v.unknown())]),
    services: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a service prefix such as s3')))),
    actions: v.optional(v.array(v.pipe(v.string(), v.regex(/^[\w*?-]+:[\w*?-]+$/, 'must be service:Action (wildcards allowed)')))),
  }),
  v.strictObject({ ...base, kind: v.literal('findings'), policy: v.optional(v.string()), of: v.optional(principalRef), none: v.array(v.picklist(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'])) }),
  v.strictObject({ ...base, kind: v.literal('event'), match: eventMatch, count: v.optional(comparison) }),
  v.strictObject({ ...base, kind: v.literal('order'), first: eventMatch, then: eventMatch, thenOptional: v.optional(v.boolean()) }),
  v.strictObject({ ...base, kind: v.literal('no-event-after'), match: eventMatch, after: eventMatch }),
  v.strictObject({
    ...base,
    kind: v.literal('security-status'),
    item: v.picklist(['root-access-keys', 'root-mfa', 'individual-users', 'groups-for-permissions', 'password-policy', 'access-key-age']),
    ok: v.boolean(),
  }),
  v.pipe(
    v.strictObject({ ...base, kind: v.literal('question'), id: name, prompt: v.pipe(v.string(), v.minLength(1)), options: v.pipe(v.array(v.string()), v.minLength(2)), answer: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    v.check((q) => q.answer < q.options.length, 'answer must be the index of one of the options'),
  ),
]);

/** One replayable action of a solution. */
/** An action that must fail, and a text its error output must contain (an error code such as `AccessDenied`). */
const fails = v.optional(v.pipe(v.string(), v.minLength(1)));
export const actionSchema = v.union([
  v.strictObject({ cli: v.pipe(v.string(), v.startsWith('aws ')), as: v.optional(v.string()), fails }),
  v.strictObject({ api: v.pipe(v.string(), v.includes('Action=')), as: v.optional(v.string()), fails }),
  v.strictObject({
    console: v.strictObject({ service: v.picklist(['iam', 'sts', 's3']), operation: name, params: v.optional(v.record(v.string(), v.unknown())) }),
    as: v.optional(v.string()),
    fails,
  }),
  v.strictObject({ advanceDays: v.pipe(v.number(), v.minValue(0)) }),
  v.strictObject({ answer: v.strictObject({ id: name, option: v.pipe(v.number(), v.integer(), v.minValue(0)) }) }),
]);

/** The front matter of a step file. */
export const stepFrontSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens')),
  title: v.pipe(v.string(), v.minLength(1)),
  checks: v.pipe(v.array(checkSchema), v.minLength(1, 'a step needs at least one check')),
  hints: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.length(3, 'three hint tiers are needed: nudge, concept, near-answer')),
  solution: v.pipe(v.array(actionSchema), v.minLength(1, 'a step needs a replayable solution')),
  why: v.pipe(v.string(), v.minLength(1)),
  /** Other correct routes and wrong answers, replayed by tests (see docs/lesson-authoring.md). */
  alternatives: v.optional(v.array(v.strictObject({ name: v.string(), actions: v.array(actionSchema) }))),
  wrong: v.optional(v.array(v.strictObject({ name: v.string(), actions: v.array(actionSchema), expectFailing: v.pipe(v.string(), v.minLength(1)) }))),
});

/** The front matter of lesson.md. */
export const lessonFrontSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens')),
  title: v.pipe(v.string(), v.minLength(1)),
  summary: v.pipe(v.string(), v.minLength(1)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  prerequisites: v.optional(v.array(v.string())),
  teaches: v.optional(v.array(v.string())),
});

/** A flat, readable list of valibot issues: `field: message`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '(top)';
    return `${path}: ${issue.message}`;
  });
}
