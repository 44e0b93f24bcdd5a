/** A new simulated account: root with no keys and no MFA, the AWS-managed policies, nothing else. */
import { STATE_VERSION, type AccountState } from './model.ts';
import { isoTime } from './env.ts';
import { awsManagedPolicies } from './aws-managed/index.ts';

/** Options for a new account. */
export interface NewAccountOptions {
  accountId?: string;
  alias?: string;
  email?: string;
  /** When the account was created (simulated time, epoch ms). */
  createdAt: number;
}

/** The default account id of the lab (a documentation-style id, never a real account). */
export const DEFAULT_ACCOUNT_ID = '111122223333';

/** Make a fresh account. */
export function createAccount(options: NewAccountOptions): AccountState {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const created = isoTime(options.createdAt);
  const state: AccountState = {
    version: STATE_VERSION,
    accountId,
    clockOffsetMs: 0,
    seq: 0,
    root: {
      arn: `arn:aws:iam::${accountId}:root`,
      createDate: created,
      email: options.email ?? 'owner@example.com',
      passwordHash: '',
      salt: '',
      accessKeys: [],
    },
    users: {},
    groups: {},
    roles: {},
    policies: {},
    mfaDevices: {},
    sessions: [],
    buckets: {},
    events: [],
  };
  if (options.alias !== undefined) state.alias = options.alias;
  for (const p of awsManagedPolicies(created)) state.policies[p.arn] = p;
  return state;
}
