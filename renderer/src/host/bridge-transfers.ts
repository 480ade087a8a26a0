/**
 * How the desktop host moves a file's bytes over the preload bridge: in pieces of at most
 * MAX_IPC_CHUNK_BYTES each way, never in one message, since Electron crashes the sender of a
 * message past 2^29 bytes (electron/electron#53961). A save or a backup is an upload (main
 * answers its begin with a token; the pieces follow; a commit ends it); a file main opened comes
 * as its name, size and a token, and its pieces are read in order into a Blob, or for a large
 * file streamed to whoever reads it.
 */
import {
  MAX_IPC_CHUNK_BYTES,
  MAX_TRANSFER_BYTES,
  type FileDownload,
  type IpcResult,
  type WorkbookBridge,
} from '../../../shared/ipc/contract';
import { unwrap } from './bridge-result';
import { streamDownload } from './download-stream';
import { partsSize, type FileParts } from './file-parts';
import { HostError, type HostFile } from './host';

export { unwrap };

const mib = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US');

/**
 * The parts' total size, checked here so that a file main would refuse is refused before any
 * dialog or piece: 'too-large' over MAX_TRANSFER_BYTES.
 */
export function uploadSize(name: string, parts: FileParts): number {
  const size = partsSize(parts);
  if (size > MAX_TRANSFER_BYTES) {
    throw new HostError(
      'too-large',
      `${name} would be ${mib(size)} MiB; Partner Workbook saves files of at most ${mib(MAX_TRANSFER_BYTES)} MiB.`,
    );
  }
  return size;
}

// A piece exactly as long as its buffer, as IPC sends it: a structured clone of a view carries
// its whole buffer, so a view of part of one is copied into its own first.
function ownBuffer(piece: Uint8Array): Uint8Array {
  return piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength
    ? piece
    : piece.slice();
}

/**
 * Sends the parts of an upload main began (under `token`) in pieces of at most `pieceBytes`,
 * one after another, then commits it. A failed piece aborts the upload (main deletes its
 * temporary file) and rejects with the piece's HostError.
 */
export async function sendParts<T>(
  bridge: Pick<WorkbookBridge, 'appendUpload' | 'abortUpload'>,
  token: string,
  parts: FileParts,
  commit: () => Promise<IpcResult<T>>,
  pieceBytes = MAX_IPC_CHUNK_BYTES,
): Promise<T> {
  try {
    for (const part of parts) {
      for (let start = 0; start < part.byteLength; start += pieceBytes) {
        const bytes = ownBuffer(part.subarray(start, start + pieceBytes));
        unwrap(await bridge.appendUpload({ token, bytes }));
      }
    }
  } catch (error) {
    // Main ends an upload whose piece failed; this covers a piece that never reached it.
    await bridge.abortUpload(token);
    throw error;
  }
  return unwrap(await commit());
}

/**
 * Largest file received into a Blob (256 MiB); a larger one is streamed to whoever reads it
 * (download-stream.ts). Chromium reads back a Blob built in page memory of 256 MiB, but not one
 * of 512 MiB (NotReadableError in the worker that reads it); files up to this size keep the
 * Blob, which can be read more than once and whole (as merging and older formats need).
 */
export const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

/**
 * Reads a file main opened: up to `streamAbove` bytes piece by piece in order into a Blob (each
 * piece becomes a Blob of its own as it comes, so that its bytes can leave this thread's heap
 * before the next is read); a larger file is handed over as a stream read lazily from main.
 */
export async function receiveFile(
  bridge: Pick<WorkbookBridge, 'readChunk' | 'closeDownload'>,
  file: FileDownload,
  streamAbove = STREAM_ABOVE_BYTES,
): Promise<HostFile> {
  if (file.size > streamAbove) return { name: file.name, data: streamDownload(bridge, file) };
  const pieces: Blob[] = [];
  let offset = 0;
  // At least one read: the one that reaches the end closes the file in main, even an empty one.
  do {
    const bytes = unwrap(await bridge.readChunk({ token: file.token, offset }));
    if (bytes.byteLength === 0 && offset < file.size) {
      throw new HostError('io-error', `${file.name} could not be read to its end.`);
    }
    pieces.push(new Blob([bytes]));
    offset += bytes.byteLength;
  } while (offset < file.size);
  return { name: file.name, data: new Blob(pieces) };
}
