/**
 * What `import` prints when it has written the workbook: where the rows went (created, updated,
 * merged, skipped, rejected), then the reason for each row left out, up to a cap, so that a
 * million-row file with problems still gives a readable report.
 */
import type { ColumnMapping } from '../../../shared/files/tabular/import-fields';
import { targetLabel } from '../../../shared/files/tabular/import-fields';
import type { ImportPlan } from '../../../shared/files/tabular/match';
import type { TableFile } from '../../../shared/files/tabular/read-table';
import type { RowProblem } from '../../../shared/files/tabular/raw-table';
import { counted } from './counts';

/** Rows listed under each heading before the rest are summed up. */
export const LISTED_ROWS = 50;

/** Everything the report describes. */
export interface ImportReport {
  source: string;
  out: string;
  /** The workbook imported into: an existing file, or the name of the new workbook. */
  into: { file: string } | { newName: string };
  read: TableFile;
  mapping: ColumnMapping;
  plan: ImportPlan;
  created: number;
  updated: number;
  unchanged: number;
}

const ROW: readonly [string, string] = ['row', 'rows'];
const PARTNER: readonly [string, string] = ['partner', 'partners'];
const noun = (count: number, [one, many]: readonly [string, string]): string =>
  count === 1 ? one : many;

function describeSource(read: TableFile): string {
  if (read.format === 'xlsx') return `XLSX, sheet “${read.sheet ?? ''}”`;
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[read.table.delimiter ?? ','];
  return `CSV, ${read.encoding ?? 'utf-8'}, ${delimiter}-separated`;
}

function problemLine(problem: RowProblem): string {
  const column = problem.column === '' ? '' : `, “${problem.column}”`;
  return `  Row ${problem.row}${column}: ${problem.message}`;
}

function listed<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, LISTED_ROWS).map(line);
  const left = items.length - shown.length;
  if (left > 0) shown.push(`  …and ${left.toLocaleString('en-US')} more.`);
  return [title, ...shown];
}

/** The column mapping in one line: “Account Name” → Name; “Fax” → Not imported. */
export function mappingLine(headers: readonly string[], mapping: ColumnMapping): string {
  return headers
    .map((header, i) => `“${header}” → ${targetLabel(mapping[i] ?? 'ignore')}`)
    .join('; ');
}

/** The report's text, ending with a line break. */
export function importReportText(report: ImportReport): string {
  const { plan, read } = report;
  const { counts } = plan;
  const into =
    'file' in report.into
      ? `${report.out} (from ${report.into.file})`
      : `${report.out}, a new workbook “${report.into.newName}”`;
  const width = Math.max(
    1,
    ...[counts.rows, report.created, report.updated].map((n) => n.toLocaleString('en-US').length),
  );
  const figure = (n: number): string => n.toLocaleString('en-US').padStart(width);
  const lines = [
    `Imported ${report.source} (${describeSource(read)}) into ${into}.`,
    `Columns: ${mappingLine(read.table.headers, report.mapping)}`,
    `  ${figure(counts.rows)} ${noun(counts.rows, ROW)} read`,
    `  ${figure(report.created)} ${noun(report.created, PARTNER)} created`,
    `  ${figure(report.updated)} ${noun(report.updated, PARTNER)} updated` +
      (report.unchanged > 0
        ? ` (${counted(report.unchanged, PARTNER)} matched with nothing new)`
        : ''),
  ];
  if (counts.merged > 0) {
    lines.push(
      `  ${figure(counts.merged)} ${noun(counts.merged, ROW)} merged into an earlier row naming the same partner`,
    );
  }
  lines.push(
    `  ${figure(counts.skip)} ${noun(counts.skip, ROW)} skipped`,
    `  ${figure(counts.rejected)} ${noun(counts.rejected, ROW)} rejected`,
    ...listed('Rejected rows:', plan.rejected, problemLine),
    ...listed('Skipped rows:', plan.skip, (skip) => `  Row ${skip.row}: ${skip.reason}`),
    ...listed('Notes on the file:', read.table.notices, (notice) => `  ${notice}`),
  );
  return `${lines.join('\n')}\n`;
}

/** The one line printed to stderr when rows were rejected. */
export function rejectedLine(report: ImportReport): string {
  const { rejected, rows } = report.plan.counts;
  return `${report.source}: ${counted(rejected, ROW)} of ${rows.toLocaleString('en-US')} rejected for problems (listed above); the other rows were imported into ${report.out}.`;
}
