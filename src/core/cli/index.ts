/** The simulated AWS CLI: one entry for the in-browser terminal and `iam-lab aws`. */
export { runCli, type RunCliOptions } from './run.ts';
export { runQueryApi, isQueryRequest } from './query-api.ts';
export { tokenize } from './tokenize.ts';
export type { CliOutcome } from './outcome.ts';
export type { FileAccess } from './values.ts';
