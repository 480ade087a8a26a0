/**
 * `validate <file>`: checks a `.partnerbook` file with exactly the checks the app makes when it
 * opens one, and lists every problem (up to the codec's cap), one line each: the file, the path
 * in it, what is wrong. Exit 0 when the file is valid, 1 when it is not.
 */
import type { CliCommand } from '../command';
import { EXIT } from '../errors';
import { namedFile } from '../io';
import { MOST_FILE_SIZE, WHOLE_FILE_SIZE } from '../workbook-file';
import { inspectWorkbookFile } from '../workbook-inspect';
import { tableCountsPhrase } from './counts';

/** The `validate` command. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a .partnerbook file and list every problem in it',
  usage: '<file.partnerbook>',
  positionals: ['file'],
  options: {},
  optionHelp: [],
  description: [
    'Checks a workbook file the way the app checks a file it opens: JSON syntax, format and',
    'version, every record, ids and references between records. Prints one line per problem',
    '(the file, the path in it, what is wrong) and exits 1; exits 0 when the file is valid.',
    `Reads files of up to ${MOST_FILE_SIZE}, one over ${WHOLE_FILE_SIZE} as a stream, as the app opens it (a file`,
    `of an older format is read only up to ${WHOLE_FILE_SIZE}: Partner Workbook never wrote a larger one).`,
  ].join('\n'),
  async run(input, context) {
    const file = namedFile(input.positionals[0] ?? '', context.cwd);
    const inspected = await inspectWorkbookFile(file, context.workbookReading);
    if (!inspected.ok) {
      context.stdout(inspected.problems.map((problem) => `${problem.message}\n`).join(''));
      return EXIT.failed;
    }
    const { workbook, info, counts } = inspected;
    context.stdout(
      `${file.shown}: valid workbook file “${workbook.name}” (format version ${info.formatVersion}): ${tableCountsPhrase(counts)}.\n`,
    );
    return EXIT.ok;
  },
};
