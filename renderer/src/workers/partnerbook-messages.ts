/**
 * The messages between the workbook file client (main thread) and the partnerbook worker, which
 * saves a workbook as a `.partnerbook` file and opens one as a new workbook off the main thread.
 * One worker runs one job and is then terminated. Requests are validated with zod; responses
 * come from our own worker and are checked with a cheap guard. An exported file travels as a
 * Blob: posting a Blob passes a handle, where a string of hundreds of megabytes would be copied.
 */
import { z } from 'zod';
import type { PartnerbookProblem } from '../../../shared/files/partnerbook/problems';
import type { PartnerbookProgress } from '../../../shared/files/partnerbook/snapshot';

const dbName = z.string().min(1).max(200);

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
  z.object({
    type: z.literal('open'),
    source: z.union([z.string(), z.instanceof(Blob)]),
    fileName: z.string().min(1).max(1000),
    dbName,
  }),
]);

/** A request to the partnerbook worker. */
export type PartnerbookRequest = z.infer<typeof partnerbookRequestSchema>;

/** Every message the worker sends back; all but `progress` end the job. */
export type PartnerbookResponse =
  | ({ type: 'progress' } & PartnerbookProgress)
  | { type: 'exported'; file: Blob }
  | { type: 'opened'; dbName: string; workbookId: string; name: string }
  /** The file was refused: nothing was written. */
  | { type: 'refused'; problems: PartnerbookProblem[] }
  | { type: 'failed'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

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
      return value.file instanceof Blob;
    case 'opened':
      return isString(value.dbName) && isString(value.workbookId) && isString(value.name);
    case 'refused':
      return Array.isArray(value.problems) && value.problems.every(isProblem);
    case 'failed':
      return isString(value.message);
    default:
      return false;
  }
}
