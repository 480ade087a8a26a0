/**
 * The messages between the import client (main thread) and the import worker. The worker keeps
 * the parsed file and the validated rows; the main thread only ever receives summaries (headers,
 * a preview, the first problems, counts), so that no message costs it more than a few
 * milliseconds to receive, however long the file (an import's changes for the undo history come
 * packed in bytes, a copy to receive: packed-changes.ts). Requests are validated by the worker with
 * zod; responses come from our own worker and are checked with a cheap guard.
 */
import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../../../shared/domain/partner';
import type { TextEncodingName } from '../../../shared/files/tabular/decode-text';
import { IMPORT_TARGETS, type ColumnTarget } from '../../../shared/files/tabular/import-fields';
import type { ImportCounts, PlannedSkip } from '../../../shared/files/tabular/match';
import type { ImportContact, PartnerPatch } from '../../../shared/files/tabular/partner-rows';
import type { CsvDelimiter, RowProblem } from '../../../shared/files/tabular/raw-table';
import { isRecording, recordingTransfer, type Recording } from '../db/undo/packed-changes';

/** Rows of the file shown under the mapping. */
export const PREVIEW_ROWS = 50;
/** Most problems (and skipped rows, and matches) sent to the main thread; counts are exact. */
export const MAX_LISTED = 1_000;

const requestId = z.number().int().nonnegative();
const mapping = z.array(z.enum([...IMPORT_TARGETS, 'ignore'])).max(10_000);

/** Every request the worker accepts. */
export const importRequestSchema = z.discriminatedUnion('type', [
  /** Read a file: its bytes (transferred) or a Blob, and its name (for messages and format). */
  z.object({
    type: z.literal('read'),
    requestId,
    fileName: z.string().max(1_000),
    data: z.union([z.instanceof(ArrayBuffer), z.instanceof(Blob)]),
    /** The mapping to use instead of the automatic one (it must fit the file's columns). */
    mapping: mapping.optional(),
  }),
  /** Read the rows again with another mapping, without parsing the file again. */
  z.object({ type: z.literal('remap'), requestId, mapping }),
  /** Match the rows against the named workbook database and summarise what an import would do. */
  z.object({
    type: z.literal('plan'),
    requestId,
    dbName: z.string().min(1).max(200),
    onMatch: z.enum(['update', 'skip', 'create']),
    skipRowsWithProblems: z.boolean(),
    defaultStage: z.enum(LIFECYCLE_STAGES).optional(),
  }),
  /** Write the last plan (matched again against the workbook as it is now), all or nothing. */
  z.object({ type: z.literal('apply'), requestId }),
]);

/** A request to the import worker. */
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** The long steps of an import, for the progress bar. */
export type ImportPhase = 'parsing' | 'checking' | 'matching' | 'writing';

/** One row of the preview: its cells, and the partner it gives or its problems. */
export interface PreviewRow {
  row: number;
  cells: string[];
  partner?: PartnerPatch & { name: string };
  contact?: ImportContact;
  problems: RowProblem[];
}

/** The kinds of file the importer reads. */
export type TableFormat = 'csv' | 'xlsx';

/** What the worker read from a file with the current mapping. */
export interface TableSummary {
  fileName: string;
  format: TableFormat;
  /** CSV: the encoding and delimiter detected. */
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  /** XLSX: the sheet read, and every sheet of the workbook. */
  sheet?: string;
  sheetNames?: string[];
  headers: string[];
  /** The mapping in use, and the one guessed from the headers. */
  mapping: ColumnTarget[];
  autoMapping: ColumnTarget[];
  preview: PreviewRow[];
  /** Data rows in the file, rows that read cleanly, and rows with problems. */
  rowCount: number;
  validCount: number;
  problemRowCount: number;
  /** The first {@link MAX_LISTED} problems; `problemCount` counts all of them. */
  problems: RowProblem[];
  problemCount: number;
  /** Things the reader changed, such as renamed headers. */
  notices: string[];
  /** Mistakes in the mapping that stop the import (such as no Name column). */
  mappingErrors: string[];
}

/** A partner an import would update, as listed for review. */
export interface PlannedMatch {
  rows: number[];
  id: string;
  existingName: string;
  importedName: string;
  matchedBy: 'name' | 'website';
}

/** What an import would do; lists hold at most {@link MAX_LISTED} entries each. */
export interface PlanSummary {
  counts: ImportCounts;
  ready: boolean;
  blockedReason?: string;
  updates: PlannedMatch[];
  skips: PlannedSkip[];
  rejected: RowProblem[];
}

/** Every message the worker sends back. */
export type ImportResponse =
  | { type: 'progress'; requestId: number; phase: ImportPhase; done: number; total: number }
  | { type: 'table'; requestId: number; table: TableSummary }
  | { type: 'planned'; requestId: number; plan: PlanSummary }
  /**
   * `ids`: the created and changed partner ids joined with newlines ('' for none); `recording`:
   * what the import changed, for the window's undo history.
   */
  | {
      type: 'applied';
      requestId: number;
      created: number;
      updated: number;
      unchanged: number;
      ids: string;
      recording: Recording;
    }
  | { type: 'failed'; requestId: number; message: string }
  /** A message the worker could not read and could not attribute to a request. */
  | { type: 'rejected'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** True for a well-formed {@link ImportResponse} (the summaries' insides are trusted). */
export function isImportResponse(value: unknown): value is ImportResponse {
  if (!isRecord(value)) return false;
  if (value.type === 'rejected') return typeof value.message === 'string';
  if (!isNumber(value.requestId)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.phase === 'string' && isNumber(value.done) && isNumber(value.total);
    case 'table':
      return isRecord(value.table);
    case 'planned':
      return isRecord(value.plan);
    case 'applied':
      return (
        isNumber(value.created) &&
        isNumber(value.updated) &&
        isNumber(value.unchanged) &&
        typeof value.ids === 'string' &&
        isRecording(value.recording)
      );
    case 'failed':
      return typeof value.message === 'string';
    default:
      return false;
  }
}

/** The requestId of a message that failed validation, when it has a usable one. */
export function requestIdOf(value: unknown): number | undefined {
  if (!isRecord(value)) return undefined;
  const parsed = requestId.safeParse(value.requestId);
  return parsed.success ? parsed.data : undefined;
}

/** Cuts a list to what is sent to the main thread. */
export function listed<T>(items: readonly T[]): T[] {
  return items.slice(0, MAX_LISTED);
}

/**
 * The buffers a response hands over to the main thread instead of copying: an applied import's
 * packed undo record (20 MB at 20,000 rows). Copied, it took the window a 65 ms task to receive,
 * in a trace of the bench page (MessageEvent.data copies the buffer when it is first read).
 */
export function transferOf(response: ImportResponse): ArrayBuffer[] {
  return response.type === 'applied' ? recordingTransfer(response.recording) : [];
}

/** Packs partner ids (UUIDs: never a newline) for an `applied` message. */
export function joinIds(ids: readonly string[]): string {
  return ids.join('\n');
}

/** Unpacks the ids of an `applied` message. */
export function splitIds(joined: string): string[] {
  return joined === '' ? [] : joined.split('\n');
}
