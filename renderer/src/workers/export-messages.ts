/**
 * The messages between the export client (main thread) and the export worker, which reads a
 * workbook and writes it as an Excel workbook or a zip of CSV files off the main thread. One
 * worker runs one job and is then terminated; the file comes back as transferable bytes.
 */
import { z } from 'zod';

/** The spreadsheet formats the export worker writes. */
export const SHEET_FORMATS = ['xlsx', 'csv-zip'] as const;

/** A spreadsheet export format. */
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/** Every request the export worker accepts. */
export const exportRequestSchema = z.object({
  type: z.literal('export-sheets'),
  dbName: z.string().min(1).max(200),
  format: z.enum(SHEET_FORMATS),
  /** CSV only: start each file with the byte-order mark Excel wants to read UTF-8. */
  bom: z.boolean(),
});

/** A request to the export worker. */
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** What the worker reports while it works: which step, and how far along it is. */
export interface ExportProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

/** Every message the export worker sends back; all but `progress` end the job. */
export type ExportResponse =
  | ({ type: 'progress' } & ExportProgress)
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'failed'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** True for a well-formed {@link ExportResponse}. */
export function isExportResponse(value: unknown): value is ExportResponse {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.done === 'number' && typeof value.total === 'number';
    case 'exported':
      return value.bytes instanceof Uint8Array;
    case 'failed':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
