/** The IAM console's dashboard: resource counts and the Security Status checklist. */
import type { AccountState } from '../../core/account/model.ts';
import { securityStatus, type SecurityItem } from '../../core/account/security-status.ts';

export interface Dashboard {
  counts: { label: string; value: number }[];
  security: SecurityItem[];
}

export function dashboardOf(state: AccountState, nowMs: number): Dashboard {
  return {
    counts: [
      { label: 'Users', value: Object.keys(state.users).length },
      { label: 'User groups', value: Object.keys(state.groups).length },
      { label: 'Roles', value: Object.keys(state.roles).length },
      { label: 'Customer managed policies', value: Object.values(state.policies).filter((p) => !p.awsManaged).length },
    ],
    security: securityStatus(state, nowMs),
  };
}
