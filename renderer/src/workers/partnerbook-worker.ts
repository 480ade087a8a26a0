/**
 * Entry of the partnerbook worker (a module worker that Vite bundles from
 * features/files/partnerbook-client.ts). It runs one job: saving a workbook as a `.partnerbook`
 * file or opening one as a new workbook, so that parsing, checking and writing hundreds of
 * megabytes never block the window. The client terminates it when the job ends or is cancelled.
 */
import { runPartnerbookJob } from './partnerbook-jobs';
import { partnerbookTransferOf, type PartnerbookResponse } from './partnerbook-messages';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the
// part of the dedicated worker scope this worker uses.
interface PartnerbookWorkerScope {
  postMessage(message: PartnerbookResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as PartnerbookWorkerScope;

scope.addEventListener('message', (event) => {
  void runPartnerbookJob(event.data, (response) => {
    scope.postMessage(response, partnerbookTransferOf(response));
  });
});
