/** Shared pieces of the MFA operations: finding devices, checking codes, messages and response shapes. */
import { ApiError, invalidAuthenticationCode, noSuchEntity, noSuchUser, validationError } from '../../../errors.ts';
import type { AccountState, MfaDevice, User } from '../../../model.ts';
import type { OpContext } from '../../../operation.ts';
import { PATTERNS, type ParamSpec } from '../../../params.ts';
import { findUser } from '../../../principals.ts';
import { totpAtStep, totpStep } from '../../../totp.ts';

/** `SerialNumber`: a virtual device's ARN or a hardware token's serial. */
export const SERIAL_PARAM: ParamSpec = {
  name: 'SerialNumber',
  type: 'string',
  required: true,
  min: 9,
  max: 256,
  pattern: PATTERNS.serial,
  doc: 'The serial number of the MFA device (the ARN, for a virtual device).',
};

/** `AuthenticationCode1` / `AuthenticationCode2`: six digits, never recorded. */
export function codeParam(name: 'AuthenticationCode1' | 'AuthenticationCode2'): ParamSpec {
  const doc = name === 'AuthenticationCode1' ? 'A code shown by the device.' : 'The next code the device shows after the first one.';
  return { name, type: 'string', required: true, min: 6, max: 6, pattern: PATTERNS.authCode, secret: true, doc };
}

/** The owner name stored in `enabledFor` for the root user's devices. */
export const ROOT_OWNER = 'root';

/** How many TOTP steps of clock drift EnableMFADevice tolerates either side. */
export const ENABLE_WINDOW = 2;
/** How many steps ResyncMFADevice searches either side (it exists to repair drift). */
export const RESYNC_WINDOW = 20;

/** AWS's InvalidAuthenticationCode error. */
export function invalidCode(): ApiError {
  return invalidAuthenticationCode('Authentication code for device is not valid.');
}

/** NoSuchEntity for a serial that names no device. */
export function noSuchDevice(serial: string): ApiError {
  return noSuchEntity(`VirtualMFADevice with serial number ${serial} doesn't exist.`);
}

/** NoSuchEntity for a device that is not enabled for the named user. */
export function deviceNotForUser(): ApiError {
  return noSuchEntity('MFA Device invalid for user.');
}

/** The ValidationError AWS returns when the required UserName is missing. */
export function userNameRequired(): ApiError {
  return validationError([{ value: null, member: 'userName', constraint: 'Member must not be null' }]);
}

/** Whose devices a call is about: a user, or the root user. */
export type MfaOwner = { kind: 'root' } | { kind: 'user'; user: User };

/** The `enabledFor` value of an owner. */
export function ownerKey(owner: MfaOwner): string {
  return owner.kind === 'root' ? ROOT_OWNER : owner.user.userName;
}

/** The devices enabled for an owner, sorted by serial number. */
export function devicesOf(state: AccountState, owner: MfaOwner): MfaDevice[] {
  const key = ownerKey(owner);
  return Object.values(state.mfaDevices)
    .filter((d) => d.enabledFor === key)
    .sort((a, b) => (a.serialNumber < b.serialNumber ? -1 : a.serialNumber > b.serialNumber ? 1 : 0));
}

/**
 * The owner named by an optional UserName: the user, or (without a name) the caller itself. Root without a
 * name is accepted only when `rootAllowed` (console calls); other callers without a user behind them get
 * AWS's "non-User credentials" error.
 */
export function resolveOwner(ctx: OpContext, userName: string | undefined, rootAllowed: boolean): MfaOwner | ApiError {
  if (userName !== undefined) {
    const user = findUser(ctx.state, userName);
    return user ? { kind: 'user', user } : noSuchUser(userName);
  }
  if (ctx.caller.type === 'Root') return rootAllowed ? { kind: 'root' } : userNameRequired();
  if (ctx.caller.user) return { kind: 'user', user: ctx.caller.user };
  return new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
}

/** The ARN a call about an owner's devices is authorized against. */
export function ownerResource(ctx: OpContext, userName: string | undefined): string {
  if (userName !== undefined) return findUser(ctx.state, userName)?.arn ?? `arn:aws:iam::${ctx.state.accountId}:user/${userName}`;
  return ctx.caller.arn;
}

/**
 * The TOTP step of the second of two consecutive codes, when `code1` and `code2` are the device's codes of
 * two consecutive steps near now and newer than any code accepted before; undefined otherwise.
 */
export async function consecutiveCodes(
  seed: string,
  code1: string,
  code2: string,
  nowMs: number,
  window: number,
  lastAcceptedStep: number | undefined,
): Promise<number | undefined> {
  // The usual case first: code1 was read one step ago and code2 is the current one; then nearest first.
  const centre = totpStep(nowMs) - 1;
  for (let d = 0; d <= window; d++) {
    for (const s of d === 0 ? [centre] : [centre - d, centre + d]) {
      if (s < 0 || (lastAcceptedStep !== undefined && s <= lastAcceptedStep)) continue;
      if ((await totpAtStep(seed, s)) === code1 && (await totpAtStep(seed, s + 1)) === code2) return s + 1;
    }
  }
  return undefined;
}

/** The `User` member AWS shows for a device's owner in ListVirtualMFADevices. */
export function ownerJson(state: AccountState, enabledFor: string): Record<string, unknown> | undefined {
  if (enabledFor === ROOT_OWNER) {
    const root: Record<string, unknown> = { UserId: state.accountId, Arn: state.root.arn, CreateDate: state.root.createDate };
    if (state.root.passwordLastUsed) root.PasswordLastUsed = state.root.passwordLastUsed;
    return root;
  }
  const user = findUser(state, enabledFor);
  return user ? { Path: user.path, UserName: user.userName, UserId: user.userId, Arn: user.arn, CreateDate: user.createDate } : undefined;
}
