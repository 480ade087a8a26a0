/**
 * The main thread's handle on one CSV import: it starts an import worker, sends it the file (its
 * bytes are transferred, not copied), and turns the worker's answers into promises. The worker
 * keeps the rows; the main thread gets summaries, so the window stays responsive however long
 * the file. Cancelling terminates the worker, which rolls back a write in progress.
 */
import type { ColumnMapping } from '../../../../shared/files/tabular/import-fields';
import type { PlanOptions } from '../../../../shared/files/tabular/match';
import { importLabel, tooLargeReason } from '../../../../shared/domain/undo-label';
import type { ChangeFeed } from '../../db/change-feed';
import type { Recording } from '../../db/undo/packed-changes';
import { isImportResponse, splitIds } from '../../workers/import-messages';
import type {
  ImportPhase,
  ImportRequest,
  ImportResponse,
  PlanSummary,
  TableSummary,
} from '../../workers/import-messages';

/** How far a long step has got. */
export interface ImportClientProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What an import wrote. */
export interface AppliedImport {
  created: number;
  updated: number;
  unchanged: number;
  /** The created and changed partners' ids (already reported on the change feed). */
  ids: string[];
  /** Why Undo cannot take it back (too large for the history); undefined when it can. */
  notUndoable?: string;
}

/** Where an import's change is recorded for Undo: the open workbook's history. */
export interface ImportHistory {
  recordWritten(label: string, recording: Recording): void;
}

/** The error every pending and later call rejects with once an import is cancelled. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled; the workbook was not changed.');
    this.name = 'ImportCancelledError';
  }
}

/** One import, from reading the file to writing it. Calls are answered in the order made. */
export interface ImportSession {
  /**
   * Reads a file with the automatic mapping, or `mapping` when given. Bytes are transferred to
   * the worker: an ArrayBuffer (or a Uint8Array's whole buffer) is unusable afterwards.
   */
  read(
    file: Blob | ArrayBuffer | Uint8Array,
    fileName: string,
    mapping?: ColumnMapping,
  ): Promise<TableSummary>;
  /** Reads the rows again with another mapping (the file is not parsed again). */
  remap(mapping: ColumnMapping): Promise<TableSummary>;
  /** Matches the rows against the workbook and says what an import would do; writes nothing. */
  plan(options: PlanOptions): Promise<PlanSummary>;
  /**
   * Writes the last plan's choices in one transaction (matched again against the workbook as it
   * is now), reports the changed partners on the change feed, and records the import in the
   * history for Undo (or lists it as too large to undo, and says so in the result).
   */
  apply(): Promise<AppliedImport>;
  /** Calls `listener` as long steps progress; returns the unsubscribe function. */
  onProgress(listener: (progress: ImportClientProgress) => void): () => void;
  /** Stops the worker at once; pending and later calls reject with {@link ImportCancelledError}. */
  cancel(): void;
}

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface ImportWorkerPort {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/**
 * Starts an import worker for the named workbook database; changes are reported on `changes`, and
 * the import is recorded in `history` for Undo.
 */
export function createImportSession(
  dbName: string,
  changes?: ChangeFeed,
  history?: ImportHistory,
): ImportSession {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'partner-import',
  });
  return connectImportSession(worker, dbName, changes, history);
}

interface Pending {
  resolve(response: ImportResponse): void;
  reject(error: Error): void;
}

type ResponseOf<T extends ImportResponse['type']> = Extract<ImportResponse, { type: T }>;

/** An {@link ImportSession} talking to an import worker (or a stand-in) over `port`. */
export function connectImportSession(
  port: ImportWorkerPort,
  dbName: string,
  changes?: ChangeFeed,
  history?: ImportHistory,
): ImportSession {
  const pending = new Map<number, Pending>();
  // The file read last: the import is named after it in the undo history.
  let fileName = '';
  const listeners = new Set<(progress: ImportClientProgress) => void>();
  let nextRequestId = 1;
  let stopped: Error | undefined;

  const stop = (error: Error): void => {
    if (stopped) return;
    stopped = error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  port.addEventListener('message', (event) => {
    const response = event.data;
    if (!isImportResponse(response)) return;
    if (response.type === 'rejected') {
      stop(new Error(response.message));
      return;
    }
    if (response.type === 'progress') {
      const { phase, done, total } = response;
      for (const listener of listeners) listener({ phase, done, total });
      return;
    }
    const request = pending.get(response.requestId);
    pending.delete(response.requestId);
    request?.resolve(response);
  });
  port.addEventListener('error', () => {
    stop(new Error('The import stopped unexpectedly; the workbook was not changed.'));
  });

  const send = async <T extends ImportResponse['type']>(
    expected: T,
    message: (requestId: number) => ImportRequest,
    transfer: Transferable[] = [],
  ): Promise<ResponseOf<T>> => {
    if (stopped) throw stopped;
    const requestId = nextRequestId;
    nextRequestId += 1;
    const response = await new Promise<ImportResponse>((resolve, reject) => {
      pending.set(requestId, { resolve, reject });
      port.postMessage(message(requestId), transfer);
    });
    if (response.type === 'failed') throw new Error(response.message);
    if (!isType(response, expected)) throw new Error(`Unexpected ${response.type}.`);
    return response;
  };

  return {
    async read(file, name, mapping) {
      fileName = name;
      const data = transferable(file);
      const transfer = data instanceof ArrayBuffer ? [data] : [];
      const response = await send(
        'table',
        (requestId) => ({
          type: 'read',
          requestId,
          fileName: name,
          data,
          ...(mapping ? { mapping: [...mapping] } : {}),
        }),
        transfer,
      );
      return response.table;
    },
    async remap(mapping) {
      const response = await send('table', (requestId) => ({
        type: 'remap',
        requestId,
        mapping: [...mapping],
      }));
      return response.table;
    },
    async plan(options) {
      const response = await send('planned', (requestId) => ({
        type: 'plan',
        requestId,
        dbName,
        onMatch: options.onMatch,
        skipRowsWithProblems: options.skipRowsWithProblems,
        ...(options.defaultStage ? { defaultStage: options.defaultStage } : {}),
      }));
      return response.plan;
    },
    async apply() {
      const response = await send('applied', (requestId) => ({ type: 'apply', requestId }));
      const ids = splitIds(response.ids);
      if (ids.length > 0) changes?.emit({ table: 'partners', ids });
      const { created, updated, unchanged, recording } = response;
      history?.recordWritten(importLabel(created + updated, fileName), recording);
      const applied: AppliedImport = { created, updated, unchanged, ids };
      if (recording.kind === 'too-large') applied.notUndoable = tooLargeReason(recording.limit);
      return applied;
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    cancel() {
      port.terminate();
      listeners.clear();
      stop(new ImportCancelledError());
    },
  };
}

function isType<T extends ImportResponse['type']>(
  response: ImportResponse,
  type: T,
): response is ResponseOf<T> {
  return response.type === type;
}

// A Blob crosses as a handle (the worker reads it); bytes are transferred, never copied on the
// main thread, unless a view covers only part of its buffer.
function transferable(file: Blob | ArrayBuffer | Uint8Array): Blob | ArrayBuffer {
  if (file instanceof Blob || file instanceof ArrayBuffer) return file;
  const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength;
  if (whole && file.buffer instanceof ArrayBuffer) return file.buffer;
  return file.slice().buffer;
}
