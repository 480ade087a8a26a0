/**
 * Entry of the undo worker (a module worker that Vite bundles from
 * features/undo/undo-worker-client.ts). It undoes or redoes one import or merge in the
 * workbook's IndexedDB database, opened here by name, so that the window stays responsive
 * however many records it takes back. Terminating it rolls back a write still in progress.
 */
import { WorkbookDatabase } from '../db/database';
import { runUndoJob } from './undo-job';
import type { UndoResponse } from './undo-messages';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the
// part of the dedicated worker scope the undo worker uses.
interface UndoWorkerScope {
  postMessage(message: UndoResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as UndoWorkerScope;

scope.addEventListener('message', (event) => {
  void runUndoJob(
    event.data,
    (dbName) => new WorkbookDatabase(dbName),
    (response) => {
      scope.postMessage(response);
    },
  );
});
