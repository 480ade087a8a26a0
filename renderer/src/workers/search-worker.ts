/**
 * Entry of the partner search worker (a module worker that Vite bundles from
 * features/search/search-client.ts). It reads the workbook's IndexedDB database itself, so that
 * building the index never blocks the main thread or copies the workbook across threads.
 */
import { WorkbookDatabase } from '../db/database';
import type { SearchResponse } from './search-messages';
import { SearchEngine } from './search-engine';
import { databaseSource } from './search-source';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the
// part of the dedicated worker scope the search worker uses.
interface SearchWorkerScope {
  postMessage(message: SearchResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as SearchWorkerScope;

const engine = new SearchEngine({
  post: (response, transfer) => {
    scope.postMessage(response, transfer ?? []);
  },
  openSource: (dbName) => databaseSource(new WorkbookDatabase(dbName)),
  now: () => performance.now(),
});

scope.addEventListener('message', (event) => {
  void engine.handle(event.data);
});
