/**
 * `iam-lab access --state STATE.json --principal user/NAME [--service s3]` (contract: DESIGN.md): the
 * principal's effective access over the account's resources, summarized per service and access level as
 * the IAM console's policy summary does. Exit 0; 2 when the file or the principal is unknown or bad.
 */
import { nowMs, systemEnv } from '../../src/core/account/env.ts';
import { parseStateFile } from '../../src/core/account/state-file.ts';
import { accountPrincipal, principalAccess, summarize } from '../../src/core/access/index.ts';
import { getService } from '../../src/core/catalog/index.ts';
import { PolicyDocumentError } from '../../src/core/engine/authorize.ts';
import { InputError, printJson, readText, splitOption, type CommandIO } from '../io.ts';
import { takeStateOption } from './lessons.ts';

export const ACCESS_USAGE = 'usage: iam-lab access --state STATE.json --principal user/NAME|role/NAME [--service PREFIX ...]';

export function accessCommand(args: string[], io: CommandIO): number {
  const { statePath, rest } = takeStateOption(args, ACCESS_USAGE);
  let principal: string | undefined;
  const services: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const [flag, inline] = splitOption(a);
    if (flag === '--principal' || flag === '--service') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') throw new InputError(`${flag} needs a value; ${ACCESS_USAGE}`);
      if (flag === '--principal') principal = value;
      else {
        if (!getService(value)) throw new InputError(`--service ${value}: not a service of the catalogue`);
        services.push(value.toLowerCase());
      }
    } else throw new InputError(`unexpected argument ${a}; ${ACCESS_USAGE}`);
  }
  if (principal === undefined) throw new InputError(`--principal is required; ${ACCESS_USAGE}`);
  const parsed = parseStateFile(readText(statePath));
  if (!parsed.ok) throw new InputError(`${statePath}: ${parsed.message}`);
  const who = accountPrincipal(parsed.state, principal);
  if (!who) throw new InputError(`--principal ${principal}: no such user or role in ${statePath} (use user/NAME or role/NAME)`);
  try {
    const access = principalAccess(parsed.state, who, { nowMs: nowMs(parsed.state, systemEnv), ...(services.length > 0 ? { services } : {}) });
    printJson(io, summarize(access));
  } catch (e) {
    if (e instanceof PolicyDocumentError) throw new InputError(`${statePath}: ${e.message}`);
    throw e;
  }
  return 0;
}
