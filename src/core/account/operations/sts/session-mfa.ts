/** The MFA part of AssumeRole: which device the caller may name, and checking its code. */
import type { AccountState, MfaDevice } from '../../model.ts';
import type { CallerPrincipal } from '../../principals.ts';
import { totpAtStep, totpStep } from '../../totp.ts';

/** The `enabledFor` owner of the caller's MFA devices, when it can have any (root or an IAM user). */
function ownerOf(caller: CallerPrincipal): string | undefined {
  if (caller.type === 'Root') return 'root';
  return caller.user?.userName;
}

/** The caller's enabled MFA device with this serial, if it has one. */
export function callerDevice(state: AccountState, caller: CallerPrincipal, serialNumber: string | undefined): MfaDevice | undefined {
  if (serialNumber === undefined) return undefined;
  const device = state.mfaDevices[serialNumber];
  const owner = ownerOf(caller);
  return device && owner !== undefined && device.enabledFor === owner ? device : undefined;
}

/** Steps of drift accepted for a session's MFA code (the current step and one either side). */
const WINDOW = 1;

/**
 * The step of a valid, unused code of the device near now, or undefined. AWS rejects a code it has already
 * accepted, so a code cannot be replayed.
 */
export async function acceptCode(device: MfaDevice, code: string, nowMs: number): Promise<number | undefined> {
  const now = totpStep(nowMs);
  for (const step of [now, now - WINDOW, now + WINDOW]) {
    if (device.lastAcceptedStep !== undefined && step <= device.lastAcceptedStep) continue;
    if ((await totpAtStep(device.seed, step)) === code) return step;
  }
  return undefined;
}
