/**
 * The main thread's handle on workbook files: saving a workbook as a `.partnerbook` file,
 * opening one as a new local workbook, and merging one into a workbook (plan, review, apply). Each call starts a partnerbook worker for its one job,
 * so parsing, checking and writing never block the window, and terminates it at the end.
 * Cancelling (through an AbortSignal) terminates the worker at once; a cancelled or failed open
 * deletes the database it had begun, so nothing half-made is left behind.
 */
import type { MergePlan, Resolutions } from '../../../../shared/files/merge/merge-types';
import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import type { PartnerbookProgressListener } from '../../../../shared/files/partnerbook/snapshot';
import type { ChangeFeed } from '../../db/change-feed';
import type { MergeOutcome } from '../../db/repos/merge-repo';
import { databaseExists, discardNewDatabase } from '../../db/repos/snapshot-repo';
import { releaseSource, type FileSource } from '../../host/file-source';
import {
  isPartnerbookResponse,
  partnerbookRequestTransfer,
} from '../../workers/partnerbook-messages';
import type { PartnerbookRequest, PartnerbookResponse } from '../../workers/partnerbook-messages';

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface PartnerbookWorkerPort {
  postMessage(message: PartnerbookRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Options of a workbook file job. */
export interface PartnerbookJobOptions {
  /** Cancels the job: the promise rejects with an AbortError once it is cleaned up. */
  signal?: AbortSignal | undefined;
  /** Starts the worker; tests pass a stand-in. */
  startWorker?: () => PartnerbookWorkerPort;
}

/** Options of {@link openPartnerbook}. */
export interface OpenPartnerbookOptions extends PartnerbookJobOptions {
  /** The new database's name (for example from the workbook registry); a fresh one by default. */
  dbName?: string;
}

/** An opened file, or why it was refused (nothing was written then). */
export type OpenPartnerbookResult =
  | { ok: true; dbName: string; workbookId: string; name: string }
  | { ok: false; problems: PartnerbookProblem[] };

const APP = { name: 'Partner Workbook', version: import.meta.env.VITE_APP_VERSION };

function startPartnerbookWorker(): PartnerbookWorkerPort {
  return new Worker(new URL('../../workers/partnerbook-worker.ts', import.meta.url), {
    type: 'module',
    name: 'partnerbook',
  });
}

const cancelled = (): DOMException =>
  new DOMException('The workbook file job was cancelled.', 'AbortError');

// Runs one request on a new worker until its final response; progress goes to `onProgress`.
// `cleanUp` runs after the worker is stopped by a cancel or a crash, before the promise rejects.
function runJob(
  request: PartnerbookRequest,
  onProgress: PartnerbookProgressListener | undefined,
  options: PartnerbookJobOptions,
  cleanUp: () => Promise<void> = () => Promise.resolve(),
): Promise<Exclude<PartnerbookResponse, { type: 'progress' }>> {
  const { signal, startWorker = startPartnerbookWorker } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const port = startWorker();
    let settled = false;
    const stop = (error: Error): void => {
      if (settled) return;
      settled = true;
      port.terminate();
      signal?.removeEventListener('abort', abort);
      void cleanUp().then(() => {
        reject(error);
      });
    };
    const abort = (): void => {
      stop(cancelled());
    };
    signal?.addEventListener('abort', abort);
    port.addEventListener('message', (event) => {
      if (settled || !isPartnerbookResponse(event.data)) return;
      const response = event.data;
      if (response.type === 'progress') {
        onProgress?.({ phase: response.phase, done: response.done, total: response.total });
        return;
      }
      settled = true;
      port.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(response);
    });
    port.addEventListener('error', () => {
      stop(new Error('The workbook file worker stopped unexpectedly.'));
    });
    port.postMessage(request, partnerbookRequestTransfer(request));
  });
}

/** A workbook encoded as a `.partnerbook` file, with its record counts by table. */
export interface ExportedPartnerbook {
  /**
   * The file's UTF-8 bytes in fixed-size chunks, in order, transferred from the worker (never
   * copied, joined or decoded here): hand them to the host as they are.
   */
  chunks: Uint8Array<ArrayBuffer>[];
  /** The file's size in bytes. */
  size: number;
  counts: Record<string, number>;
}

/**
 * Encodes the workbook in the named database as a `.partnerbook` file, reading and encoding it
 * in a worker; the file arrives as chunks of UTF-8 bytes, never decoded on this thread. Rejects
 * with the reason when it cannot (a file over MAX_PARTNERBOOK_BYTES among them).
 */
export async function exportPartnerbookFile(
  dbName: string,
  onProgress?: PartnerbookProgressListener,
  options: PartnerbookJobOptions = {},
): Promise<ExportedPartnerbook> {
  const exportedAt = new Date().toISOString();
  const response = await runJob(
    { type: 'export', dbName, exportedAt, app: APP },
    onProgress,
    options,
  );
  if (response.type === 'exported') {
    return { chunks: response.chunks, size: response.size, counts: response.counts };
  }
  throw new Error(response.type === 'failed' ? response.message : `Unexpected ${response.type}.`);
}

/** The request's form of a file: a stream source's stream is taken (it is read once). */
function requestSource(
  source: string | FileSource,
): Extract<PartnerbookRequest, { type: 'open' }>['source'] {
  return typeof source === 'string' || source instanceof Blob
    ? source
    : { size: source.size, stream: source.stream() };
}

