/**
 * `export <file.partnerbook> --format xlsx|csv|md --out <path>`: a workbook file as an Excel
 * workbook (one sheet per table), CSV (a zip of every table, or one table with --table), or a
 * Markdown summary (partners and approved positioning), with the app's own exporters.
 */
import { sheetsToCsvZip, sheetToCsv, csvFileName } from '../../../shared/files/export/csv-write';
import type { ExportSheet } from '../../../shared/files/export/export-sheet';
import { workbookSheets } from '../../../shared/files/export/tables';
import { workbookMarkdown } from '../../../shared/files/export/workbook-markdown';
import { sheetsToXlsx } from '../../../shared/files/export/xlsx-write';
import {
  choiceOption,
  flag,
  FORCE_HELP,
  FORCE_OPTION,
  requiredOption,
  stringOption,
  type CliCommand,
} from '../command';
import { EXIT, UsageError } from '../errors';
import { checkOutput, namedFile, writeOutput, type FileParts } from '../io';
import { readWorkbookFile, WHOLE_FILE_SIZE } from '../workbook-file';
import { countsPhrase } from './counts';

const NAME = 'export';
const FORMATS = ['xlsx', 'csv', 'md'] as const;

// "positioning-drafts", "Positioning drafts" and "positioningDrafts" all name one table.
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const ALIASES: Readonly<Record<string, string>> = {
  drafts: 'positioningdrafts',
  positioningiterations: 'iterations',
};

/** The name `--table` takes for a sheet: its CSV file name without the extension. */
const tableName = (sheet: ExportSheet): string => csvFileName(sheet.name).replace(/\.csv$/, '');

function chosenSheet(sheets: readonly ExportSheet[], wanted: string): ExportSheet {
  const key = ALIASES[squash(wanted)] ?? squash(wanted);
  const sheet = sheets.find((each) => squash(each.name) === key);
  if (!sheet) {
    const names = sheets.map(tableName).join(', ');
    throw new UsageError(`--table must be one of ${names}, not “${wanted}”.`, NAME);
  }
  return sheet;
}

/** The `export` command. */
export const exportCommand: CliCommand = {
  name: NAME,
  summary: 'Write a workbook file as XLSX, CSV or a Markdown summary',
  usage: '<file.partnerbook> --format xlsx|csv|md --out <path> [options]',
  positionals: ['file'],
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    table: { type: 'string' },
    bom: { type: 'boolean' },
    ...FORCE_OPTION,
  },
  optionHelp: [
    ['--format xlsx|csv|md', 'XLSX: one sheet per table; CSV: a zip of every table; md: Markdown'],
    ['--out <path>', 'The file to write (required)'],
    ['--table <name>', 'CSV only: write one table (partners, contacts, positioning-drafts, …)'],
    ['--bom', 'CSV only: start each file with the byte-order mark Excel wants'],
    FORCE_HELP,
  ],
  description: [
    'Exports every table the app exports, with the same columns, labels and formula neutralising.',
    'The Markdown summary lists the partners and each approved positioning (its latest iteration).',
    `Reads workbook files of up to ${WHOLE_FILE_SIZE} (validate and info read larger ones).`,
  ].join('\n'),
  async run(input, context) {
    const file = namedFile(input.positionals[0] ?? '', context.cwd);
    const format = choiceOption(input, 'format', FORMATS, NAME);
    if (format === undefined) throw new UsageError('export needs --format xlsx, csv or md.', NAME);
    const out = namedFile(requiredOption(input, 'out', NAME), context.cwd);
    const table = stringOption(input, 'table', NAME);
    const bom = flag(input, 'bom');
    const force = flag(input, 'force');
    if (format !== 'csv' && (table !== undefined || bom)) {
      throw new UsageError(
        `--${table === undefined ? 'bom' : 'table'} applies to --format csv only.`,
        NAME,
      );
    }
    if (format === 'csv' && table === undefined && /\.csv$/i.test(out.shown)) {
      throw new UsageError(
        'every table as CSV is a zip of CSV files: name the output .zip, or choose one table with --table.',
        NAME,
      );
    }
    await checkOutput(out, force);

    const { snapshot } = await readWorkbookFile(file, context, NAME);
    let parts: FileParts;
    let what: string;
    if (format === 'md') {
      parts = [workbookMarkdown({ name: snapshot.workbook.name, ...snapshot.tables })];
      what = 'a Markdown summary';
    } else {
      const sheets = workbookSheets(snapshot.tables);
      if (format === 'xlsx') {
        parts = [await sheetsToXlsx(sheets)];
        what = `an XLSX workbook of ${sheets.length} sheets`;
      } else if (table === undefined) {
        parts = [sheetsToCsvZip(sheets, { bom })];
        what = `a zip of ${sheets.length} CSV files`;
      } else {
        const sheet = chosenSheet(sheets, table);
        parts = [sheetToCsv(sheet, { bom })];
        what = `CSV of ${tableName(sheet)} (${sheet.rows.length.toLocaleString('en-US')} rows)`;
      }
    }
    await writeOutput(out, parts, force);
    context.stdout(`Exported ${file.shown} to ${out.shown}, ${what}: ${countsPhrase(snapshot)}.\n`);
    return EXIT.ok;
  },
};
