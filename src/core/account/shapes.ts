/** Shared pieces of operations: ARNs, paging, tags and the JSON shapes AWS returns for entities. */
import type { AccountState, Tag, User } from './model.ts';
import type { ParamSpec } from './params.ts';
import { PATTERNS } from './params.ts';

/** `arn:aws:iam::ACCOUNT:KIND/PATH/NAME`, with the path as written (`/` or `/a/b/`). */
export function iamArn(state: AccountState, kind: 'user' | 'group' | 'role' | 'policy' | 'mfa', path: string, name: string): string {
  return `arn:aws:iam::${state.accountId}:${kind}${path}${name}`;
}

/** Parameters shared by operations that page (Marker, MaxItems). */
export const PAGING_PARAMS: readonly ParamSpec[] = [
  { name: 'Marker', type: 'string', min: 1, max: 320, doc: 'Where to continue, from the Marker of a truncated response.' },
  { name: 'MaxItems', type: 'integer', min: 1, max: 1000, doc: 'How many items to return at most (default 100).' },
];

/** The `Path` parameter with IAM's constraints. */
export const PATH_PARAM: ParamSpec = { name: 'Path', type: 'string', min: 1, max: 512, pattern: PATTERNS.path, doc: 'The path, such as /division_abc/ (default /).' };

/** Characters AWS allows in tag keys. */
export const TAG_KEY_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+';

/** The `TagKeys` parameter of the Untag operations. */
export const TAG_KEYS_PARAM: ParamSpec = {
  name: 'TagKeys',
  type: 'list',
  required: true,
  max: 50,
  doc: 'The keys of the tags to remove.',
  member: { name: 'TagKey', type: 'string', min: 1, max: 128, pattern: TAG_KEY_PATTERN },
};

/** The tags left after removing `keys` (tag keys match ignoring case; absent keys are ignored). */
export function withoutTags(tags: readonly Tag[], keys: readonly string[]): Tag[] {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return tags.filter((t) => !drop.has(t.Key.toLowerCase()));
}

/** The `Tags` parameter (at most 50 key/value pairs). */
export const TAGS_PARAM: ParamSpec = {
  name: 'Tags',
  type: 'list',
  max: 50,
  doc: 'Tags to attach, as Key=string,Value=string pairs.',
  member: {
    name: 'Tag',
    type: 'structure',
    members: [
      { name: 'Key', type: 'string', required: true, min: 1, max: 128, pattern: TAG_KEY_PATTERN },
      { name: 'Value', type: 'string', required: true, min: 0, max: 256, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*' },
    ],
  },
};

/** A page of a sorted list, AWS-style: the items, IsTruncated, and a Marker to continue from. */
export function paginate<T>(items: readonly T[], params: { Marker?: string; MaxItems?: number }): { page: T[]; IsTruncated: boolean; Marker?: string } {
  const start = params.Marker !== undefined ? Number.parseInt(params.Marker, 10) || 0 : 0;
  const max = params.MaxItems ?? 100;
  const page = items.slice(start, start + max);
  const end = start + page.length;
  return end < items.length ? { page, IsTruncated: true, Marker: String(end) } : { page, IsTruncated: false };
}

/** Sort entities by name as IAM lists them (case-insensitively). */
export function byName<T>(items: Iterable<T>, name: (t: T) => string): T[] {
  return [...items].sort((a, b) => name(a).toLowerCase().localeCompare(name(b).toLowerCase()));
}

/** Tags as AWS prints them, or undefined when there are none. */
export function tagsJson(tags: readonly Tag[]): Tag[] | undefined {
  return tags.length > 0 ? tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined;
}

/** The `User` structure of IAM's responses. */
export function userJson(user: User, withTags = false): Record<string, unknown> {
  const out: Record<string, unknown> = { Path: user.path, UserName: user.userName, UserId: user.userId, Arn: user.arn, CreateDate: user.createDate };
  if (user.loginProfile?.passwordLastUsed) out.PasswordLastUsed = user.loginProfile.passwordLastUsed;
  if (user.permissionsBoundary) out.PermissionsBoundary = { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: user.permissionsBoundary };
  const tags = withTags ? tagsJson(user.tags) : undefined;
  if (tags) out.Tags = tags;
  return out;
}

/** Count of entities of a kind, for quotas. */
export function count(record: Record<string, unknown>): number {
  return Object.keys(record).length;
}
