import type { PolicySetKind } from '../core/engine/types.ts';
import type { PolicyKind } from '../core/policy/types.ts';

/** Kinds that hold a list of policies in the simulator; the others hold exactly one box. */
export const MULTI_KINDS: ReadonlySet<PolicySetKind> = new Set(['identity', 'scp']);

/** Kinds shown as a single box. */
export const SINGLE_KINDS: readonly PolicySetKind[] = ['resource', 'boundary', 'session'];

/** Display order of the policy boxes. */
export const KIND_ORDER: readonly PolicySetKind[] = ['identity', 'resource', 'boundary', 'scp', 'session'];

/** Name given to a box the learner did not name. */
export const DEFAULT_NAMES: Record<PolicySetKind, string> = {
  identity: 'identity policy',
  resource: 'resource policy',
  boundary: 'permissions boundary',
  scp: 'SCP',
  session: 'session policy',
};

/** Which validation rules apply to a box of each kind. */
export const VALIDATION_KIND: Record<PolicySetKind, PolicyKind> = {
  identity: 'identity',
  resource: 'resource',
  boundary: 'boundary',
  scp: 'scp',
  session: 'session',
};
