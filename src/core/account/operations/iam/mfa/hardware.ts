/**
 * Simulated hardware TOTP tokens and the codes devices show.
 *
 * AWS registers a hardware TOTP token with EnableMFADevice on the serial printed on it (`GAHT…`); the
 * token's seed is known to AWS from the factory. The lab models "holding a token" with the optional
 * `state.hardwareTokens`: `shipHardwareToken` puts one there (deterministic serial and seed from the
 * account's id counter), and EnableMFADevice with that serial registers it as an MFA device.
 *
 * The UI never shows a seed: it calls `currentMfaCode(state, env, serial)` for a virtual device (the
 * learner's "authenticator app") or a held hardware token (the token's display), on the simulated clock,
 * and shows `secondsLeft` until the next code. Advancing the clock by 30 s gives the next code.
 */
import { nowMs, type Env } from '../../../env.ts';
import { newBase32Seed } from '../../../ids.ts';
import type { AccountState, HardwareToken } from '../../../model.ts';
import { TOTP_STEP_SECONDS, totpAtStep, totpStep } from '../../../totp.ts';

/** Give the learner a new hardware TOTP token (serial `GAHT` + 8 digits). Returns it. */
export function shipHardwareToken(state: AccountState): HardwareToken {
  const tokens = (state.hardwareTokens ??= {});
  let serialNumber: string;
  do {
    serialNumber = `GAHT${String(++state.seq * 7919 + 10_000_000).slice(-8)}`;
  } while (tokens[serialNumber] || state.mfaDevices[serialNumber]);
  const token: HardwareToken = { serialNumber, seed: newBase32Seed(state) };
  tokens[serialNumber] = token;
  return token;
}

/** The seed behind a serial: a registered device's, else a held hardware token's. */
export function seedOf(state: AccountState, serialNumber: string): string | undefined {
  return state.mfaDevices[serialNumber]?.seed ?? state.hardwareTokens?.[serialNumber]?.seed;
}

/** What a device or token displays now. */
export interface DisplayedCode {
  code: string;
  /** Seconds until the device shows its next code. */
  secondsLeft: number;
  /** The TOTP step the code belongs to. */
  step: number;
}

/**
 * The code a virtual MFA device or a held hardware token shows at the account's simulated time, or
 * `stepsAhead` codes later. Undefined for an unknown serial.
 */
export async function currentMfaCode(state: AccountState, env: Env, serialNumber: string, stepsAhead = 0): Promise<DisplayedCode | undefined> {
  const seed = seedOf(state, serialNumber);
  if (seed === undefined) return undefined;
  const now = nowMs(state, env);
  const step = totpStep(now) + stepsAhead;
  const secondsLeft = stepsAhead === 0 ? TOTP_STEP_SECONDS - (Math.floor(now / 1000) % TOTP_STEP_SECONDS) : TOTP_STEP_SECONDS;
  return { code: await totpAtStep(seed, step), secondsLeft, step };
}
