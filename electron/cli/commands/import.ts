/**
 * `import <file.csv|file.xlsx> --out <new.partnerbook> [--into <existing.partnerbook>] …`: a CRM
 * partner list into a workbook file, through the app's own import pipeline (shared/files/tabular):
 * the same readers and limits, the same column mapping, row checks and matching, and the same
 * records written (apply-import.ts). Rows with problems are rejected with their reasons; the
 * others are imported. The workbook is written all or nothing.
 */
import path from 'node:path';
import { isPartnerbookFileName } from '../../../shared/files/partnerbook/decode';
import type { WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';
import { applyImportPlan, existingPartners } from '../../../shared/files/tabular/apply-import';
import { autoMap, parseMappingSpec } from '../../../shared/files/tabular/column-mapping';
import type { ColumnMapping, ColumnTarget } from '../../../shared/files/tabular/import-fields';
import { planImport, type OnMatch } from '../../../shared/files/tabular/match';
import { convertRows, type ConvertedRows } from '../../../shared/files/tabular/partner-rows';
import { DEFAULT_TABLE_LIMITS, FileRefusedError } from '../../../shared/files/tabular/raw-table';
import {
  readTableFile,
  tableFileFormat,
  type TableFile,
} from '../../../shared/files/tabular/read-table';
import {
  choiceOption,
  flag,
  FORCE_HELP,
  FORCE_OPTION,
  requiredOption,
  stringOption,
  type CliCommand,
  type CommandInput,
} from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import { checkOutput, namedFile, readInput, type NamedFile } from '../io';
import { readWorkbookFile, WHOLE_FILE_SIZE, writeWorkbookFile } from '../workbook-file';
import { importReportText, rejectedLine, type ImportReport } from './import-report';

const NAME = 'import';
const ON_MATCH: readonly OnMatch[] = ['update', 'skip', 'create'];

async function readTable(source: NamedFile, sheet: string | undefined): Promise<TableFile> {
  const bytes = await readInput(source, DEFAULT_TABLE_LIMITS.maxBytes);
  try {
    return await readTableFile(bytes, source.shown, sheet === undefined ? {} : { sheet });
  } catch (error) {
    if (error instanceof FileRefusedError) throw new CliError(`${source.shown}: ${error.message}`);
    throw error;
  }
}

function mappingFor(read: TableFile, spec: string | undefined, source: NamedFile): ColumnTarget[] {
  const { headers } = read.table;
  if (spec === undefined) return autoMap(headers);
  const parsed = parseMappingSpec(spec, headers);
  if (!parsed.ok) throw new CliError(`${source.shown}: --map: ${parsed.errors.join(' ')}`);
  return parsed.mapping;
}

// The name of a new workbook: --name, else the imported file's name without its extension.
function newWorkbookName(given: string | undefined, source: NamedFile): string {
  const name = (given ?? path.basename(source.path, path.extname(source.path))).trim();
  if (name.length > 200) throw new UsageError('--name must be at most 200 characters.', NAME);
  return name === '' ? 'Imported partners' : name;
}

function emptyWorkbook(name: string, id: string, now: string): WorkbookSnapshot {
  return {
    workbook: { id, name, createdAt: now, updatedAt: now },
    tables: {
      partners: [],
      contacts: [],
      positioningDrafts: [],
      positioningIterations: [],
      positioningStatusChanges: [],
      activities: [],
      companyGoals: [],
      partnerPlans: [],
      investments: [],
      metricEntries: [],
      customMetrics: [],
      templates: [],
      qbrs: [],
      partnerChanges: [],
      intelligenceEntries: [],
      feedback: [],
      decisions: [],
      stakeholders: [],
      asks: [],
      settings: [],
      tombstones: [],
      revisions: [],
    },
  };
}

interface ImportArgs {
  source: NamedFile;
  out: NamedFile;
  into: NamedFile | undefined;
  onMatch: OnMatch;
  map: string | undefined;
  sheet: string | undefined;
  name: string | undefined;
  force: boolean;
}

function importArgs(input: CommandInput, cwd: string): ImportArgs {
  const args: ImportArgs = {
    source: namedFile(input.positionals[0] ?? '', cwd),
    out: namedFile(requiredOption(input, 'out', NAME), cwd),
    into: undefined,
    onMatch: choiceOption(input, 'on-match', ON_MATCH, NAME) ?? 'update',
    map: stringOption(input, 'map', NAME),
    sheet: stringOption(input, 'sheet', NAME),
    name: stringOption(input, 'name', NAME),
    force: flag(input, 'force'),
  };
  const into = stringOption(input, 'into', NAME);
  if (into !== undefined) args.into = namedFile(into, cwd);
  if (!isPartnerbookFileName(args.out.shown)) {
    throw new UsageError(`--out must name a .partnerbook file, not “${args.out.shown}”.`, NAME);
  }
  if (args.sheet !== undefined && tableFileFormat(args.source.shown) !== 'xlsx') {
    throw new UsageError('--sheet chooses a sheet of an XLSX file; this is not one.', NAME);
  }
  if (args.into && args.name !== undefined) {
    throw new UsageError(
      '--name names a new workbook; with --into the workbook keeps its name.',
      NAME,
    );
  }
  return args;
}

// The rows read with the mapping; refused when the mapping is unusable or no row can be imported.
function importableRows(read: TableFile, mapping: ColumnMapping, source: NamedFile): ConvertedRows {
  const rows = convertRows(read.table, mapping);
  const file = source.shown;
  if (rows.errors.length > 0) {
    throw new CliError(`${file}: ${rows.errors.join(' ')} Use --map "Your column=name".`);
  }
  if (rows.total === 0)
    throw new CliError(`${file}: the file has a header row but no rows of partners.`);
  if (rows.rows.length === 0) {
    const first = rows.problems[0];
    const column = first?.column ? `, “${first.column}”` : '';
    const detail = first ? ` The first: row ${first.row}${column}: ${first.message}` : '';
    const total = rows.total.toLocaleString('en-US');
    throw new CliError(
      `${file}: no row can be imported: all ${total} rows have problems.${detail}`,
    );
  }
  return rows;
}

/** The `import` command. */
export const importCommand: CliCommand = {
  name: NAME,
  summary: 'Bring a CRM partner list (CSV or XLSX) into a workbook file',
  usage: '<file.csv|file.xlsx> --out <new.partnerbook> [options]',
  positionals: ['file'],
  options: {
    out: { type: 'string' },
    into: { type: 'string' },
    map: { type: 'string' },
    'on-match': { type: 'string' },
    sheet: { type: 'string' },
    name: { type: 'string' },
    ...FORCE_OPTION,
  },
  optionHelp: [
    ['--out <file.partnerbook>', 'The workbook file to write (required)'],
    ['--into <file.partnerbook>', 'Import into a copy of this workbook (default: a new workbook)'],
    [
      '--map "CRM column=field,…"',
      'Correct the automatic column mapping (field: name, website, …)',
    ],
    [
      '--on-match update|skip|create',
      'A row matching a partner by name or website (default: update)',
    ],
    ['--sheet <name>', 'The sheet of an XLSX file to read (default: the first)'],
    ['--name <name>', 'The name of a new workbook (default: the file’s name)'],
    FORCE_HELP,
  ],
  description: [
    'Reads the file as the app does (delimiter and encoding detected, columns mapped by their',
    'headers), matches rows to the workbook’s partners by name or website domain, and writes the',
    'workbook with the rows imported. Rows with problems are rejected and listed with their row,',
    'column and reason; the other rows are imported, and the command then exits 3. --into reads',
    `workbook files of up to ${WHOLE_FILE_SIZE} (validate and info read larger ones).`,
    '',
    'Example:',
    '  partner-workbook import accounts.csv --into emea.partnerbook --out emea.partnerbook --force \\',
    '    --map "Account Name=name,Account Owner=owner" --on-match update',
  ].join('\n'),
  async run(input, context) {
    const args = importArgs(input, context.cwd);
    const { source, out, into } = args;
    await checkOutput(out, args.force);
    const read = await readTable(source, args.sheet);
    const mapping = mappingFor(read, args.map, source);
    const rows = importableRows(read, mapping, source);

    const now = context.now();
    const stamp = { newId: () => context.newId(), now: now.toISOString() };
    const name = newWorkbookName(args.name, source);
    const target = into
      ? (await readWorkbookFile(into, context, `${NAME} --into`)).snapshot
      : emptyWorkbook(name, stamp.newId(), stamp.now);
    const existing = existingPartners(target.tables.partners);
    const plan = planImport(rows, existing, { onMatch: args.onMatch, skipRowsWithProblems: true });
    const applied = applyImportPlan(target, plan, stamp);
    if (!applied.ok) throw new CliError(`${source.shown}: ${applied.message}`);
    await writeWorkbookFile(applied.snapshot, out, { ...context, now: () => now }, args.force);

    const report: ImportReport = {
      source: source.shown,
      out: out.shown,
      into: into ? { file: into.shown } : { newName: name },
      read,
      mapping,
      plan,
      created: applied.created.length,
      updated: applied.updated.length,
      unchanged: applied.unchanged,
    };
    context.stdout(importReportText(report));
    if (plan.counts.rejected === 0) return EXIT.ok;
    context.stderr(`partner-workbook: ${rejectedLine(report)}\n`);
    return EXIT.partial;
  },
};
