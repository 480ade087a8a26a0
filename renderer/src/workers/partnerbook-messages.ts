/**
 * The messages between the workbook file client (main thread) and the partnerbook worker, which
 * saves a workbook as a `.partnerbook` file, opens one as a new workbook, and merges one into a
 * workbook (a plan to review, then the write) off the main thread.
 * One worker runs one job and is then terminated. Requests are validated with zod; responses
 * come from our own worker and are checked with a cheap guard. An exported file travels as
 * fixed-size chunks of bytes whose buffers are transferred (moved, not copied), where a string of
 * hundreds of megabytes would be copied and a Blob's bytes would go through the browser's blob
 * store and back; no one buffer holds a file of gigabytes.
 */
import { z } from 'zod';
import type { MergePlan } from '../../../shared/files/merge/merge-types';
import type { PartnerbookProblem } from '../../../shared/files/partnerbook/problems';
import type { MergeOutcome } from '../db/repos/merge-repo';
import { isRecording, recordingTransfer } from '../db/undo/packed-changes';
import type { PartnerbookProgress } from '../../../shared/files/partnerbook/snapshot';

const dbName = z.string().min(1).max(200);

/**
 * A file's bytes streamed with its size (byte-pieces.ts): the stream is transferred with the
 * request (see partnerbookRequestTransfer), never copied.
 */
const streamedBytes = z
  .object({
    size: z.number().int().nonnegative(),
    stream: z.custom<ReadableStream<Uint8Array>>((value) => value instanceof ReadableStream, {
      error: 'Not a stream of bytes.',
    }),
  })
  .strict();

// A file's text (tests), the file as a Blob, or its bytes as a stream.
const source = z.union([z.string(), z.instanceof(Blob), streamedBytes]);

const fileName = z.string().min(1).max(1000);

const side = z.enum(['mine', 'theirs']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

// A plan comes back from our own worker's `merge-planned`; its shape is checked, not its records
// (the merge checks every record it writes against the workbook again).
const isMergePlan = (value: unknown): value is MergePlan =>
  isRecord(value) &&
  isRecord(value.workbook) &&
  isRecord(value.history) &&
  isRecord(value.counts) &&
  Array.isArray(value.changes) &&
  Array.isArray(value.conflicts);

/** Answers to a merge's conflicts: a side for the record, or a side per field. */
export const resolutionsSchema = z.record(
  z.string(),
  z.union([side, z.object({ fields: z.record(z.string(), side) })]),
);

/** Every request the worker accepts. */
export const partnerbookRequestSchema = z.discriminatedUnion('type', [
  /** Read the named workbook database and encode it as a file. */
  z.object({
    type: z.literal('export'),
    dbName,
    exportedAt: z.iso.datetime(),
    app: z.object({ name: z.string().max(200), version: z.string().max(100) }),
  }),
  /** Decode a file and write it into a new database of the given name. */
  z.object({ type: z.literal('open'), source, fileName, dbName }),
  /** Decode a file and plan merging it into the named workbook; writes nothing. */
  z.object({
    type: z.literal('merge-plan'),
    source,
    fileName,
    dbName,
    allowDifferentWorkbook: z.boolean().optional(),
  }),
  /** Write a planned merge with the answers to its conflicts into the named workbook. */
  z.object({
    type: z.literal('merge-apply'),
    dbName,
    plan: z.custom<MergePlan>(isMergePlan, { error: 'Not a merge plan.' }),
    resolutions: resolutionsSchema,
  }),
]);

/** A request to the partnerbook worker. */
export type PartnerbookRequest = z.infer<typeof partnerbookRequestSchema>;

/** What a request hands over to the worker instead of copying: a file's stream. */
export function partnerbookRequestTransfer(request: PartnerbookRequest): Transferable[] {
  if (request.type !== 'open' && request.type !== 'merge-plan') return [];
  const { source } = request;
  return typeof source === 'string' || source instanceof Blob ? [] : [source.stream];
}

/** Every message the worker sends back; all but `progress` end the job. */
export type PartnerbookResponse =
  | ({ type: 'progress' } & PartnerbookProgress)
  /**
   * The file's UTF-8 bytes in chunks (in order, each over a buffer of its own), its size in
   * bytes, and how many records of each table it holds.
   */
  | {
      type: 'exported';
      chunks: Uint8Array<ArrayBuffer>[];
      size: number;
      counts: Record<string, number>;
    }
  | { type: 'opened'; dbName: string; workbookId: string; name: string }
  /** The file was refused: nothing was written. */
  | { type: 'refused'; problems: PartnerbookProblem[] }
  | { type: 'merge-planned'; plan: MergePlan }
  /** The file is another workbook's (see planMerge); nothing was planned. */
  | { type: 'merge-refused'; message: string }
  | { type: 'merged'; outcome: MergeOutcome }
  | { type: 'failed'; message: string };

/**
 * The buffers a response hands over to the window instead of copying: a saved file's chunks and
 * a merge's packed undo record (see transferOf in import-messages.ts).
 */
export function partnerbookTransferOf(response: PartnerbookResponse): ArrayBuffer[] {
  if (response.type === 'merged') return recordingTransfer(response.outcome.recording);
  return response.type === 'exported' ? response.chunks.map((chunk) => chunk.buffer) : [];
}

const isString = (value: unknown): value is string => typeof value === 'string';

const isProblem = (value: unknown): boolean =>
  isRecord(value) && isString(value.path) && isString(value.message);

/** True for a well-formed {@link PartnerbookResponse}. */
export function isPartnerbookResponse(value: unknown): value is PartnerbookResponse {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'progress':
      return (
        isString(value.phase) && typeof value.done === 'number' && typeof value.total === 'number'
      );
    case 'exported':
      return (
        Array.isArray(value.chunks) &&
        value.chunks.every((chunk) => chunk instanceof Uint8Array) &&
        typeof value.size === 'number' &&
        isRecord(value.counts)
      );
    case 'opened':
      return isString(value.dbName) && isString(value.workbookId) && isString(value.name);
    case 'refused':
      return Array.isArray(value.problems) && value.problems.every(isProblem);
    case 'failed':
    case 'merge-refused':
      return isString(value.message);
    case 'merge-planned':
      return isMergePlan(value.plan);
    case 'merged':
      return (
        isRecord(value.outcome) &&
        isRecord(value.outcome.changed) &&
        Array.isArray(value.outcome.resolved) &&
        isRecording(value.outcome.recording)
      );
    default:
      return false;
  }
}
