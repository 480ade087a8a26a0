/**
 * The import worker's state and message handling, apart from the worker scope so that tests can
 * drive it directly. It keeps the parsed table and the rows read from it, so that a changed
 * mapping re-reads the rows without parsing the file again, and plans and writes the import
 * itself: the rows never cross to the main thread.
 */
import { autoMap } from '../../../shared/files/tabular/column-mapping';
import type { ColumnTarget } from '../../../shared/files/tabular/import-fields';
import {
  planImport,
  sameExistingPartners,
  type ImportPlan,
  type PlanOptions,
} from '../../../shared/files/tabular/match';
import type { ExistingPartner } from '../../../shared/files/tabular/match';
import {
  convertRows,
  readPartnerRow,
  type ConvertedRows,
} from '../../../shared/files/tabular/partner-rows';
import {
  DEFAULT_TABLE_LIMITS,
  FileRefusedError,
  formatMegabytes,
  type TableLimits,
} from '../../../shared/files/tabular/raw-table';
import { planColumns } from '../../../shared/files/tabular/row-values';
import type { ApplyOptions, ImportOutcome } from '../db/repos/import-repo';
import { ImportFailedError } from '../db/repos/import-repo';
import {
  PREVIEW_ROWS,
  importRequestSchema,
  joinIds,
  listed,
  requestIdOf,
  type ImportPhase,
  type ImportRequest,
  type ImportResponse,
  type PlanSummary,
  type PreviewRow,
  type TableSummary,
} from './import-messages';
import { readTableFile, type ReadTable, type TableReader } from './import-table';

/** The part of a workbook the engine reads and writes (an ImportRepo on an open database). */
export interface ImportStore {
  existingForMatching(): Promise<ExistingPartner[]>;
  applyImport(plan: ImportPlan, options?: ApplyOptions): Promise<ImportOutcome>;
  close(): void;
}

/** What the engine needs from its surroundings. */
export interface ImportEngineDeps {
  post(response: ImportResponse): void;
  /** Opens the named workbook database for matching and writing. */
  openStore(dbName: string): ImportStore;
  /** Overrides of the table limits (tests lower them). */
  limits?: Partial<TableLimits>;
  /** Reads a file into a table; by default CSV by its name (see import-table.ts). */
  readTable?: TableReader;
}

interface Loaded {
  fileName: string;
  read: ReadTable;
  autoMapping: ColumnTarget[];
  mapping: ColumnTarget[];
  rows: ConvertedRows;
  planned?: Planned;
}

// The plan the user reviewed, and the workbook's partners it was matched against.
interface Planned {
  dbName: string;
  options: PlanOptions;
  plan: ImportPlan;
  existing: ExistingPartner[];
}

/** Handles import requests one at a time, in the order they arrive. */
export class ImportEngine {
  private loaded: Loaded | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly limits: TableLimits;

  constructor(private readonly deps: ImportEngineDeps) {
    this.limits = { ...DEFAULT_TABLE_LIMITS, ...deps.limits };
  }

  /** Takes one message; answers with `failed` or `rejected` instead of throwing. */
  handle(message: unknown): Promise<void> {
    this.queue = this.queue.then(() => this.run(message));
    return this.queue;
  }

  private async run(message: unknown): Promise<void> {
    const parsed = importRequestSchema.safeParse(message);
    if (!parsed.success) {
      const requestId = requestIdOf(message);
      const text = 'The import worker received a request it does not understand.';
      this.deps.post(
        requestId === undefined
          ? { type: 'rejected', message: text }
          : { type: 'failed', requestId, message: text },
      );
      return;
    }
    const request = parsed.data;
    try {
      await this.dispatch(request);
    } catch (error) {
      this.deps.post({ type: 'failed', requestId: request.requestId, message: messageOf(error) });
    }
  }

