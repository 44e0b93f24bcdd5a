/** Pieces the group operations share: the group name parameter, look-up, ARN, JSON shape and errors. */
import { noSuchEntity, type ApiError } from '../../../errors.ts';
import type { AccountState, Group, User } from '../../../model.ts';
import { PATTERNS, type ParamSpec } from '../../../params.ts';
import { iamArn } from '../../../shapes.ts';

/** `GroupName` (1–128 of [\w+=,.@-]). */
export const GROUP_NAME_PARAM: ParamSpec = { name: 'GroupName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The name of the group.' };

/** `UserName` as the membership operations constrain it (1–128). */
export const MEMBER_USER_PARAM: ParamSpec = { name: 'UserName', type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.name, doc: 'The name of the user.' };

/** Find a group by name (unique ignoring case). */
export function findGroup(state: AccountState, name: string): Group | undefined {
  return state.groups[name.toLowerCase()];
}

/** The ARN a group call is authorized against (the group's own, or the one it would have at `/`). */
export function groupArnFor(state: AccountState, name: string): string {
  return findGroup(state, name)?.arn ?? iamArn(state, 'group', '/', name);
}

/** `The group with name X cannot be found.` */
export const groupNotFound = (name: string): ApiError => noSuchEntity(`The group with name ${name} cannot be found.`);

/** The `Group` structure of IAM's responses. */
export function groupJson(g: Group): Record<string, unknown> {
  return { Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: g.createDate };
}

/** The users of a group (their `groups` lists name it; compared ignoring case). */
export function membersOf(state: AccountState, g: Group): User[] {
  const lower = g.groupName.toLowerCase();
  return Object.values(state.users).filter((u) => u.groups.some((n) => n.toLowerCase() === lower));
}
