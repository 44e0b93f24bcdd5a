/** The start account of a lesson in a readable form (start.yaml), and its schema. */
import * as v from 'valibot';

const name = v.pipe(v.string(), v.regex(/^[\w+=,.@-]{1,64}$/, 'must be an IAM name'));
const policyDoc = v.union([v.string(), v.record(v.string(), v.unknown())]);
const key = v.strictObject({
  /** Pin the key id so checks and solutions can name it (AKIA + 16 upper-case letters or digits). */
  id: v.optional(v.pipe(v.string(), v.regex(/^AKIA[A-Z2-7]{16}$/, 'must be AKIA followed by 16 letters/digits 2-7'))),
  ageDays: v.optional(v.pipe(v.number(), v.minValue(0))),
  status: v.optional(v.picklist(['Active', 'Inactive'])),
  /** Days ago the key was last used (absent: never). */
  lastUsedDaysAgo: v.optional(v.pipe(v.number(), v.minValue(0))),
  lastUsedService: v.optional(v.string()),
});

export const startSpecSchema = v.strictObject({
  accountId: v.optional(v.pipe(v.string(), v.regex(/^\d{12}$/, 'must be 12 digits'))),
  alias: v.optional(v.string()),
  root: v.optional(v.strictObject({ accessKeys: v.optional(v.array(key)), mfa: v.optional(v.boolean()) })),
  /** Hardware TOTP tokens the learner holds (not yet registered): EnableMFADevice takes their serial. */
  hardwareTokens: v.optional(v.array(v.strictObject({ serial: v.pipe(v.string(), v.regex(/^GAHT\d{8}$/, 'must be GAHT followed by 8 digits')) }))),
  passwordPolicy: v.optional(v.record(v.string(), v.union([v.number(), v.boolean()]))),
  policies: v.optional(v.array(v.strictObject({ name, path: v.optional(v.string()), description: v.optional(v.string()), document: policyDoc }))),
  groups: v.optional(v.array(v.strictObject({ name, path: v.optional(v.string()), attached: v.optional(v.array(v.string())), inline: v.optional(v.record(v.string(), policyDoc)) }))),
  users: v.optional(
    v.array(
      v.strictObject({
        name,
        path: v.optional(v.string()),
        ageDays: v.optional(v.pipe(v.number(), v.minValue(0))),
        console: v.optional(v.strictObject({ password: v.pipe(v.string(), v.minLength(1)), resetRequired: v.optional(v.boolean()) })),
        accessKeys: v.optional(v.array(key)),
        groups: v.optional(v.array(name)),
        attached: v.optional(v.array(v.string())),
        inline: v.optional(v.record(v.string(), policyDoc)),
        tags: v.optional(v.record(v.string(), v.string())),
      }),
    ),
  ),
  roles: v.optional(
    v.array(
      v.strictObject({ name, path: v.optional(v.string()), trust: policyDoc, description: v.optional(v.string()), attached: v.optional(v.array(v.string())), inline: v.optional(v.record(v.string(), policyDoc)) }),
    ),
  ),
  buckets: v.optional(v.array(v.strictObject({ name: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')), objects: v.optional(v.record(v.string(), v.string())), policy: v.optional(policyDoc) }))),
});

/** A lesson's start account as written in start.yaml. */
export type StartSpec = v.InferOutput<typeof startSpecSchema>;
