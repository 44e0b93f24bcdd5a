/** Dispatch of the `iam-lab` command (contract: DESIGN.md, "Headless contract"). */
import { InputError, type CommandIO } from './io.ts';

const USAGE = `usage: iam-lab <command> [...]
  simulate CASES.json [--explain]        decide requests against policies (JSON out)
  validate POLICY.json [--type KIND]     findings for a policy; KIND: identity|resource|trust|scp
  aws --state STATE.json [--as WHO] <service> <operation> [...]   the aws command line on a simulated account
  lessons list                           the lessons as JSON: id, title, number of steps
  lessons check [LESSON_ID]              validate lessons and replay their solutions; exit 1 on any problem
  lessons start LESSON_ID --state STATE.json   write the lesson's start account to STATE.json
  grade LESSON_ID --state STATE.json [--answer QUESTION_ID=N]   grade an account file against a lesson (JSON)
  access --state STATE.json --principal user/NAME [--service s3]   a principal's effective access (JSON summary)
  compare NEW.json EXISTING.json         what NEW allows that EXISTING does not, and the reverse (JSON)
`;

type Command = (args: string[], io: CommandIO) => number | Promise<number>;

// Loaded on demand, so each command pays only for the code it uses.
const COMMANDS: Record<string, () => Promise<Command>> = {
  simulate: async () => (await import('./commands/simulate.ts')).simulateCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  aws: async () => (await import('./commands/aws.ts')).awsCommand,
  lessons: async () => (await import('./commands/lessons.ts')).lessonsCommand,
  grade: async () => (await import('./commands/grade.ts')).gradeCommand,
  access: async () => (await import('./commands/access.ts')).accessCommand,
  compare: async () => (await import('./commands/compare.ts')).compareCommand,
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
