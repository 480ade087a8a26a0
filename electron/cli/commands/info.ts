/**
 * `info <file> [--json]`: what a workbook file holds: its name and id, the format version it was
 * written in and by which app, and how many records each table has: the records the file holds.
 * A partner's first stage or tier record that the file leaves out (it is derived when read, see
 * shared/domain/first-changes.ts) is not counted.
 */
import { PARTNERBOOK_FORMAT } from '../../../shared/files/partnerbook/format';
import { SNAPSHOT_TABLES } from '../../../shared/files/partnerbook/snapshot';
import { flag, type CliCommand } from '../command';
import { EXIT } from '../errors';
import { namedFile } from '../io';
import { MOST_FILE_SIZE, refusedFileError } from '../workbook-file';
import { inspectWorkbookFile } from '../workbook-inspect';

// Counts are of stored records; derived first records are not among them.
const STORED_NOTE =
  'Counts are of the records the file holds; partnerChanges leaves out each first stage or tier\n' +
  'record the file omits (derived from its partner when read).';

/** The `info` command. */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show a workbook file’s name, format version and the records in each table',
  usage: '<file.partnerbook> [--json]',
  positionals: ['file'],
  options: { json: { type: 'boolean' } },
  optionHelp: [['--json', 'Print the information as JSON, for scripts']],
  description:
    'Reads a workbook file (refusing an invalid one, as validate would) and describes it. Counts\n' +
    'are of the records the file holds: a partner’s first stage or tier record may be left out\n' +
    '(it is derived from the partner when read) and is then not counted in partnerChanges.\n' +
    `Reads files of up to ${MOST_FILE_SIZE}, as validate does.`,
  async run(input, context) {
    const file = namedFile(input.positionals[0] ?? '', context.cwd);
    const inspected = await inspectWorkbookFile(file, context.workbookReading);
    if (!inspected.ok) throw refusedFileError(file, inspected.problems);
    const { workbook, info, counts } = inspected;
    if (flag(input, 'json')) {
      const json = {
        file: file.shown,
        format: PARTNERBOOK_FORMAT,
        formatVersion: info.formatVersion,
        exportedAt: info.exportedAt,
        ...(info.app ? { app: info.app } : {}),
        workbook,
        counts,
      };
      context.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT.ok;
    }
    const by = info.app ? ` by ${info.app.name} ${info.app.version}` : '';
    const width = Math.max(...SNAPSHOT_TABLES.map((table) => table.length));
    const lines = [
      `Workbook      ${workbook.name}`,
      `Id            ${workbook.id}`,
      `Format        ${PARTNERBOOK_FORMAT}, version ${info.formatVersion}`,
      `Saved         ${info.exportedAt}${by}`,
      `Created       ${workbook.createdAt}`,
      `Updated       ${workbook.updatedAt}`,
      '',
      ...SNAPSHOT_TABLES.map(
        (table) => `${table.padEnd(width)}  ${counts[table].toLocaleString('en-US').padStart(11)}`,
      ),
      '',
      STORED_NOTE,
    ];
    context.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
