/**
 * What every command of the command line is: its name, help text, options (as Node's
 * util.parseArgs takes them) and the function that runs it; and the context it runs in, which
 * tests replace to capture the output, pin the clock and the ids, work in a temporary folder,
 * and stream small workbook files.
 */
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import type { WorkbookReading } from './workbook-file';

/** Where a command writes and what it may ask of its surroundings. */
export interface CliContext {
  /** Writes to standard output; text ends with its own line break. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The folder relative paths are read from. */
  cwd: string;
  /** The app's version, as `--version` prints it and written files record. */
  version: string;
  /** The current time. */
  now(): Date;
  /** A new record id (a random UUID). */
  newId(): string;
  /** How workbook files are read: the largest read whole, the chunks a larger one is read in. */
  workbookReading: WorkbookReading;
}

/** The options a command takes, as util.parseArgs takes them (strings and flags only). */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** A command's arguments after parsing. */
export interface CommandInput {
  /** The positional arguments, as many as the command names. */
  positionals: string[];
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

/** One command of the command line. */
export interface CliCommand {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The arguments after the command's name, as the usage line shows them. */
  usage: string;
  /** Names of the positional arguments, all required. */
  positionals: readonly string[];
  options: CommandOptions;
  /** Each option's help line: how it is written, and what it does. */
  optionHelp: readonly (readonly [string, string])[];
  /** Paragraphs after the usage line: what the command does, notes, examples. */
  description: string;
  /** Runs the command; resolves to the exit code, or throws a CliError. */
  run(input: CommandInput, context: CliContext): Promise<number>;
}

/** The value of a string option, or undefined when it was not given. */
export function stringOption(
  input: CommandInput,
  name: string,
  command: string,
): string | undefined {
  const value = input.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`--${name} needs a value.`, command);
  }
  return value;
}

/** The value of a string option the command cannot run without. */
export function requiredOption(input: CommandInput, name: string, command: string): string {
  const value = stringOption(input, name, command);
  if (value === undefined) throw new UsageError(`${command} needs --${name}.`, command);
  return value;
}

/** True when a flag was given. */
export function flag(input: CommandInput, name: string): boolean {
  return input.values[name] === true;
}

/** The value of an option that takes one of a few words. */
export function choiceOption<T extends string>(
  input: CommandInput,
  name: string,
  choices: readonly T[],
  command: string,
): T | undefined {
  const value = stringOption(input, name, command);
  if (value === undefined) return undefined;
  const choice = choices.find((each) => each === value.trim().toLowerCase());
  if (choice === undefined) {
    throw new UsageError(
      `--${name} must be one of ${choices.join(', ')}, not “${value}”.`,
      command,
    );
  }
  return choice;
}

/** The value of an option that takes a whole number within bounds. */
export function integerOption(
  input: CommandInput,
  name: string,
  bounds: { min: number; max: number },
  command: string,
): number | undefined {
  const value = stringOption(input, name, command);
  if (value === undefined) return undefined;
  const text = value.trim().replace(/[_,]/g, '');
  const number = /^[-+]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < bounds.min || number > bounds.max) {
    const range = `${bounds.min.toLocaleString('en-US')} to ${bounds.max.toLocaleString('en-US')}`;
    throw new UsageError(
      `--${name} must be a whole number from ${range}, not “${value}”.`,
      command,
    );
  }
  return number;
}

/** Help for `--force`, which every command that writes a file takes. */
export const FORCE_HELP = ['--force', 'Replace the output file if it exists'] as const;

/** The `--force` option's definition. */
export const FORCE_OPTION = { force: { type: 'boolean' } } as const satisfies CommandOptions;
