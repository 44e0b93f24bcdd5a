/** Effective-access analysis: what a principal or a policy set really allows, and exact comparisons. */
export type * from './types.ts';
export { ACCESS_LEVELS } from './types.ts';
export { effectiveAccess, indexResults, allowedIn, contextKey, type EffectiveAccess } from './effective.ts';
export { summarize } from './summary.ts';
export { compareAccess, checkNoNewAccess, checkAccessNotGranted, statementLabel, DEFAULT_PRINCIPAL, type CompareOptions, type NotGranted } from './compare.ts';
export { accountResources, accountPrincipal, accountBaseContext, principalAccess, type AccountPrincipal } from './account.ts';
export { Universe } from './universe.ts';
