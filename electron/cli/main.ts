/**
 * The `partner-workbook` command line, run in Node (bin/partner-workbook.mjs loads the bundle
 * build/scripts/build-cli.mjs makes of this file). It parses the arguments with Node's
 * util.parseArgs, finds the command in the registry (commands/index.ts) and runs it. Every error
 * is caught here and printed as one line on stderr, never a stack trace; see errors.ts for the
 * exit codes.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import type { CliCommand, CliContext, CommandInput } from './command';
import { COMMANDS } from './commands';
import { describeError, EXIT, UsageError } from './errors';
import { commandHelp, PROGRAM, programHelp } from './help';
import { WORKBOOK_READING } from './workbook-file';

const HELP = ['-h', '--help', 'help'];
const VERSION = ['-v', '--version'];

/** The context of a real run: the process's streams and folder, the clock, random ids. */
export function processContext(): CliContext {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    version,
    now: () => new Date(),
    newId: () => randomUUID(),
    workbookReading: WORKBOOK_READING,
  };
}

// util.parseArgs reports mistakes in its own words; these say the same for this program.
function usageMistake(error: unknown, command: string): UsageError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = error instanceof Error ? error.message : '';
  // "Unknown option '--x'", "Option '--out <value>' argument missing", "Option '-h, --help' …".
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError(`${command} has no option ${option}.`, command);
  }
  if (message.includes('ambiguous')) {
    return new UsageError(
      `${option} needs a value (write ${option}=value for a value starting with “-”).`,
      command,
    );
  }
  if (message.includes('argument missing')) {
    return new UsageError(`${option} needs a value.`, command);
  }
  if (message.includes('does not take an argument')) {
    return new UsageError(`${option} takes no value.`, command);
  }
  return new UsageError(message, command);
}

function parseInput(command: CliCommand, args: readonly string[]): CommandInput | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageMistake(error, command.name) ?? error;
  }
  if (parsed.values.help === true) return 'help';
  const { positionals } = parsed;
  const wanted = command.positionals;
  if (positionals.length < wanted.length) {
    throw new UsageError(
      `${command.name} needs ${command.usage.split(' ')[0] ?? ''}.`,
      command.name,
    );
  }
  if (positionals.length > wanted.length) {
    const extra = positionals[wanted.length] ?? '';
    throw new UsageError(`${command.name} does not take the argument “${extra}”.`, command.name);
  }
  return { positionals, values: parsed.values };
}

async function dispatch(argv: readonly string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new UsageError('no command given: choose one of ' + names() + '.');
  }
  if (HELP.includes(first)) {
    const named = rest[0] === undefined ? undefined : findCommand(rest[0]);
    context.stdout(named ? commandHelp(named) : programHelp(COMMANDS, context.version));
    return EXIT.ok;
  }
  if (VERSION.includes(first)) {
    context.stdout(`${context.version}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}.`);
  const command = findCommand(first);
  const input = parseInput(command, rest);
  if (input === 'help') {
    context.stdout(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(input, context);
}

const names = (): string => COMMANDS.map((command) => command.name).join(', ');

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((each) => each.name === name);
  if (!command) throw new UsageError(`unknown command “${name}”; the commands are ${names()}.`);
  return command;
}

/**
 * Runs the command line with `argv` (the arguments after the program's name) and resolves to
 * the exit code. Never rejects: every error is printed as one line on `stderr`. Tests pass a
 * context that captures the output.
 */
export async function main(
  argv: readonly string[],
  overrides: Partial<CliContext> = {},
): Promise<number> {
  const context: CliContext = { ...processContext(), ...overrides };
  try {
    return await dispatch(argv, context);
  } catch (error) {
    const { message, exitCode } = describeError(error);
    context.stderr(`${PROGRAM}: ${message}\n`);
    return exitCode;
  }
}

/** Runs the command line for this process and sets its exit code; what the bin calls. */
export async function runCli(): Promise<void> {
  // A reader that goes away early (`| head`) is not an error of this program.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`${PROGRAM}: cannot write the output: ${error.message}\n`);
    process.exit(EXIT.failed);
  });
  process.exitCode = await main(process.argv.slice(2));
}
