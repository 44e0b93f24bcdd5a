/** Dispatch of the `iam-lab` command (contract: DESIGN.md, "Headless contract"). */
import { InputError, type CommandIO } from './io.ts';

const USAGE = `usage: iam-lab <command> [...]
  simulate CASES.json [--explain]        decide requests against policies (JSON out)
  validate POLICY.json [--type KIND]     findings for a policy; KIND: identity|resource|trust|scp
  aws --state STATE.json [--as WHO] <service> <operation> [...]   the aws command line on a simulated account
`;

type Command = (args: string[], io: CommandIO) => number | Promise<number>;

// Loaded on demand, so each command pays only for the code it uses.
const COMMANDS: Record<string, () => Promise<Command>> = {
  simulate: async () => (await import('./commands/simulate.ts')).simulateCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  aws: async () => (await import('./commands/aws.ts')).awsCommand,
};

/** Run the command line; returns the exit code. Input problems print one line and return 2. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`iam-lab: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`iam-lab ${name}: ${e.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
}