/**
 * Opens a `.partnerbook` file (its text, the File or Blob, or the host's stream of a large file,
 * which the worker reads) as a new local workbook. Resolves with the new database, or with the
 * problems that refused the file; rejects when writing failed or the job was cancelled, leaving
 * no database behind. A streamed source is released at the end whatever happened, so that the
 * host closes the file: terminating a worker does not cancel a stream transferred to it (checked
 * in Chromium: the source's cancel is never called), though a cancel in the worker does.
 */
export async function openPartnerbook(
  source: string | FileSource,
  fileName: string,
  onProgress?: PartnerbookProgressListener,
  options: OpenPartnerbookOptions = {},
): Promise<OpenPartnerbookResult> {
  try {
    return await openSource(source, fileName, onProgress, options);
  } finally {
    if (typeof source !== 'string') releaseSource(source);
  }
}

async function openSource(
  source: string | FileSource,
  fileName: string,
  onProgress: PartnerbookProgressListener | undefined,
  options: OpenPartnerbookOptions,
): Promise<OpenPartnerbookResult> {
  const dbName = options.dbName ?? `partner-workbook-${crypto.randomUUID()}`;
  // Checked here as well as in the worker: a cancel deletes the database of this name.
  if (await databaseExists(dbName)) {
    throw new Error(`A workbook database named “${dbName}” already exists; it was left as it was.`);
  }
  const response = await runJob(
    { type: 'open', source: requestSource(source), fileName, dbName },
    onProgress,
    options,
    () => discardNewDatabase(dbName),
  );
  switch (response.type) {
    case 'opened':
      return {
        ok: true,
        dbName: response.dbName,
        workbookId: response.workbookId,
        name: response.name,
      };
    case 'refused':
      return { ok: false, problems: response.problems };
    case 'failed':
      // A failed write has already deleted what it began; nothing else was created.
      throw new Error(response.message);
    default:
      throw new Error(`Unexpected ${response.type}.`);
  }
}

/** Options of {@link planMerge}. */
export interface PlanMergeJobOptions extends PartnerbookJobOptions {
  /** Merge a file of another workbook (another id) all the same; refused by default. */
  allowDifferentWorkbook?: boolean;
}

/**
 * A merge plan to review, or why there is none: the file was refused (its problems), or it is
 * another workbook's (a message saying so).
 */
export type PlanMergeResult =
  | { ok: true; plan: MergePlan }
  | { ok: false; reason: 'refused'; problems: PartnerbookProblem[] }
  | { ok: false; reason: 'different-workbook'; message: string };

/**
 * Plans merging a colleague's `.partnerbook` file (its text, the File or Blob, or the host's
 * stream of a large file, read once and released at the end) into the workbook in the named
 * database, in a worker; writes nothing. The plan's `conflicts` are what the review
 * screen shows (each with `what`, `label`, `kind` and `fields` as display text, keyed by `key`);
 * `counts` says what the merge adds, updates and deletes besides. Rejects when the workbook is
 * gone or the job was cancelled.
 */
export async function planMerge(
  dbName: string,
  source: string | FileSource,
  fileName: string,
  onProgress?: PartnerbookProgressListener,
  options: PlanMergeJobOptions = {},
): Promise<PlanMergeResult> {
  const allowDifferentWorkbook = options.allowDifferentWorkbook === true;
  let response: Awaited<ReturnType<typeof runJob>>;
  try {
    response = await runJob(
      {
        type: 'merge-plan',
        dbName,
        source: requestSource(source),
        fileName,
        allowDifferentWorkbook,
      },
      onProgress,
      options,
    );
  } finally {
    if (typeof source !== 'string') releaseSource(source);
  }
  switch (response.type) {
    case 'merge-planned':
      return { ok: true, plan: response.plan };
    case 'refused':
      return { ok: false, reason: 'refused', problems: response.problems };
    case 'merge-refused':
      return { ok: false, reason: 'different-workbook', message: response.message };
    case 'failed':
      throw new Error(response.message);
    default:
      throw new Error(`Unexpected ${response.type}.`);
  }
}

/** The workbook a merge writes into: its database, and the feed its open views listen to. */
export interface MergeTarget {
  dbName: string;
  /** The open workbook's change feed; the merged records are reported on it. */
  changes?: ChangeFeed | undefined;
}

/**
 * Writes a planned merge with an answer for every conflict (`'mine'`, `'theirs'`, or
 * `{ fields: { name: 'theirs', … } }` for a record changed on both sides), in a worker, in one
 * transaction. Resolves with what changed, after reporting it on the target's change feed;
 * rejects, having written nothing, when an answer is missing, the workbook changed since the
 * plan (plan again), or the job was cancelled.
 */
export async function applyMerge(
  target: MergeTarget,
  plan: MergePlan,
  resolutions: Resolutions,
  onProgress?: PartnerbookProgressListener,
  options: PartnerbookJobOptions = {},
): Promise<MergeOutcome> {
  const response = await runJob(
    { type: 'merge-apply', dbName: target.dbName, plan, resolutions },
    onProgress,
    options,
  );
  if (response.type !== 'merged') {
    throw new Error(response.type === 'failed' ? response.message : `Unexpected ${response.type}.`);
  }
  const { changed } = response.outcome;
  // The worker wrote through its own connection: tell this window's views what changed.
  if (changed.positioningDrafts.length > 0) {
    target.changes?.emit({ table: 'positioningDrafts', ids: changed.positioningDrafts });
  }
  if (changed.partners.length > 0) {
    target.changes?.emit({ table: 'partners', ids: changed.partners });
  }
  return response.outcome;
}
