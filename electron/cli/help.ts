/**
 * The help texts: the list of commands for `partner-workbook --help`, and each command's usage,
 * description and options for `partner-workbook <command> --help`.
 */
import type { CliCommand } from './command';

/** The program's name as typed in a terminal. */
export const PROGRAM = 'partner-workbook';

const columns = (rows: readonly (readonly [string, string])[]): string[] => {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
};

const EXIT_CODES = [
  'Exit codes:',
  '  0  done',
  '  1  failed: bad input or a file that cannot be read or written (nothing was written)',
  '  2  wrong usage: an unknown option, a missing argument',
  '  3  import: the workbook was written, but some rows were rejected',
];

/** `partner-workbook --help`. */
export function programHelp(commands: readonly CliCommand[], version: string): string {
  return [
    `${PROGRAM} ${version}: Partner Workbook files from the command line.`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...columns(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...columns([
      ['-h, --help', `Show this help; ${PROGRAM} <command> --help shows a command's options`],
      ['-v, --version', 'Show the version'],
    ]),
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

/** `partner-workbook <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const options: (readonly [string, string])[] = [
    ...command.optionHelp,
    ['-h, --help', 'Show this help'],
  ];
  return [
    `Usage: ${PROGRAM} ${command.name} ${command.usage}`,
    '',
    `${command.summary}.`,
    '',
    command.description,
    '',
    'Options:',
    ...columns(options),
    '',
  ].join('\n');
}
