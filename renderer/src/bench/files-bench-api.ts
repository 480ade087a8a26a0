/**
 * The bench page's calls for the workbook file benchmarks (issue 5): saving and opening a
 * `.partnerbook` file, importing a CRM's CSV export, and writing an XLSX sheet. Each candidate
 * runs the app's own code (the partnerbook and import workers through their clients, the XLSX
 * writer); each baseline the plainest equivalent on the same data. Part of WorkbookBench
 * (bench-api.ts).
 */
import type { BenchDb, MainThreadReport } from './bench-api';

/** The sample workbook the `.partnerbook` benchmarks save and open. */
export interface PartnerbookPlan {
  seed: number;
  /** Partners of the sample; its drafts and contacts follow from them. */
  partners: number;
  /** Iterations in all, spread over the drafts; by default the sample's own (about 2.6 a partner). */
  iterations?: number | undefined;
}

/** The workbook file prepared in page memory, and what it took to make it. */
export interface PreparedPartnerbook {
  /** Records per table of the generated workbook. */
  counts: Record<string, number>;
  /** Length of the file's text in UTF-16 code units (what MAX_PARTNERBOOK_CHARS limits). */
  chars: number;
  /** Size of the file in UTF-8 bytes. */
  bytes: number;
  /** The sample generated with its revisions and encoded in parts into a Blob; ms. */
  makeMs: number;
  /**
   * True when the file is past one string's length, so that the baselines parse and stringify a
   * batch at a time (partnerbook-streamed-raw.ts).
   */
  streamedBaselines: boolean;
}

/**
 * One save or open of a workbook file: how long it took, the text's length (saves), and where
 * the time went. A candidate's phases are the stretches between the first progress report of
 * each phase its worker sends (`start` is before the first report, the last phase runs to the
 * result); a baseline's are its own steps.
 */
export interface FileRun {
  ms: number;
  chars: number;
  /** The file's UTF-8 bytes, where the run made bytes rather than text (the app's save). */
  bytes?: number;
  phases: Record<string, number>;
}

/** The CRM export the import benchmark reads. */
export interface PreparedCsv {
  rows: number;
  columns: number;
  /** Size of the file in UTF-8 bytes. */
  bytes: number;
}

/** One import through the app's import worker; its phases as in {@link FileRun}. */
export interface ImportReport extends MainThreadReport {
  phases: Record<string, number>;
  /** Data rows the worker read. */
  rows: number;
  /** Rows skipped for their problems. */
  problemRows: number;
  /** Partners created. */
  created: number;
}

/** The records an import wrote, kept in page memory for the baseline's write. */
export interface CapturedImport {
  partners: number;
  contacts: number;
}

/** The sheet the XLSX benchmark writes. */
export interface PreparedSheet {
  rows: number;
  columns: number;
  /** workbookSheets over the generated partners (the app's sheet building, not timed by pairs). */
  buildSheetsMs: number;
}

/** One XLSX write: how long it took and the file's size. */
export interface WrittenXlsx {
  ms: number;
  bytes: number;
}

/** The file benchmarks' calls. */
export interface FilesBench {
  /**
   * Generates the sample workbook (shared/sample/sample-snapshot.ts) and keeps it in page memory
   * as a `.partnerbook` file (a Blob, as a file from disk); the generated records are dropped.
   */
  preparePartnerbook(plan: PartnerbookPlan): Promise<PreparedPartnerbook>;
  /** Opens the prepared file as a new workbook through openPartnerbook (the real worker); ms. */
  openPartnerbookWithApp(target: BenchDb): Promise<FileRun>;
  /**
   * Reads the prepared file as text, JSON.parse, then a raw IndexedDB put of every record of its
   * tables in one transaction of strict durability, into an empty database of the app's schema
   * (created before the clock starts); ms. For a file past one string, the same a batch at a time
   * (partnerbook-streamed-raw.ts).
   */
  openPartnerbookRaw(target: BenchDb): Promise<FileRun>;
  /** Saves a workbook database as `.partnerbook` bytes through exportPartnerbookFile (the worker). */
  exportPartnerbookWithApp(target: BenchDb): Promise<FileRun>;
  /**
   * Reads the same tables with raw IndexedDB getAll in batches (one read transaction), then one
   * JSON.stringify of them; for a file past one string, each batch stringified on its own.
   */
  exportPartnerbookRaw(target: BenchDb): Promise<FileRun>;
  /** Records per store of a database (iteration summaries and revisions included). */
  countStores(target: BenchDb): Promise<Record<string, number>>;
  /** Generates a CRM accounts export of `rows` rows (renderer/src/bench/crm-csv.ts). */
  prepareCrmCsv(rows: number, seed: number): Promise<PreparedCsv>;
  /** Creates an empty workbook in `target` (not timed), for an import to write into. */
  createWorkbook(target: BenchDb): Promise<void>;
  /**
   * Imports the prepared CSV into the workbook in `target` through createImportSession (read,
   * plan creating every partner, apply), counting main-thread long tasks meanwhile.
   */
  importCsvWithApp(target: BenchDb): Promise<ImportReport>;
  /** Keeps the partners and contacts an import wrote into `target`, for importCsvRaw. */
  captureImported(target: BenchDb): Promise<CapturedImport>;
  /**
   * Papa.parse of the prepared CSV's text, then a raw IndexedDB put of the captured partners and
   * contacts in one strict transaction, into a new empty workbook in `target`; ms.
   */
  importCsvRaw(target: BenchDb): Promise<FileRun>;
  /** Builds a sheet of `rows` generated partners × 20 columns of the app's export cells. */
  prepareXlsxSheet(rows: number, seed: number): Promise<PreparedSheet>;
  /** The app's XLSX writer (sheetsToXlsx) over the prepared sheet, to the file's bytes. */
  writeXlsxWithApp(): Promise<WrittenXlsx>;
  /** write-excel-file alone over the same header and cell values, to the file's bytes. */
  writeXlsxPlain(): Promise<WrittenXlsx>;
}
