/**
 * Placeholders in solution actions for values an author cannot know when writing the lesson, filled in
 * at replay time from the account:
 * - `{{totp:SERIAL}}` / `{{totp-prev:SERIAL}}`: the MFA device's code now / one step earlier
 *   (EnableMFADevice wants two consecutive codes: the earlier one first);
 * - `{{key:USER:N}}`: the id of the user's N-th access key (1-based, oldest first);
 * - `{{root-key:N}}`: the root user's N-th access key id;
 * - `{{session-key:ROLE}}`: the access key id of the newest session of ROLE;
 * - `{{account}}`: the account id.
 */
import { nowMs, type Env } from '../core/account/env.ts';
import type { AccountState } from '../core/account/model.ts';
import { totpAtStep, totpStep } from '../core/account/totp.ts';

const PLACEHOLDER = /\{\{([a-z-]+):?([^}]*)\}\}/g;

/** A placeholder that cannot be filled (names what is missing). */
export class PlaceholderError extends Error {}

function seedOf(state: AccountState, serial: string): string {
  const device = state.mfaDevices[serial];
  if (device) return device.seed;
  const token = state.hardwareTokens?.[serial];
  if (token) return token.seed;
  throw new PlaceholderError(`no MFA device ${serial}`);
}

async function valueOf(state: AccountState, env: Env, name: string, arg: string): Promise<string> {
  switch (name) {
    case 'account':
      return state.accountId;
    case 'totp':
    case 'totp-prev': {
      const step = totpStep(nowMs(state, env)) - (name === 'totp-prev' ? 1 : 0);
      return totpAtStep(seedOf(state, arg), step);
    }
    case 'key': {
      const [user = '', n = '1'] = arg.split(':');
      const key = state.users[user.toLowerCase()]?.accessKeys[Number(n) - 1];
      if (!key) throw new PlaceholderError(`user ${user} has no access key number ${n}`);
      return key.accessKeyId;
    }
    case 'root-key': {
      const key = state.root.accessKeys[Number(arg || '1') - 1];
      if (!key) throw new PlaceholderError(`the root user has no access key number ${arg || '1'}`);
      return key.accessKeyId;
    }
    case 'session-key': {
      const session = [...state.sessions].reverse().find((s) => s.roleName.toLowerCase() === arg.toLowerCase());
      if (!session) throw new PlaceholderError(`no session of role ${arg}`);
      return session.accessKeyId;
    }
    default:
      throw new PlaceholderError(`unknown placeholder {{${name}}}`);
  }
}

/** Fill every placeholder in a string. */
export async function fillText(text: string, state: AccountState, env: Env): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += text.slice(last, m.index) + (await valueOf(state, env, m[1] as string, m[2] ?? ''));
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** Fill placeholders in every string inside a value (console action parameters). */
export async function fillValue(value: unknown, state: AccountState, env: Env): Promise<unknown> {
  if (typeof value === 'string') return fillText(value, state, env);
  if (Array.isArray(value)) return Promise.all(value.map((v) => fillValue(v, state, env)));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await fillValue(v, state, env);
    return out;
  }
  return value;
}
