/**
 * Entry of the import worker (a module worker that Vite bundles from
 * features/files/import-client.ts). It parses, checks, matches and writes an imported partner
 * list, so that a 100,000-row file never blocks the main thread; the workbook's IndexedDB
 * database is opened here by name. Terminating the worker cancels an import: a write still in
 * progress is rolled back with its transaction.
 */
import { ImportEngine } from './import-engine';
import { transferOf, type ImportResponse } from './import-messages';
import { openImportStore } from './import-store';

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
  openStore: openImportStore,
});

scope.addEventListener('message', (event) => {
  void engine.handle(event.data);
});
