/** What a command line run produces, and the AWS CLI v2's ways of reporting a failure. */
import type { ApiError } from '../account/errors.ts';

/** The result of one command line: its output streams and exit code. */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  /** 0 success; 252 usage or parameter error; 254 service error; 1 a failed `aws s3` transfer. */
  exitCode: number;
  /** The HTTP status of a Query API request (the raw API form only). */
  httpStatus?: number;
}

/** AWS CLI v2's exit code for command-line and parameter errors. */
export const USAGE_RC = 252;
/** AWS CLI v2's exit code when the service returned an error. */
export const SERVICE_RC = 254;

/** The usage text argparse prints before a usage error (AWS CLI v2). */
export const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

/** A problem found before any call was made; rendered by `failureOutcome`. */
export type CliFailure =
  /** argparse's error: usage, then `aws: error: MESSAGE`. */
  | { kind: 'usage'; message: string }
  /** Arguments nothing consumed: usage, then `Unknown options: ...`. */
  | { kind: 'unknown'; options: string[] }
  /** A value that could not be read: `Error parsing parameter '--x': MESSAGE`. */
  | { kind: 'param'; option: string; message: string }
  /** Any other one-line problem (client-side validation, a bad --query). */
  | { kind: 'plain'; message: string };

/** Render a failure as AWS CLI v2 prints it (stderr, exit 252). */
export function failureOutcome(f: CliFailure): CliOutcome {
  switch (f.kind) {
    case 'usage':
      return { stdout: '', stderr: `\n${USAGE}\naws: error: ${f.message}\n`, exitCode: USAGE_RC };
    case 'unknown':
      return { stdout: '', stderr: `\n${USAGE}\nUnknown options: ${f.options.join(', ')}\n`, exitCode: USAGE_RC };
    case 'param':
      return { stdout: '', stderr: `\nError parsing parameter '${f.option}': ${f.message}\n`, exitCode: USAGE_RC };
    case 'plain':
      return { stdout: '', stderr: `\n${f.message}\n`, exitCode: USAGE_RC };
  }
}

/** `An error occurred (Code) when calling the Operation operation: message` (stderr, exit 254). */
export function serviceErrorOutcome(error: ApiError, operation: string): CliOutcome {
  return { stdout: '', stderr: `\n${serviceErrorLine(error, operation)}\n`, exitCode: SERVICE_RC };
}

/** The one line AWS CLI prints for a service error. */
export function serviceErrorLine(error: ApiError, operation: string): string {
  return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`;
}

/** A failure value used inside the parsers (thrown and caught within src/core/cli only). */
export class CliFailureSignal {
  constructor(readonly failure: CliFailure) {}
}
