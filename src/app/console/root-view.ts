/** The root user's Security credentials page: its access keys and MFA devices. */
import type { AccountState } from '../../core/account/model.ts';
import { dateLabel } from './ages.ts';
import { accessKeyRows, type AccessKeyRow } from './users-view.ts';

/** What the page shows. */
export interface RootCredentials {
  email: string;
  accountId: string;
  accessKeys: AccessKeyRow[];
  mfa: { serial: string; kind: string; enabled: string }[];
  /** Virtual devices created but assigned to nobody (e.g. an abandoned assignment). */
  unassigned: string[];
}

/** The root user's credentials. */
export function rootCredentials(state: AccountState, nowMs: number): RootCredentials {
  const devices = Object.values(state.mfaDevices);
  return {
    email: state.root.email,
    accountId: state.accountId,
    accessKeys: accessKeyRows(state.root.accessKeys, nowMs),
    mfa: devices
      .filter((d) => d.enabledFor === 'root')
      .map((d) => ({ serial: d.serialNumber, kind: d.kind === 'virtual' ? 'Virtual MFA device' : 'Hardware TOTP token', enabled: d.enableDate ? dateLabel(d.enableDate) : '' })),
    unassigned: devices.filter((d) => d.kind === 'virtual' && d.enabledFor === undefined).map((d) => d.serialNumber).sort(),
  };
}
