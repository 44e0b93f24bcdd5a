/** The rows of a console-style access summary (service × access level), shared by the console and the editor. */
import type { AccessSummary } from '../core/access/index.ts';
import type { AccessLevel } from '../core/catalog/index.ts';

/** One row: a service and an access level, as the IAM console's policy summary shows it. */
export interface AccessRow {
  /** Stable key, `service/level`. */
  id: string;
  service: string;
  serviceName: string;
  level: AccessLevel;
  /** `Full access` or `Limited: N of M actions` (the console adds `No access`). */
  label: string;
  full: boolean;
  /** `All resources`, or the resources allowed. */
  resources: string[];
  /** Condition keys the allowing statements test (empty: none). */
  conditions: string[];
  /** The allowed actions, without the service prefix. */
  actions: string[];
}

/** The summary's rows, in its order. */
export function accessRows(summary: AccessSummary): AccessRow[] {
  return summary.services.flatMap((s) =>
    s.levels.map((l) => ({
      id: `${s.service}/${l.level}`,
      service: s.service,
      serviceName: s.name,
      level: l.level,
      label: l.label,
      full: l.full,
      resources: l.resources,
      conditions: l.conditions,
      actions: l.actions,
    })),
  );
}