  private async dispatch(request: ImportRequest): Promise<void> {
    const { requestId } = request;
    const progress = (phase: ImportPhase) => (p: { done: number; total: number }) => {
      this.deps.post({ type: 'progress', requestId, phase, done: p.done, total: p.total });
    };
    switch (request.type) {
      case 'read': {
        this.loaded = undefined;
        const bytes = await this.bytesOf(request.data);
        const readTable = this.deps.readTable ?? readTableFile;
        const read = await readTable(bytes, request.fileName, this.limits, progress('parsing'));
        const autoMapping = autoMap(read.table.headers);
        const mapping = request.mapping ?? autoMapping;
        const rows = convertRows(read.table, mapping, { onProgress: progress('checking') });
        this.loaded = { fileName: request.fileName, read, autoMapping, mapping, rows };
        this.deps.post({ type: 'table', requestId, table: this.summary(this.loaded) });
        return;
      }
      case 'remap': {
        const loaded = this.current();
        loaded.mapping = request.mapping;
        loaded.rows = convertRows(loaded.read.table, request.mapping, {
          onProgress: progress('checking'),
        });
        loaded.planned = undefined;
        this.deps.post({ type: 'table', requestId, table: this.summary(loaded) });
        return;
      }
      case 'plan': {
        const loaded = this.current();
        const { dbName, onMatch, skipRowsWithProblems, defaultStage } = request;
        const options: PlanOptions = { onMatch, skipRowsWithProblems, defaultStage };
        const planned = await this.planWith(dbName, loaded.rows, options, progress('matching'));
        loaded.planned = planned;
        const { plan } = planned;
        this.deps.post({ type: 'planned', requestId, plan: planSummary(plan) });
        return;
      }
      case 'apply': {
        const loaded = this.current();
        const { planned } = loaded;
        if (!planned) throw new ImportFailedError('Review the import before it is written.');
        const store = this.deps.openStore(planned.dbName);
        try {
          // The workbook may have changed since review: the rows are matched again only when
          // its partners differ from those the reviewed plan was matched against.
          const existing = await store.existingForMatching();
          const plan = sameExistingPartners(planned.existing, existing)
            ? planned.plan
            : planImport(loaded.rows, existing, planned.options);
          const outcome = await store.applyImport(plan, { onProgress: progress('writing') });
          this.deps.post({
            type: 'applied',
            requestId,
            created: outcome.created.length,
            updated: outcome.updated.length,
            unchanged: outcome.unchanged,
            ids: joinIds([...outcome.created, ...outcome.updated]),
            recording: outcome.recording,
          });
        } finally {
          store.close();
        }
        return;
      }
    }
  }

  private async planWith(
    dbName: string,
    rows: ConvertedRows,
    options: PlanOptions,
    onProgress: (p: { done: number; total: number }) => void,
  ): Promise<Planned> {
    const store = this.deps.openStore(dbName);
    try {
      onProgress({ done: 0, total: rows.rows.length });
      const existing = await store.existingForMatching();
      const plan = planImport(rows, existing, options);
      onProgress({ done: rows.rows.length, total: rows.rows.length });
      return { dbName, options, plan, existing };
    } finally {
      store.close();
    }
  }

  private async bytesOf(data: ArrayBuffer | Blob): Promise<Uint8Array> {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    // Checked before reading, so that an oversized file is never read into memory.
    if (data.size > this.limits.maxBytes) {
      throw new FileRefusedError(
        `The file is ${formatMegabytes(data.size)}; files up to ${formatMegabytes(this.limits.maxBytes)} can be imported.`,
      );
    }
    return new Uint8Array(await data.arrayBuffer());
  }

  private current(): Loaded {
    if (!this.loaded) throw new ImportFailedError('Choose a file to import first.');
    return this.loaded;
  }

  private summary(loaded: Loaded): TableSummary {
    const { table } = loaded.read;
    const { rows } = loaded;
    const summary: TableSummary = {
      fileName: loaded.fileName,
      format: loaded.read.format,
      headers: table.headers,
      mapping: loaded.mapping,
      autoMapping: loaded.autoMapping,
      preview: rows.errors.length > 0 ? [] : previewRows(loaded),
      rowCount: rows.total,
      validCount: rows.rows.length,
      problemRowCount: rows.problemRows.length,
      problems: listed(rows.problems),
      problemCount: rows.problems.length,
      notices: table.notices,
      mappingErrors: rows.errors,
    };
    if (loaded.read.encoding) summary.encoding = loaded.read.encoding;
    if (table.delimiter) summary.delimiter = table.delimiter;
    if (loaded.read.sheet !== undefined) summary.sheet = loaded.read.sheet;
    if (loaded.read.sheetNames) summary.sheetNames = loaded.read.sheetNames;
    return summary;
  }
}

function previewRows(loaded: Loaded): PreviewRow[] {
  const { table } = loaded.read;
  const sample = table.rows.slice(0, PREVIEW_ROWS);
  const plan = planColumns(table.headers, loaded.mapping, table.rows);
  return sample.map((cells, index) => {
    const row = table.rowNumbers[index] ?? index + 2;
    const earlier = table.problems.filter((problem) => problem.row === row);
    const read = readPartnerRow(plan, cells, row, earlier);
    if (!read.ok) return { row, cells, problems: read.problems };
    const preview: PreviewRow = { row, cells, partner: read.value.partner, problems: [] };
    if (read.value.contact) preview.contact = read.value.contact;
    return preview;
  });
}

function planSummary(plan: ImportPlan): PlanSummary {
  const summary: PlanSummary = {
    counts: plan.counts,
    ready: plan.ready,
    updates: listed(plan.update).map((update) => ({
      rows: update.rows,
      id: update.id,
      existingName: update.existingName,
      importedName: update.importedName,
      matchedBy: update.matchedBy,
    })),
    skips: listed(plan.skip),
    rejected: listed(plan.rejected),
  };
  if (plan.blockedReason !== undefined) summary.blockedReason = plan.blockedReason;
  return summary;
}

function messageOf(error: unknown): string {
  if (error instanceof FileRefusedError || error instanceof ImportFailedError) return error.message;
  console.error('The import failed unexpectedly.', error);
  return 'The import failed unexpectedly; the workbook was not changed.';
}
