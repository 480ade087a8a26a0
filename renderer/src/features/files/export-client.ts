/**
 * The main thread's handle on spreadsheet exports: each call starts an export worker for its one
 * job and terminates it at the end, or at once when cancelled.
 */
import {
  isExportResponse,
  type ExportProgress,
  type ExportRequest,
  type SheetFormat,
} from '../../workers/export-messages';

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface ExportWorkerPort {
  postMessage(message: ExportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Options of an export. */
export interface ExportOptions {
  bom?: boolean;
  signal?: AbortSignal | undefined;
  onProgress?: (progress: ExportProgress) => void;
  startWorker?: () => ExportWorkerPort;
}

function startExportWorker(): ExportWorkerPort {
  return new Worker(new URL('../../workers/export-worker.ts', import.meta.url), {
    type: 'module',
    name: 'export',
  });
}

/** Writes the named workbook as an Excel workbook or a zip of CSV files; resolves to the bytes. */
export function exportSheets(
  dbName: string,
  format: SheetFormat,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The export was cancelled.', 'AbortError'));
      return;
    }
    const port = (options.startWorker ?? startExportWorker)();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      port.terminate();
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    const abort = () => {
      finish(() => reject(new DOMException('The export was cancelled.', 'AbortError')));
    };
    signal?.addEventListener('abort', abort);
    port.addEventListener('message', (event) => {
      if (!isExportResponse(event.data)) return;
      const response = event.data;
      if (response.type === 'progress') onProgress?.(response);
      else if (response.type === 'exported') finish(() => resolve(response.bytes));
      else finish(() => reject(new Error(response.message)));
    });
    port.addEventListener('error', () => {
      finish(() => reject(new Error('The export worker stopped unexpectedly.')));
    });
    port.postMessage({ type: 'export-sheets', dbName, format, bom: options.bom ?? false });
  });
}
