/** The one table of check kinds, by `kind`. */
import type { Check } from '../types.ts';
import { accessCheck } from './access.ts';
import type { CheckKind } from './check.ts';
import { groupCheck, passwordPolicyCheck, roleCheck, rootCheck, userCheck } from './entities.ts';
import { eventCheck, noEventAfterCheck, orderCheck } from './events.ts';
import { findingsCheck } from './findings.ts';
import { questionCheck } from './question.ts';
import { requestCheck } from './request.ts';
import { securityStatusCheck } from './security-status.ts';

const KINDS = [rootCheck, userCheck, groupCheck, roleCheck, passwordPolicyCheck, requestCheck, findingsCheck, eventCheck, orderCheck, noEventAfterCheck, questionCheck, securityStatusCheck, accessCheck];

// Each kind evaluates only its own check type; the table hands every check to the kind of its name.
export const CHECK_KINDS: ReadonlyMap<string, CheckKind<Check>> = new Map(KINDS.map((k) => [k.kind, k as unknown as CheckKind<Check>]));

/** The names of every check kind (for the lesson schema and docs). */
export const CHECK_KIND_NAMES: readonly string[] = KINDS.map((k) => k.kind);
