/**
 * Entry of the import worker (a module worker that Vite bundles from
 * features/files/import-client.ts). It parses, checks, matches and writes an imported partner
 * list, so that a 100,000-row file never blocks the main thread; the workbook's IndexedDB
 * database is opened here by name. Terminating the worker cancels an import: a write still in
 * progress is rolled back with its transaction.
 */
import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { ImportRepo } from '../db/repos/import-repo';
import { ImportEngine } from './import-engine';
import { transferOf, type ImportResponse } from './import-messages';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the
// part of the dedicated worker scope the import worker uses.
interface ImportWorkerScope {
  postMessage(message: ImportResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as ImportWorkerScope;

const engine = new ImportEngine({
  post: (response) => {
    scope.postMessage(response, transferOf(response));
  },
  openStore: (dbName) => {
    const db = new WorkbookDatabase(dbName);
    // The main thread's views learn of the change from the `applied` message instead.
    const repo = new ImportRepo(db, new ChangeFeed());
    return {
      existingForMatching: () => repo.existingForMatching(),
      applyImport: (plan, options) => repo.applyImport(plan, options),
      close: () => {
        db.close();
      },
    };
  },
});

scope.addEventListener('message', (event) => {
  void engine.handle(event.data);
});
