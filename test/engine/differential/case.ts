import type { AuthRequest } from '../../../src/core/engine/types.ts';

/** Any JSON value, as a policy document is made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON object (a policy document, a statement, a condition block). */
export type JsonObject = { [key: string]: Json };

/**
 * One generated differential case: a request and the policies that apply to it,
 * in a shape both engines can be fed from.
 */
export interface DiffCase {
  /** Position in the generated list (with the seed, enough to rebuild it). */
  index: number;
  /** The request; `resourceAccount` is always set so neither engine has to guess it. */
  request: AuthRequest & { resourceAccount: string };
  identity: JsonObject[];
  resource?: JsonObject;
  boundary?: JsonObject;
  /** Service control policies, all attached at one level of the organization. */
  scp: JsonObject[];
  /** Session policy (only generated for assumed-role principals). */
  session?: JsonObject;
  /** Features the case exercises, for the coverage assertions and for classifying disagreements. */
  features: Set<string>;
}

/** The three decisions, in our engine's words. */
export type Verdict = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
