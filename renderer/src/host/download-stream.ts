/**
 * A file main opened, read as a stream: each pull asks main for the next piece
 * (files:read-chunk, at most MAX_IPC_CHUNK_BYTES), one piece ahead of the reader, so that a file
 * of gigabytes reaches a worker (the stream is transferable) without ever being held here whole.
 * Main closes the file when its last piece is read or a read fails; a stream cancelled before
 * then, or a source released unread, asks main to close it (files:close-download).
 */
import type { FileDownload, WorkbookBridge } from '../../../shared/ipc/contract';
import { unwrap } from './bridge-result';
import type { StreamedFileSource } from './file-source';
import { HostError } from './host';

/** The bridge calls a download stream makes. */
export type DownloadBridge = Pick<WorkbookBridge, 'readChunk' | 'closeDownload'>;

/** The file main opened for this window (under `file.token`), as a source streamed once. */
export function streamDownload(bridge: DownloadBridge, file: FileDownload): StreamedFileSource {
  let offset = 0;
  // Whether main may still hold the file open, and whether the stream was handed out.
  let open = true;
  let taken = false;
  const release = () => {
    if (!open) return;
    open = false;
    // Main answers null whether or not the file was still open; nothing to wait for.
    void bridge.closeDownload(file.token);
  };
  const pull = async (controller: ReadableStreamDefaultController<Uint8Array<ArrayBuffer>>) => {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = unwrap(await bridge.readChunk({ token: file.token, offset }));
      if (bytes.byteLength === 0 && offset < file.size) {
        throw new HostError('io-error', `${file.name} could not be read to its end.`);
      }
    } catch (error) {
      // Main closes the file when a read fails; this covers any other way of failing.
      release();
      throw error;
    }
    offset += bytes.byteLength;
    // The piece that reaches the end closed the file in main.
    if (offset >= file.size) open = false;
    controller.enqueue(bytes);
    if (offset >= file.size) controller.close();
  };
  return {
    kind: 'stream',
    size: file.size,
    stream: () => {
      if (taken || !open) {
        throw new HostError(
          'not-allowed',
          `${file.name} was read once already; choose it again to read it again.`,
        );
      }
      taken = true;
      // One piece queued ahead: main reads the next while the reader works on this one.
      return new ReadableStream<Uint8Array<ArrayBuffer>>(
        { pull, cancel: release },
        new CountQueuingStrategy({ highWaterMark: 1 }),
      );
    },
    release,
  };
}
