/**
 * Rows of an imported table turned into partners: each row either becomes validated partner
 * fields (and a primary contact) or a list of problems naming the row and column. Validation is
 * the partner and contact schemas' own, so an import accepts exactly what the form accepts.
 */
import {
  LIFECYCLE_STAGES,
  contactInputSchema,
  partnerInputSchema,
  type PartnerFields,
} from '../../domain/partner';
import type { ContactFields } from '../../domain/partner-validation';
import { validate } from '../../domain/validation';
import { mappingErrors } from './column-mapping';
import type { ColumnMapping } from './import-fields';
import type { ImportProgress, RawTable, RowProblem } from './raw-table';
import { planColumns, readRowValues, type ColumnPlan } from './row-values';

/** Some of a partner's fields: those an imported row gave a value for. */
export type PartnerPatch = Partial<PartnerFields>;

/** A contact read from a row, validated, before it is given an id. */
export type ImportContact = Omit<ContactFields, 'id'>;

/** One row read into a partner. */
export interface ImportRow {
  /** The spreadsheet row number (header = 1). */
  row: number;
  /** The fields the row gave, validated; a field the row left empty is absent. */
  partner: PartnerPatch & { name: string };
  /** The row's primary contact, when it names one. */
  contact?: ImportContact;
}

/** One row read: a partner, or what is wrong with the row. */
export type RowResult = { ok: true; value: ImportRow } | { ok: false; problems: RowProblem[] };

/** Every row of a table read into partners. */
export interface ConvertedRows {
  /** Rows that read cleanly, in file order. */
  rows: ImportRow[];
  /** Every problem of every other row, in file order. */
  problems: RowProblem[];
  /** The row numbers that have problems, in file order. */
  problemRows: number[];
  /** Data rows in the file. */
  total: number;
  /** Mistakes in the mapping that stop every row from being read (then `rows` is empty). */
  errors: string[];
}

/** Options of {@link convertRows}. */
export interface ConvertOptions {
  /** Called every `progressEvery` rows (default 5,000) with rows read so far. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
}

const contactImportSchema = contactInputSchema.omit({ id: true });

// The schema needs a stage to check the other fields; rows without one are given the
// import's default stage when they are created, and keep their stage when they update.
const PLACEHOLDER_STAGE = LIFECYCLE_STAGES[0];

/** Reads every row of a table with a mapping. */
export function convertRows(
  table: RawTable,
  mapping: ColumnMapping,
  options: ConvertOptions = {},
): ConvertedRows {
  const total = table.rows.length;
  const errors = mappingErrors(table.headers, mapping);
  const result: ConvertedRows = { rows: [], problems: [], problemRows: [], total, errors };
  if (errors.length > 0) return result;
  const plan = planColumns(table.headers, mapping, table.rows);
  const tableProblems = problemsByRow(table.problems);
  const every = options.progressEvery ?? 5_000;
  table.rows.forEach((cells, index) => {
    const row = table.rowNumbers[index] ?? index + 2;
    const read = readPartnerRow(plan, cells, row, tableProblems.get(row));
    if (read.ok) result.rows.push(read.value);
    else {
      result.problems.push(...read.problems);
      result.problemRows.push(row);
    }
    if (options.onProgress && (index + 1) % every === 0) {
      options.onProgress({ done: index + 1, total });
    }
  });
  options.onProgress?.({ done: total, total });
  return result;
}

/** Reads one row; `earlier` are problems the table reader already found with it. */
export function readPartnerRow(
  plan: ColumnPlan,
  cells: readonly string[],
  row: number,
  earlier: readonly RowProblem[] = [],
): RowResult {
  const values = readRowValues(plan, cells, row);
  const problems = [...earlier, ...values.problems];
  const columnOf = (field: string): string =>
    values.columns.get(field) ?? plan.headers[plan.mapping.findIndex((t) => t === field)] ?? '';
  const fields = { ...values.partner, name: values.partner.name ?? '' };
  const partner = validate(partnerInputSchema, { stage: PLACEHOLDER_STAGE, ...fields });
  // A cell already reported (a formula, say) is not reported again as missing.
  const report = (column: string, message: string) => {
    if (!values.problems.some((problem) => problem.column === column && column !== '')) {
      problems.push({ row, column, message });
    }
  };
  if (!partner.ok) {
    for (const [path, message] of Object.entries(partner.errors)) {
      report(columnOf(path.split('.')[0] ?? ''), message);
    }
  }
  let contact: ImportContact | undefined;
  if (values.contact) {
    const checked = validate(contactImportSchema, values.contact);
    if (checked.ok) contact = checked.value;
    else {
      for (const [path, message] of Object.entries(checked.errors)) {
        report(columnOf(`contact.${path.split('.')[0] ?? ''}`), message);
      }
    }
  }
  if (!partner.ok || problems.length > 0) return { ok: false, problems };
  const patch: PartnerPatch & { name: string } = { name: partner.value.name };
  for (const key of Object.keys(fields)) {
    if (isPartnerField(key)) copyField(patch, partner.value, key);
  }
  return { ok: true, value: contact ? { row, partner: patch, contact } : { row, partner: patch } };
}

const PARTNER_FIELDS = new Set<string>(Object.keys(partnerInputSchema.shape));

function isPartnerField(key: string): key is keyof PartnerFields {
  return PARTNER_FIELDS.has(key);
}

function copyField<K extends keyof PartnerFields>(
  to: Partial<Pick<PartnerFields, K>>,
  from: Pick<PartnerFields, K>,
  key: K,
): void {
  to[key] = from[key];
}

function problemsByRow(problems: readonly RowProblem[]): Map<number, RowProblem[]> {
  const byRow = new Map<number, RowProblem[]>();
  for (const problem of problems) {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  return byRow;
}
