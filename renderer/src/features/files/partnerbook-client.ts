/**
 * The main thread's handle on workbook files: saving a workbook as a `.partnerbook` file and
 * opening one as a new local workbook. Each call starts a partnerbook worker for its one job,
 * so parsing, checking and writing never block the window, and terminates it at the end.
 * Cancelling (through an AbortSignal) terminates the worker at once; a cancelled or failed open
 * deletes the database it had begun, so nothing half-made is left behind.
 */
import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import type { PartnerbookProgressListener } from '../../../../shared/files/partnerbook/snapshot';
import { databaseExists, discardNewDatabase } from '../../db/repos/snapshot-repo';
import { isPartnerbookResponse } from '../../workers/partnerbook-messages';
import type { PartnerbookRequest, PartnerbookResponse } from '../../workers/partnerbook-messages';

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface PartnerbookWorkerPort {
  postMessage(message: PartnerbookRequest): void;
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
    port.postMessage(request);
  });
}

/**
 * Saves the workbook in the named database as the text of a `.partnerbook` file, reading and
 * encoding it in a worker. Rejects with the reason when it cannot.
 */
export async function exportPartnerbook(
  dbName: string,
  onProgress?: PartnerbookProgressListener,
  options: PartnerbookJobOptions = {},
): Promise<string> {
  const exportedAt = new Date().toISOString();
  const response = await runJob(
    { type: 'export', dbName, exportedAt, app: APP },
    onProgress,
    options,
  );
  if (response.type === 'exported') return response.file.text();
  throw new Error(response.type === 'failed' ? response.message : `Unexpected ${response.type}.`);
}

/**
 * Opens a `.partnerbook` file (its text, or the File itself, which the worker reads) as a new
 * local workbook. Resolves with the new database, or with the problems that refused the file;
 * rejects when writing failed or the job was cancelled, leaving no database behind.
 */
export async function openPartnerbook(
  source: string | Blob,
  fileName: string,
  onProgress?: PartnerbookProgressListener,
  options: OpenPartnerbookOptions = {},
): Promise<OpenPartnerbookResult> {
  const dbName = options.dbName ?? `partner-workbook-${crypto.randomUUID()}`;
  // Checked here as well as in the worker: a cancel deletes the database of this name.
  if (await databaseExists(dbName)) {
    throw new Error(`A workbook database named “${dbName}” already exists; it was left as it was.`);
  }
  const response = await runJob(
    { type: 'open', source, fileName, dbName },
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
    case 'exported':
      throw new Error('Unexpected exported.');
  }
}
