/**
 * The window's way of undoing or redoing an import or a merge: in an undo worker of its own,
 * started for the one job and terminated when it ends, so that the hundreds of thousands of
 * IndexedDB requests of a large import's undo never stall the window. The packed changes are
 * copied to the worker (the history keeps them for redo); progress comes back as it goes.
 */
import { RefusedUndo } from '../../db/undo/apply-entry';
import type { PackedApplier, PackedResult } from '../../db/undo/packed-apply';
import { isUndoResponse, touchedOf } from '../../workers/undo-messages';
import type { UndoRequest } from '../../workers/undo-messages';

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface UndoWorkerPort {
  postMessage(message: UndoRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

function startUndoWorker(): UndoWorkerPort {
  return new Worker(new URL('../../workers/undo-worker.ts', import.meta.url), {
    type: 'module',
    name: 'undo',
  });
}

/** Applies packed entries of the named workbook database in undo workers. */
export function undoInWorker(
  dbName: string,
  startWorker: () => UndoWorkerPort = startUndoWorker,
): PackedApplier {
  return (request, onProgress) =>
    new Promise<PackedResult>((resolve, reject) => {
      const port = startWorker();
      let settled = false;
      const end = (settle: () => void) => {
        if (settled) return;
        settled = true;
        port.terminate();
        settle();
      };
      port.addEventListener('message', (event) => {
        if (settled || !isUndoResponse(event.data)) return;
        const response = event.data;
        switch (response.type) {
          case 'progress':
            onProgress(response.done, response.total);
            return;
          case 'applied': {
            const touched = touchedOf(response.touched);
            const { note } = response;
            end(() => resolve(note === undefined ? { touched } : { touched, note }));
            return;
          }
          case 'refused':
            end(() => reject(new RefusedUndo(response.message)));
            return;
          case 'failed':
            end(() => reject(new Error(response.message)));
        }
      });
      // A worker that dies mid-write takes its transaction with it: nothing was written.
      port.addEventListener('error', () => {
        end(() => reject(new Error('The undo worker stopped unexpectedly.')));
      });
      port.postMessage({ type: 'apply', dbName, ...request });
    });
}
