/**
 * Entry of the export worker (a module worker that Vite bundles from
 * features/files/export-client.ts): one spreadsheet export per worker, off the main thread.
 */
import { runExportJob } from './export-jobs';
import type { ExportResponse } from './export-messages';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the
// part of the dedicated worker scope this worker uses.
interface ExportWorkerScope {
  postMessage(message: ExportResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as ExportWorkerScope;

scope.addEventListener('message', (event) => {
  void runExportJob(event.data, (response, transfer = []) => {
    scope.postMessage(response, transfer);
  });
});
