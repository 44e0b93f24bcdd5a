/** An item of the Security Status checklist must be (or not be) green. */
import { securityStatus } from '../../core/account/security-status.ts';
import type { SecurityStatusCheck } from '../types.ts';
import { defineCheck } from './check.ts';

export const securityStatusCheck = defineCheck<SecurityStatusCheck>({
  kind: 'security-status',
  evaluate(check, { state, nowMs }) {
    const item = securityStatus(state, nowMs).find((i) => i.id === check.item);
    if (!item) return `The Security Status has no item ${check.item}.`;
    if (item.ok === check.ok) return undefined;
    return check.ok ? `Security Status still flags: ${item.label}.` : `Security Status already shows "${item.label}" as done.`;
  },
});
